#include "EmlParser.h"
#include "LetterTestSupport.h"
#include "ProcessSupport.h"

#include <QDir>
#include <QFile>

// secondround --database FILE --draft-letters ROUND --output-dir DIR, run as a script would.
class TestDraftLettersCommand : public QObject
{
    Q_OBJECT

private:
    struct Made
    {
        QString path;
        qint64 withPeople = 0;
        qint64 nobody = 0;
    };

    // A file with one round of two people and one round of nobody; closed again so the
    // process can open it.
    static Made makeFile(const QTemporaryDir &dir, const QStringList &people)
    {
        Made made;
        LetterFile f;
        const auto check = [](const Status &status) {
            if (!status)
                qFatal("%s", qPrintable(status.error()));
        };
        const qint64 app = f.add(QStringLiteral("Nordlicht"), QStringLiteral("Data engineer"));
        made.withPeople = f.round(app, 5, people);
        made.nobody = f.round(app, 3);
        check(f.letters.setMyName(QStringLiteral("Sam Doe")));
        made.path = dir.filePath(QStringLiteral("letters.sqlite"));
        check(f.database->saveCopyAs(made.path));
        return made;
    }

    static ProcessRun draft(const QString &database, const QString &round, const QString &folder)
    {
        return runSecondRound(QStringLiteral(SECONDROUND_EXECUTABLE),
                              {QStringLiteral("--database"), database,
                               QStringLiteral("--draft-letters"), round,
                               QStringLiteral("--output-dir"), folder});
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                      QDir::Name);
    }

    static int letterRows(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            return -1;
        return int(LetterStore(db.value()).letters().value().size());
    }

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void writesOneFilePerPerson()
    {
        QTemporaryDir dir;
        const Made made =
            makeFile(dir, {QStringLiteral("Anna Weber"), QStringLiteral("Jürgen Groß")});
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));

        const ProcessRun run = draft(made.path, QString::number(made.withPeople), out);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("Nordlicht-round-1-Anna-Weber.eml"),
                                            QStringLiteral("Nordlicht-round-1-Jürgen-Groß.eml")}));
        QVERIFY(run.out.contains(QStringLiteral("Anna Weber: ")));
        // "letters" once the English plural forms are translated; "letter(s)" before.
        QVERIFY(run.out.contains(QStringLiteral("Wrote 2 letter")));

        QFile file(QDir(out).filePath(QStringLiteral("Nordlicht-round-1-Jürgen-Groß.eml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const ParsedEml eml = parseEml(file.readAll());
        QCOMPARE(eml.faults, QStringList());
        QCOMPARE(eml.header("To"), QStringLiteral("Jürgen Groß <jrgengro@example.com>"));
        QCOMPARE(eml.header("X-Unsent"), QStringLiteral("1"));
        QCOMPARE(eml.header("Subject"),
                 QStringLiteral("Thank you for our conversation about the Data engineer "
                                "position"));
        QVERIFY(eml.body.startsWith(QStringLiteral("Dear Jürgen,")));
        QVERIFY(eml.body.endsWith(QStringLiteral("\nSam Doe")));
        // The drafts were proposed and kept.
        QCOMPARE(letterRows(made.path), 2);

        // Again: the same files, replaced, and no new letters.
        const ProcessRun again = draft(made.path, QString::number(made.withPeople), out);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(filesIn(out).size(), 2);
        QCOMPARE(letterRows(made.path), 2);
    }

    void refusals()
    {
        QTemporaryDir dir;
        const Made made = makeFile(dir, {QStringLiteral("Anna Weber")});
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));

        const ProcessRun unknown = draft(made.path, QStringLiteral("999"), out);
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("There is no interview round 999.")));

        const ProcessRun nobody = draft(made.path, QString::number(made.nobody), out);
        QCOMPARE(nobody.code, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("Nobody is listed")));

        const ProcessRun missingFolder = draft(made.path, QString::number(made.withPeople),
                                               dir.filePath(QStringLiteral("nowhere")));
        QCOMPARE(missingFolder.code, 1);
        QVERIFY(missingFolder.err.contains(QStringLiteral("does not exist")));

        const ProcessRun folderIsFile =
            draft(made.path, QString::number(made.withPeople), made.path);
        QCOMPARE(folderIsFile.code, 1);

        QCOMPARE(filesIn(out), QStringList());
        // A refusal proposes nothing either.
        QCOMPARE(letterRows(made.path), 0);

        const ProcessRun missingFile = draft(dir.filePath(QStringLiteral("none.sqlite")),
                                             QString::number(made.withPeople), out);
        QCOMPARE(missingFile.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        const Made made = makeFile(dir, {QStringLiteral("Anna Weber")});
        const QString out = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(out));
        QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(out).isWritable())
            QSKIP("running with rights that ignore folder permissions");
        const ProcessRun run = draft(made.path, QString::number(made.withPeople), out);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot be written")));
        QCOMPARE(filesIn(out), QStringList());
        QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }

    // When the second file cannot be written, the first is not left behind.
    void noPartialSet()
    {
        QTemporaryDir dir;
        const Made made = makeFile(dir, {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg")});
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString blocker =
            QDir(out).filePath(QStringLiteral("Nordlicht-round-1-Bo-Berg.eml.part"));
        QVERIFY(QDir().mkpath(blocker + QStringLiteral("/inside")));
        const ProcessRun run = draft(made.path, QString::number(made.withPeople), out);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("could not be written")));
        QCOMPARE(filesIn(out), QStringList{QStringLiteral("Nordlicht-round-1-Bo-Berg.eml.part")});
    }

    void hostileNamesStayInTheFolder()
    {
        QTemporaryDir dir;
        const Made made =
            makeFile(dir, {QStringLiteral("../../x gpj.exe"), QStringLiteral("<b>A</b>:*?\\/")});
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const ProcessRun run = draft(made.path, QString::number(made.withPeople), out);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("Nordlicht-round-1-b-A-b.eml"),
                                            QStringLiteral("Nordlicht-round-1-x-gpj-exe.eml")}));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.eml")}), QStringList());
    }

    void usageErrors()
    {
        const QString exe = QStringLiteral(SECONDROUND_EXECUTABLE);
        QCOMPARE(runSecondRound(exe, {QStringLiteral("--output-dir"), QStringLiteral("x")}).code,
                 2);
        QCOMPARE(runSecondRound(exe, {QStringLiteral("--draft-letters"), QStringLiteral("1")}).code,
                 2);
        const ProcessRun notNumber =
            runSecondRound(exe, {QStringLiteral("--draft-letters"), QStringLiteral("abc"),
                                 QStringLiteral("--output-dir"), QStringLiteral("x")});
        QCOMPARE(notNumber.code, 2);
        QVERIFY(notNumber.err.contains(QStringLiteral("“abc” is not one")));
        QCOMPARE(runSecondRound(exe, {QStringLiteral("--draft-letters"), QStringLiteral("1"),
                                      QStringLiteral("--output-dir"), QStringLiteral("x"),
                                      QStringLiteral("--check")})
                     .code,
                 2);
        const ProcessRun help = runSecondRound(exe, {QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("--draft-letters")));
    }
};

QTEST_GUILESS_MAIN(TestDraftLettersCommand)
#include "tst_draftletterscommand.moc"
