#include "LetterTestSupport.h"
#include "core/letters/LetterFiller.h"
#include "core/notes/NotesStore.h"

#include <QDir>
#include <QFile>

class TestLetterStore : public QObject
{
    Q_OBJECT

private slots:
    void shippedTemplates()
    {
        LetterFile f;
        auto templates = f.letters.templates();
        QVERIFY(templates.ok());
        QCOMPARE(templates.value().size(), 20);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("es")}) {
            QSet<TemplateOccasion> occasions;
            for (const LetterTemplate &t : templates.value()) {
                if (t.language != language)
                    continue;
                occasions.insert(t.occasion);
                QVERIFY(!t.shippedKey.isEmpty());
                QVERIFY2(t.body.endsWith(QStringLiteral("\n{my_name}")), qPrintable(t.name));
                QVERIFY2(LetterFiller::unknownPlaceholders(t.subject + t.body).isEmpty(),
                         qPrintable(t.name));
                // Nothing was cut by the migration runner: paragraphs are all there.
                QVERIFY2(t.body.count(QStringLiteral("\n\n")) >= 3, qPrintable(t.name));
                if (t.occasion != TemplateOccasion::FollowUp)
                    QVERIFY2(t.body.contains(QStringLiteral("{topic}")), qPrintable(t.name));
            }
            QCOMPARE(occasions,
                     (QSet<TemplateOccasion>{TemplateOccasion::First, TemplateOccasion::Later,
                                             TemplateOccasion::Panel, TemplateOccasion::Final,
                                             TemplateOccasion::FollowUp}));
        }
        // The later-round template speaks of what changed since the first.
        const auto later = std::find_if(
            templates.value().cbegin(), templates.value().cend(), [](const LetterTemplate &t) {
                return t.occasion == TemplateOccasion::Later && t.language == QLatin1String("en");
            });
        QVERIFY(later->body.contains(QStringLiteral("first conversation")));
        QVERIFY(std::any_of(templates.value().cbegin(), templates.value().cend(),
                            [](const LetterTemplate &t) {
                                return t.language == QLatin1String("de") &&
                                       t.body.contains(QStringLiteral("Grüßen"));
                            }));
    }

    void migrationSeedsExistingFiles()
    {
        // A file made by the version before letters, with an application in it.
        QTemporaryDir older;
        for (const QString &name :
             {QStringLiteral("0001_pipeline.sql"), QStringLiteral("0002_rounds.sql")})
            QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + name, older.filePath(name)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database::Options options;
            options.migrationsDirectory = older.path();
            auto db = Database::open(path, options);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), 2);
            PipelineStore store(db.value());
            ApplicationFields fields;
            fields.company = QStringLiteral("Acme");
            fields.role = QStringLiteral("Engineer");
            QVERIFY(store.createApplication(fields, store.stages().value().first().id).ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db.value()->schemaVersion() >= 3);
        LetterStore letters(db.value());
        QCOMPARE(letters.templates().value().size(), 20);
        QCOMPARE(letters.letters().value().size(), 0);
        QCOMPARE(PipelineStore(db.value()).applicationCount().value(), 1);
    }

    void proposesOneLetterPerPerson()
    {
        LetterFile f;
        f.letters.setMyName(QStringLiteral("Sam Doe")).error();
        QVERIFY(f.letters.setMyName(QStringLiteral("  Sam   Doe ")).ok());
        const qint64 app = f.add(QStringLiteral("Nordlicht"), QStringLiteral("Data engineer"));
        f.round(app, 200, {QStringLiteral("Old Contact")});
        const qint64 second =
            f.round(app, 3, {QStringLiteral("Anna Weber"), QStringLiteral("Ms Berg")});
        auto made = f.letters.proposeDrafts(second, QStringLiteral("en_GB"));
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(made.value().size(), 2);
        const QList<LetterInfo> list = f.letters.lettersOfRound(second).value();
        QCOMPARE(list.size(), 2);
        const LetterInfo anna = list.at(0);
        QCOMPARE(anna.personName, QStringLiteral("Anna Weber"));
        QCOMPARE(anna.status, LetterStatus::Proposed);
        QCOMPARE(anna.roundNumber, 2);
        QCOMPARE(anna.fields.subject, QStringLiteral("Thank you for the second interview"));
        QVERIFY(anna.fields.body.startsWith(QStringLiteral("Dear Anna,\n\nThank you for the "
                                                           "second interview on Friday 20 "
                                                           "November.")));
        QVERIFY(anna.fields.body.endsWith(QStringLiteral("\nSam Doe")));
        QCOMPARE(LetterFiller::unfilled(anna.fields.body), QStringList{QStringLiteral("topic")});
        QVERIFY(list.at(1).fields.body.startsWith(QStringLiteral("Dear Ms Berg,")));
        QCOMPARE(anna.personEmail, QStringLiteral("annaweber@example.com"));
        QCOMPARE(anna.roundEndUtc, anna.roundStartUtc.addSecs(3600));

        // Again: nobody is left without a letter, so nothing new.
        QCOMPARE(f.letters.proposeDrafts(second, QStringLiteral("en")).value(), QList<qint64>());
        // A discarded letter still counts as written.
        QVERIFY(f.letters.setStatus(anna.id, LetterStatus::Discarded, {}).ok());
        QCOMPARE(f.letters.proposeDrafts(second, QStringLiteral("en")).value(), QList<qint64>());
        QCOMPARE(f.letters.lettersOfRound(second).value().size(), 1);
    }

    void topicAndNextStepComeFromTheDebrief()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Nordlicht"), QStringLiteral("Data engineer"));
        const qint64 round = f.round(
            app, 3,
            {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg"), QStringLiteral("Cy")});
        RoundNotes debrief;
        debrief.clues = QStringLiteral("Team moves to Kotlin\nAnna: the <b>billing</b> migration");
        debrief.questionsAsked = QStringLiteral("Berg asked how I test data pipelines");
        debrief.nextSteps = QStringLiteral("A call with the CTO next week\nDecision by Friday");
        QVERIFY(NotesStore(f.database).saveNotes(round, debrief).ok());
        QVERIFY(f.letters.setMyName(QStringLiteral("Sam Doe")).ok());
        QVERIFY(f.letters.proposeDrafts(round, QStringLiteral("en")).ok());
        const QList<LetterInfo> list = f.letters.lettersOfRound(round).value();
        QCOMPARE(list.size(), 3);
        // Named by the first name, without the "Anna:" that says whose line it is; typed
        // markup stays literal.
        QVERIFY2(list.at(0).fields.body.contains(
                     QStringLiteral("discussion of the <b>billing</b> migration")),
                 qPrintable(list.at(0).fields.body));
        QVERIFY(list.at(1).fields.body.contains(QStringLiteral("Berg asked how I test data")));
        // Nobody named, several people there: left for the user to type.
        QCOMPARE(LetterFiller::unfilled(list.at(2).fields.body).join(QLatin1Char(' ')),
                 QStringLiteral("topic"));
        for (const LetterInfo &letter : list)
            QVERIFY(!letter.fields.body.contains(QStringLiteral("{next_step}")));
    }

    void templateFollowsRoundAndLanguage()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Nordlicht"), QStringLiteral("Data engineer"));
        const qint64 first = f.round(app, 30, {QStringLiteral("Jürgen Groß")});
        const qint64 panel = f.round(app, 20, {QStringLiteral("Ana Ruiz")}, RoundKind::Panel);
        const qint64 final = f.round(app, 10, {QStringLiteral("Kim Lee")}, RoundKind::Final);
        QVERIFY(f.letters.proposeDrafts(first, QStringLiteral("de_DE")).ok());
        QVERIFY(f.letters.proposeDrafts(panel, QStringLiteral("en")).ok());
        QVERIFY(f.letters.proposeDrafts(final, QStringLiteral("it_IT")).ok());
        const LetterInfo german = f.letters.lettersOfRound(first).value().first();
        QCOMPARE(german.fields.subject,
                 QStringLiteral("Vielen Dank für das Gespräch zur Stelle als Data engineer"));
        QVERIFY(german.fields.body.startsWith(QStringLiteral("Guten Tag Jürgen Groß,")));
        const LetterInfo panelLetter = f.letters.lettersOfRound(panel).value().first();
        QVERIFY(panelLetter.fields.body.contains(QStringLiteral("part of the panel")));
        // No Italian templates: English ones.
        const LetterInfo finalLetter = f.letters.lettersOfRound(final).value().first();
        QCOMPARE(finalLetter.fields.subject, QStringLiteral("Thank you for the final interview"));
        QVERIFY(finalLetter.fields.templateId > 0);
    }

    void proposalRefusals()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 nobody = f.round(app, 3);
        const QStringList before = f.fullDump();
        QCOMPARE(f.letters.proposeDrafts(nobody, QStringLiteral("en")).value(), QList<qint64>());
        QVERIFY(!f.letters.proposeDrafts(999, QStringLiteral("en")).ok());
        QCOMPARE(f.fullDump(), before);
    }

    void roundsAwaitingProposals()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 ended = f.round(app, 3, {QStringLiteral("A One")});
        f.round(app, 0.5, {QStringLiteral("B Two")});     // still running
        f.round(app, -24, {QStringLiteral("C Three")});   // tomorrow
        f.round(app, 24 * 9, {QStringLiteral("D Four")}); // too long ago
        f.round(app, 5);                                  // nobody listed
        const qint64 cancelled = f.round(app, 6, {QStringLiteral("E Five")});
        RoundFields fields = f.rounds.round(cancelled).value().fields;
        fields.status = RoundStatus::Cancelled;
        QVERIFY(f.rounds.updateRound(cancelled, fields).ok());
        // Marked done before its end: ended.
        const qint64 done = f.round(app, 0.2, {QStringLiteral("F Six")});
        fields = f.rounds.round(done).value().fields;
        fields.status = RoundStatus::Done;
        QVERIFY(f.rounds.updateRound(done, fields).ok());
        // Marked done though its date is still ahead (a date typed wrong): ended too.
        const qint64 doneAhead = f.round(app, -30, {QStringLiteral("G Seven")});
        fields = f.rounds.round(doneAhead).value().fields;
        fields.status = RoundStatus::Done;
        QVERIFY(f.rounds.updateRound(doneAhead, fields).ok());

        QCOMPARE(f.letters.roundsAwaitingProposals(f.now()).value(),
                 (QList<qint64>{ended, done, doneAhead}));
        QVERIFY(f.letters.proposeDrafts(ended, QStringLiteral("en")).ok());
        QCOMPARE(f.letters.roundsAwaitingProposals(f.now()).value(),
                 (QList<qint64>{done, doneAhead}));
        // An archived application's rounds are left alone.
        QVERIFY(f.store->archiveApplications({app}).ok());
        QCOMPARE(f.letters.roundsAwaitingProposals(f.now()).value(), QList<qint64>());
    }

    void roundsWithoutLettersAndDueApplications()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 other = f.add(QStringLiteral("Other"), QStringLiteral("Engineer"));
        const qint64 ended = f.round(app, 3.5, {QStringLiteral("A One")}); // ended 2.5 h ago
        const qint64 recent = f.round(other, 1.5);                         // ended 30 min ago
        QCOMPARE(f.letters.roundsWithoutLetters(f.now().addSecs(-3 * 3600), f.now()).value(),
                 (QList<qint64>{ended, recent}));
        QCOMPARE(
            f.letters.roundsWithoutLetters(f.now().addSecs(-3 * 3600), f.now().addSecs(-2 * 3600))
                .value(),
            QList<qint64>{ended});
        QCOMPARE(f.letters.applicationsWithLettersDue(f.now()).value(), QSet<qint64>());
        const qint64 letter = f.letters.proposeDrafts(ended, QStringLiteral("en")).value().first();
        QCOMPARE(f.letters.roundsWithoutLetters(f.now().addSecs(-3 * 3600), f.now()).value(),
                 QList<qint64>{recent});
        QCOMPARE(f.letters.applicationsWithLettersDue(f.now()).value(), QSet<qint64>{app});
        QVERIFY(f.letters.setStatus(letter, LetterStatus::Sent, f.now()).ok());
        QCOMPARE(f.letters.applicationsWithLettersDue(f.now()).value(), QSet<qint64>());
    }

    void statusTimes()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3, {QStringLiteral("A One")});
        const qint64 id = f.letters.proposeDrafts(round, QStringLiteral("en")).value().first();
        const QDateTime sent(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QVERIFY(f.letters.setStatus(id, LetterStatus::Draft, {}).ok());
        QVERIFY(f.letters.setStatus(id, LetterStatus::Sent, sent).ok());
        LetterInfo info = f.letters.letter(id).value();
        QCOMPARE(info.status, LetterStatus::Sent);
        QCOMPARE(info.sentAt, sent);
        QVERIFY(!info.repliedAt.isValid());
        QVERIFY(f.letters.setStatus(id, LetterStatus::Replied, sent.addDays(2)).ok());
        info = f.letters.letter(id).value();
        QCOMPARE(info.sentAt, sent);
        QCOMPARE(info.repliedAt, sent.addDays(2));
        QVERIFY(f.letters.setStatus(id, LetterStatus::Draft, {}).ok());
        info = f.letters.letter(id).value();
        QVERIFY(!info.sentAt.isValid() && !info.repliedAt.isValid());
        QVERIFY(!f.letters.setStatus(4242, LetterStatus::Sent, sent).ok());
    }

    void editsKeepUserTextLiteral()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3, {QStringLiteral("A One")});
        const qint64 id = f.letters.proposeDrafts(round, QStringLiteral("en")).value().first();
        LetterFields fields = f.letters.letter(id).value().fields;
        fields.subject = QStringLiteral("<b>Hi</b> '; DROP TABLE letters; --");
        fields.body = QString(200000, QChar(0x00E9)) + QStringLiteral("\u0000\r\n<script>");
        QVERIFY(f.letters.updateLetter(id, fields).ok());
        QCOMPARE(f.letters.letter(id).value().fields, fields);
        QVERIFY(!f.letters.updateLetter(999, fields).ok());
        // A subject is one line: breaks and direction overrides are refused, nothing changes.
        const QStringList before = f.fullDump();
        for (const QString &bad :
             {QStringLiteral("a\nBcc: x@y.example"), QStringLiteral("\u202Eevil\u202C"),
              QStringLiteral("a\u0000b")}) {
            LetterFields refused = fields;
            refused.subject = bad;
            QVERIFY(!f.letters.updateLetter(id, refused).ok());
            QVERIFY(!f.letters.createLetter(refused).ok());
        }
        QCOMPARE(f.fullDump(), before);
    }

    void deletingARoundAndPuttingItBack()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3, {QStringLiteral("A One"), QStringLiteral("B Two")});
        const qint64 kept = f.round(app, 30, {QStringLiteral("C Three")});
        QVERIFY(f.letters.proposeDrafts(round, QStringLiteral("en")).ok());
        QVERIFY(f.letters.proposeDrafts(kept, QStringLiteral("en")).ok());
        const qint64 sent = f.letters.lettersOfRound(round).value().first().id;
        QVERIFY(f.letters.setStatus(sent, LetterStatus::Sent, f.now()).ok());
        const QStringList before = f.fullDump();

        const RoundSnapshot roundRow = f.rounds.snapshot(round).value();
        const LetterSnapshot letters = f.letters.snapshotForRounds({round}).value();
        QCOMPARE(letters.letters.size(), 2);
        QVERIFY(f.rounds.deleteRound(round).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM letters")), 1);
        QVERIFY(f.rounds.restoreRound(roundRow).ok());
        QVERIFY(f.letters.restore(letters).ok());
        QCOMPARE(f.fullDump(), before);
    }

    void deletingAnApplicationAndPuttingItBack()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 other = f.add(QStringLiteral("Other"), QStringLiteral("Engineer"));
        QVERIFY(f.letters
                    .proposeDrafts(f.round(app, 3, {QStringLiteral("A One")}), QStringLiteral("en"))
                    .ok());
        QVERIFY(
            f.letters
                .proposeDrafts(f.round(app, 50, {QStringLiteral("B Two")}), QStringLiteral("en"))
                .ok());
        QVERIFY(
            f.letters
                .proposeDrafts(f.round(other, 3, {QStringLiteral("C Three")}), QStringLiteral("en"))
                .ok());
        const LetterSnapshot snapshot = f.letters.snapshotForApplications({app}).value();
        QCOMPARE(snapshot.letters.size(), 2);
        QCOMPARE(f.letters.snapshotForApplications({}).value().letters.size(), 0);
        const LetterSnapshot all = f.letters.snapshotForApplications({app, other}).value();
        QCOMPARE(all.letters.size(), 3);
        const QStringList before = f.fullDump();
        const QList<qint64> ids = {snapshot.letters.at(0).value(QStringLiteral("id")).toLongLong(),
                                   snapshot.letters.at(1).value(QStringLiteral("id")).toLongLong()};
        QVERIFY(f.letters.removeLetters(ids).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM letters")), 1);
        QVERIFY(f.letters.restore(snapshot).ok());
        QCOMPARE(f.fullDump(), before);
        QCOMPARE(f.letters.snapshotLetters(ids).value().letters, snapshot.letters);
    }

    void templatesEditDeleteRestore()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3, {QStringLiteral("A One")});
        LetterTemplate mine;
        mine.language = QStringLiteral("en");
        mine.occasion = TemplateOccasion::First;
        mine.name = QStringLiteral("<i>Short</i> & sweet");
        mine.subject = QStringLiteral("Thanks, {first_name}");
        mine.body = QStringLiteral("Thanks for {topic}.\n{my_name}");
        const qint64 id = f.letters.createTemplate(mine).value();
        mine.id = id;
        QCOMPARE(f.letters.templates().value().last(), mine);
        LetterFields fields;
        fields.roundId = round;
        fields.templateId = id;
        const qint64 letter = f.letters.createLetter(fields).value();
        const QStringList before = f.fullDump();

        const TemplateSnapshot snapshot = f.letters.snapshotTemplate(id).value();
        QCOMPARE(snapshot.letterIds, QList<qint64>{letter});
        QVERIFY(f.letters.deleteTemplate(id).ok());
        QCOMPARE(f.letters.letter(letter).value().fields.templateId, 0);
        QVERIFY(f.letters.restoreTemplate(snapshot).ok());
        QCOMPARE(f.fullDump(), before);

        LetterTemplate edited = mine;
        edited.body = QStringLiteral("Changed");
        QVERIFY(f.letters.updateTemplate(edited).ok());
        QVERIFY(f.letters.restoreTemplate(snapshot).ok());
        QCOMPARE(f.fullDump(), before);

        LetterTemplate bad = mine;
        bad.name = QStringLiteral("   ");
        QVERIFY(!f.letters.updateTemplate(bad).ok());
        QVERIFY(!f.letters.createTemplate(bad).ok());
        bad = mine;
        bad.body = QString(100001, QLatin1Char('x'));
        QVERIFY(!f.letters.updateTemplate(bad).ok());
        QCOMPARE(f.fullDump(), before);
    }

    void myName()
    {
        LetterFile f;
        QCOMPARE(f.letters.myName().value(), QString());
        QVERIFY(f.letters.setMyName(QStringLiteral("<b>Sam</b> & {company}")).ok());
        QCOMPARE(f.letters.myName().value(), QStringLiteral("<b>Sam</b> & {company}"));
        const QStringList before = f.fullDump();
        QVERIFY(!f.letters.setMyName(QString(201, QLatin1Char('x'))).ok());
        QVERIFY(!f.letters.setMyName(QStringLiteral("Sam\u202E")).ok());
        QVERIFY(!f.letters.setMyName(QStringLiteral("Sam\nDoe")).ok());
        QCOMPARE(f.fullDump(), before);
        QVERIFY(f.letters.setMyName(QString()).ok());
        QCOMPARE(f.letters.myName().value(), QString());
    }

    void readOnlyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db.value()->isReadOnly());
        LetterStore store(db.value());
        QVERIFY(store.templates().ok());
        QVERIFY(!store.setMyName(QStringLiteral("x")).ok());
        QVERIFY(!store.proposeDrafts(1, QStringLiteral("en")).ok());
        QVERIFY(!store.createTemplate(store.templates().value().first()).ok());
    }
};

QTEST_GUILESS_MAIN(TestLetterStore)
#include "tst_letterstore.moc"
