#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/SampleData.h"
#include "core/notes/NotesStore.h"
#include "core/notes/PrepSheetLoader.h"
#include "core/prepsheet/PrepSheetPdf.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The prep sheet of a round with long notes (every field several paragraphs) to PDF, and a
// full-text search over the notes of a heavy file (10,000 applications).
class BenchNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_small;
    std::shared_ptr<Database> m_heavy;
    qint64 m_round = 0;

    static QString paragraphs(const QString &topic, int count)
    {
        QStringList lines;
        for (int i = 0; i < count; ++i)
            lines << QStringLiteral("%1 %2: they asked how I would approach a legacy system with "
                                    "no tests, a team split over three time zones and a deadline "
                                    "that cannot move; I answered with the migration at my last "
                                    "job, but I should lead with the result and keep the story "
                                    "under two minutes next time.")
                         .arg(topic)
                         .arg(i + 1);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_small = Database::open(m_dir.filePath(QStringLiteral("small.sqlite"))).take();
        PipelineStore pipeline(m_small);
        ApplicationFields fields;
        fields.company = QStringLiteral("Initech");
        fields.role = QStringLiteral("Senior tester");
        const qint64 app =
            pipeline.createApplication(fields, pipeline.stages().value().at(3).id).value();
        RoundStore rounds(m_small);
        NotesStore notes(m_small);
        RoundFields round;
        round.timeZoneId = QStringLiteral("Europe/Berlin");
        round.start =
            RoundValidator::localToInstant(QDate(2026, 11, 10), QTime(10, 0), round.timeZoneId);
        const qint64 first = rounds.createRound(app, round).value();
        round.start = round.start.addDays(14);
        m_round = rounds.createRound(app, round).value();
        for (qint64 id : {first, m_round}) {
            RoundNotes text;
            text.sellingPoints = paragraphs(QStringLiteral("Selling point"), 4);
            text.requirements = paragraphs(QStringLiteral("Requirement"), 4);
            text.questionsToAsk = paragraphs(QStringLiteral("Question"), 4);
            text.logistics = paragraphs(QStringLiteral("Logistics"), 3);
            text.questionsAsked = paragraphs(QStringLiteral("Asked"), 4);
            text.weakAnswers = paragraphs(QStringLiteral("Weak answer"), 4);
            text.concerns = paragraphs(QStringLiteral("Concern"), 4);
            text.clues = paragraphs(QStringLiteral("Clue"), 4);
            text.nextSteps = paragraphs(QStringLiteral("Next step"), 3);
            QVERIFY(notes.saveNotes(id, text).ok());
        }

        m_heavy = Database::open(m_dir.filePath(QStringLiteral("heavy.sqlite"))).take();
        QVERIFY(SampleData::fill(*m_heavy, 10000, 7).ok());
        // Notes on every round of the heavy file, written fast (the speed of writing them is
        // not what is measured here).
        QSqlQuery pragma(m_heavy->sql());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")));
        QSqlQuery ids(m_heavy->sql());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM rounds")));
        NotesStore heavyNotes(m_heavy);
        int n = 0;
        while (ids.next()) {
            RoundNotes text;
            text.clues = paragraphs(QStringLiteral("Clue"), 1 + n % 3);
            text.concerns = n % 97 == 0 ? QStringLiteral("Worried about my Kubernetes experience")
                                        : QStringLiteral("None so far");
            QVERIFY(heavyNotes.saveNotes(ids.value(0).toLongLong(), text).ok());
            ++n;
        }
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")));
        qInfo("heavy file: %d rounds with notes", n);
    }

    void longNotesToPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
        int pages = 0;
        QBENCHMARK
        {
            auto sheet = PrepSheetLoader::load(m_small, m_round);
            QVERIFY(sheet.ok());
            auto written = PrepSheetPdf::write(sheet.value(), path);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            pages = written.value();
        }
        qInfo("long notes: %d pages", pages);
    }

    void searchHeavyFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("rare word") << QStringLiteral("kubernetes");
        QTest::newRow("common words") << QStringLiteral("legacy system");
        QTest::newRow("prefix") << QStringLiteral("mig");
    }

    void searchHeavyFile()
    {
        QFETCH(QString, text);
        NotesStore store(m_heavy);
        int found = 0;
        QBENCHMARK
        {
            auto hits = store.search(text, 50);
            QVERIFY(hits.ok());
            found = int(hits.value().size());
        }
        QVERIFY(found > 0);
    }
};

QTEST_MAIN(BenchNotes)
#include "bench_notes.moc"
