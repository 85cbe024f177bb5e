#include "NotesTestSupport.h"

#include "core/SampleData.h"
#include "core/notes/PrepSheetLoader.h"
#include "core/prepsheet/PrepSheetDocument.h"
#include "core/prepsheet/PrepSheetPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>

// The prep sheet: what the loader puts in each section, the document's text, and the PDF.
class TestPrepSheet : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestFile file;
        RoundStore rounds{file.database};
        NotesStore notes{file.database};
        qint64 application = 0;
        qint64 first = 0;
        qint64 second = 0;

        Fixture()
        {
            application =
                file.add(QStringLiteral("Initech <b>Corp</b>"), QStringLiteral("Tester"), 3);
            first = valueOf(
                rounds.createRound(application, roundAt(QDate(2026, 11, 10), QTime(10, 0))));
            RoundFields fields =
                roundAt(QDate(2026, 11, 24), QTime(14, 0), QStringLiteral("Europe/Berlin"), 90);
            fields.reason = RoundReason::ClearDoubt;
            fields.location = QStringLiteral("4120 Freidrich Lane, floor 3");
            second = valueOf(rounds.createRound(application, fields));
        }
        qint64 companyId() const { return valueOf(rounds.companyOfApplication(application)); }
        PrepSheetData load(qint64 round) const
        {
            return valueOf(PrepSheetLoader::load(file.database, round,
                                                 QLocale(QLocale::English, QLocale::UnitedKingdom),
                                                 QTimeZone("Europe/London")));
        }
    };

    static QString pdfText(const QString &path)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        QProcess process;
        process.start(tool,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString pdfInfo(const QString &path, const QStringList &extra = {})
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (tool.isEmpty())
            return {};
        QProcess process;
        process.start(tool, extra + QStringList{path});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void emptyRoundHasEverySectionWithHints()
    {
        Fixture f;
        const PrepSheetData sheet = f.load(f.first);
        QCOMPARE(sheet.company, QStringLiteral("Initech <b>Corp</b>"));
        QCOMPARE(sheet.roundTitle, QStringLiteral("Round 1: Technical interview"));
        QCOMPARE(sheet.sections().size(), 10);
        for (const PrepSheetSection *section : sheet.sections()) {
            QVERIFY(!section->title.isEmpty());
            QVERIFY2(!section->isEmpty() || !section->emptyHint.isEmpty(),
                     qPrintable(section->title));
        }
        QVERIFY(sheet.people.items.isEmpty());
        QVERIFY(!sheet.questionsToAsk.warning.isEmpty());
        QCOMPARE(sheet.checklist.items.size(), NotesChecklist::keys().size());
        for (const PrepSheetItem &item : sheet.checklist.items)
            QCOMPARE(item.ticked, std::optional<bool>(false));
        QCOMPARE(sheet.leftOpen.emptyHint,
                 QStringLiteral("This is the first round: nothing to carry over yet."));
    }

    void secondRoundCarriesTheFirstOnesDebrief()
    {
        Fixture f;
        RoundNotes debrief;
        debrief.questionsAsked =
            QStringLiteral("Why testing?\nTell me about a bug you are proud of");
        debrief.weakAnswers =
            QStringLiteral("Automation experience: say Selenium suite of 400 tests");
        debrief.concerns = QStringLiteral("<i>Too junior?</i>");
        debrief.clues = QStringLiteral("Mentioned TPS reports twice");
        QVERIFY(f.notes.saveNotes(f.first, debrief).ok());
        QVERIFY(f.notes.setDealtWith(valueOf(f.notes.carriedOver(f.second)).at(2), true).ok());
        RoundNotes plan;
        plan.questionsToAsk =
            QStringLiteral("Who is on the team?\nWhat does success look like?\nNext steps?");
        plan.sellingPoints = QStringLiteral("Found the Y2K bug");
        plan.requirements = QStringLiteral("SQL: five years of reports");
        plan.logistics = QStringLiteral("Ask for Bill at reception");
        QVERIFY(f.notes.saveNotes(f.second, plan).ok());
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("news"), true).ok());
        QVERIFY(
            f.notes.saveSalary(f.application, SalaryFigures{72000, 65000, QStringLiteral("EUR")})
                .ok());
        const qint64 bill = valueOf(f.rounds.createPerson(
            f.companyId(), personNamed(QStringLiteral("Bill Lumbergh"), QStringLiteral("VP"))));
        RoundFields fields = valueOf(f.rounds.round(f.second)).fields;
        fields.peopleIds = {bill};
        QVERIFY(f.rounds.updateRound(f.second, fields).ok());

        const PrepSheetData sheet = f.load(f.second);
        QCOMPARE(sheet.roundTitle, QStringLiteral("Round 2: Technical interview"));
        QCOMPARE(sheet.when.items.first().text,
                 QStringLiteral("Tuesday, 24 November 2026, 14:00 to 15:30 (Europe/Berlin)"));
        QCOMPARE(sheet.when.items.at(1).text,
                 QStringLiteral("Your time: Tuesday, 24 November 2026, 13:00 to 14:30"));
        QVERIFY(sheet.when.items.contains(
            PrepSheetItem{QStringLiteral("Where: 4120 Freidrich Lane, floor 3"), {}, {}}));
        QCOMPARE(sheet.when.items.last().text, QStringLiteral("Ask for Bill at reception"));
        QCOMPARE(sheet.people.items.first().text, QStringLiteral("Bill Lumbergh, VP"));
        QCOMPARE(sheet.why.paragraphs.first(),
                 QStringLiteral("Clearing up a doubt from an earlier round"));
        // The concern was dealt with: two items left open.
        QCOMPARE(sheet.leftOpen.items.size(), 2);
        QVERIFY(sheet.leftOpen.items.first().text.startsWith(
            QStringLiteral("Round 1, weak answer: Automation")));
        QCOMPARE(sheet.likelyQuestions.items.size(), 2);
        QCOMPARE(sheet.likelyQuestions.items.first().detail, QStringLiteral("Asked in round 1"));
        QCOMPARE(sheet.questionsToAsk.items.size(), 3);
        QVERIFY(sheet.questionsToAsk.warning.isEmpty());
        QCOMPARE(sheet.salary.items.first().text, QStringLiteral("Target: 72,000 EUR"));
        QCOMPARE(sheet.salary.items.last().text, QStringLiteral("Walk-away: 65,000 EUR"));
        int ticked = 0;
        for (const PrepSheetItem &item : sheet.checklist.items)
            ticked += item.ticked.value_or(false) ? 1 : 0;
        QCOMPARE(ticked, 2); // news, and attendees known
        // The letters fill in when the thank-you is due (tests/letters/tst_letterprepsheet).
        QVERIFY(sheet.afterRound.items.first().text.startsWith(
            QStringLiteral("Thank-you letter to Bill Lumbergh, due ")));
    }

    void refusesUnknownAndArchivedRounds()
    {
        Fixture f;
        QVERIFY(!PrepSheetLoader::load(f.file.database, 999).ok());
        QVERIFY(f.file.store->archiveApplications({f.application}).ok());
        const auto refused = PrepSheetLoader::load(f.file.database, f.second);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("archived")));
        QVERIFY(!PrepSheetLoader::nextRound(f.file.database, Clock::nowUtc()).ok());
    }

    void nextRoundIsTheSoonestAhead()
    {
        Fixture f; // now: 20 November
        QCOMPARE(valueOf(PrepSheetLoader::nextRound(f.file.database, Clock::nowUtc())), f.second);
    }

    void documentPrintsUserTextLiterally()
    {
        Fixture f;
        RoundNotes plan;
        plan.sellingPoints =
            QStringLiteral("<b>bold</b> & <a href='x'>link</a>\n\u202Eright-to-left\n&amp;");
        QVERIFY(f.notes.saveNotes(f.second, plan).ok());
        PrepSheetDocument sheet(f.load(f.second));
        const QString text = sheet.document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("<b>bold</b> & <a href='x'>link</a>")));
        QVERIFY(text.contains(QStringLiteral("&amp;")));
        QVERIFY(text.contains(QStringLiteral("Initech <b>Corp</b>: Tester")));
        for (int n = 1; n <= 10; ++n)
            QVERIFY2(text.contains(QStringLiteral("\n%1. ").arg(n)),
                     qPrintable(QString::number(n)));
        QVERIFY(text.contains(QString(PrepSheetDocument::tickBox(false)) +
                              QStringLiteral(" Ask who will attend")));
        // Nothing the user typed became formatting.
        for (QTextBlock block = sheet.document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().isAnchor());
        QVERIFY(sheet.headerText().startsWith(
            QStringLiteral("Initech <b>Corp</b> · Tester · Round 2")));
    }

    void headingsAreNeverLeftAtThePageFoot()
    {
        Fixture f;
        RoundNotes plan;
        QStringList lines;
        for (int i = 0; i < 40; ++i)
            lines << QStringLiteral("Point %1 with enough words to fill a good part of a line")
                         .arg(i);
        plan.sellingPoints = lines.join(QLatin1Char('\n'));
        plan.questionsToAsk = lines.mid(0, 23).join(QLatin1Char('\n'));
        plan.requirements = lines.mid(0, 17).join(QLatin1Char('\n'));
        QVERIFY(f.notes.saveNotes(f.second, plan).ok());
        PrepSheetDocument sheet(f.load(f.second));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            PrepSheetDocument::pageLayoutFor(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY(sheet.print(&writer) >= 2);
        QTextDocument *doc = sheet.document();
        const qreal pageHeight = doc->pageSize().height();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QString text = block.text();
            if (!(text.size() > 3 && text.at(0).isDigit() && text.contains(QStringLiteral(". "))))
                continue;
            const QRectF heading = doc->documentLayout()->blockBoundingRect(block);
            const QRectF next = doc->documentLayout()->blockBoundingRect(block.next());
            QCOMPARE(int(next.top() / pageHeight), int(heading.top() / pageHeight));
        }
    }

    // A sheet that runs a few lines onto another page prints a little smaller instead; one
    // that needs the page prints at full size, and nothing is ever cut.
    void nearlyFullLastPageIsSaved()
    {
        Fixture f;
        bool shrunk = false;
        bool spilled = false;
        QStringList lines;
        for (int i = 0; i < 120 && !spilled; ++i) {
            lines << QStringLiteral("Point %1 with enough words to fill a good part of a line")
                         .arg(i);
            RoundNotes plan;
            plan.sellingPoints = lines.join(QLatin1Char('\n'));
            QVERIFY(f.notes.saveNotes(f.second, plan).ok());
            PrepSheetDocument sheet(f.load(f.second));
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            writer.setPageLayout(PrepSheetDocument::pageLayoutFor(
                QLocale(QLocale::English, QLocale::UnitedKingdom)));
            const int pages = sheet.print(&writer);
            QCOMPARE(pages, sheet.pageCount());
            QVERIFY(sheet.scale() >= PrepSheetDocument::SmallestScale);
            QVERIFY(sheet.scale() <= 1);
            // Every line of the body is inside the pages printed.
            QTextDocument *doc = sheet.document();
            const qreal end = doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom();
            QVERIFY(end <= pages * doc->pageSize().height() + 0.5);
            if (pages == 1 && sheet.scale() < 1)
                shrunk = true;
            if (pages == 2) {
                spilled = true;
                // Shrinking would not have saved it.
                QCOMPARE(sheet.scale(), 1.0);
            }
        }
        QVERIFY(shrunk);
        QVERIFY(spilled);
    }

    void pageSizeFollowsTheLocale()
    {
        QCOMPARE(PrepSheetDocument::pageLayoutFor(QLocale(QLocale::English, QLocale::UnitedStates))
                     .pageSize()
                     .id(),
                 QPageSize::Letter);
        QCOMPARE(PrepSheetDocument::pageLayoutFor(QLocale(QLocale::German, QLocale::Germany))
                     .pageSize()
                     .id(),
                 QPageSize::A4);
        QCOMPARE(PrepSheetDocument::pageLayoutFor(QLocale(QLocale::English, QLocale::UnitedKingdom))
                     .pageSize()
                     .id(),
                 QPageSize::A4);
    }

    void pdfHoldsTheTextAndMetadata()
    {
        Fixture f;
        RoundNotes plan;
        plan.sellingPoints = QStringLiteral("<b>Shipped</b> the release & kept it stable");
        QVERIFY(f.notes.saveNotes(f.second, plan).ok());
        const QString path = f.file.dir.filePath(QStringLiteral("sheet.pdf"));
        const auto pages = PrepSheetPdf::write(f.load(f.second), path,
                                               QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY(pages.value() >= 1 && pages.value() <= 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        file.close();
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("<b>Shipped</b> the release & kept it stable")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages.value())));
        QVERIFY(text.contains(QStringLiteral("Initech <b>Corp</b> · Tester · Round 2")));
        QVERIFY(text.contains(QString(PrepSheetDocument::tickBox(false))));
        const QString info = pdfInfo(path);
        QVERIFY2(info.contains(QStringLiteral("Title:           Prep sheet: Initech <b>Corp</b>")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Page size:       612 x 792 pts (letter)")),
                 qPrintable(info));
        QVERIFY(pdfInfo(path, {QStringLiteral("-meta")}).contains(QStringLiteral("<dc:creator>")));
        const QString fonts = [&] {
            QProcess process;
            process.start(QStringLiteral("pdffonts"), {path});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput());
        }();
        QVERIFY2(fonts.contains(QStringLiteral(" yes ")), qPrintable(fonts)); // embedded
    }

    void sampleRoundsHaveFullSheets()
    {
        TestFile file;
        QVERIFY(SampleData::fill(*file.database).ok());
        const qint64 next = valueOf(PrepSheetLoader::nextRound(file.database, Clock::nowUtc()));
        // The first round ahead that has earlier rounds behind it: the one the README shows.
        RoundStore rounds(file.database);
        qint64 shown = next;
        for (const RoundInfo &round : valueOf(rounds.upcoming(Clock::nowUtc(), 50)))
            if (round.number > 1 && !round.people.isEmpty()) {
                shown = round.id;
                break;
            }
        const PrepSheetData sheet = valueOf(PrepSheetLoader::load(file.database, shown));
        QVERIFY(!sheet.sellingPoints.items.isEmpty());
        QVERIFY(!sheet.leftOpen.items.isEmpty());
        QVERIFY(!sheet.likelyQuestions.items.isEmpty());
        QVERIFY(!sheet.salary.items.isEmpty());
        QVERIFY(!valueOf(NotesStore(file.database).search(QStringLiteral("on-call"))).isEmpty());
        // SECONDROUND_SAMPLE_SHEET=path writes this sheet, for the README's picture.
        const QString target = qEnvironmentVariable("SECONDROUND_SAMPLE_SHEET");
        const auto pages = PrepSheetPdf::write(
            sheet, target.isEmpty() ? file.dir.filePath(QStringLiteral("sample.pdf")) : target,
            QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(pages.ok());
        QVERIFY2(pages.value() <= 2, qPrintable(QString::number(pages.value())));
    }

    void unwritablePlacesLeaveNoFile()
    {
        Fixture f;
        const PrepSheetData sheet = f.load(f.second);
        const QString missing = f.file.dir.filePath(QStringLiteral("no/such/folder/sheet.pdf"));
        const auto refused = PrepSheetPdf::write(sheet, missing);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("could not be written")));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!PrepSheetPdf::write(sheet, QString()).ok());
#ifdef Q_OS_UNIX
        const QString locked = f.file.dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (QFileInfo(locked).isWritable())
            QSKIP("running with permission to write anywhere");
        QVERIFY(!PrepSheetPdf::write(sheet, locked + QStringLiteral("/sheet.pdf")).ok());
        QVERIFY(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
#endif
    }
};

QTEST_MAIN(TestPrepSheet)
#include "tst_prepsheet.moc"
