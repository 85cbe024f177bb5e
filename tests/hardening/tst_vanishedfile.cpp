#include "FakePrompter.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "core/Database.h"
#include "models/FileSession.h"
#include "ui/MainWindow.h"
#include "ui/files/StartFile.h"

#include <QDir>
#include <QFile>

// The open file moved or deleted behind the app's back, and a remembered file that is gone
// at the next start: no edit goes silently nowhere, no empty file silently takes its place.
class TestVanishedFile : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void writesRefusedOnceTheFileIsGone_data()
    {
        QTest::addColumn<bool>("moved");
        QTest::newRow("deleted") << false;
        QTest::newRow("moved") << true;
    }

    void writesRefusedOnceTheFileIsGone()
    {
        QFETCH(bool, moved);
        const qint64 kept = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QString path = m_file->database->path();
        const QStringList before = m_file->dump();
        QVERIFY(m_file->database->isFileStillThere());
        const QString elsewhere = m_file->dir.filePath(QStringLiteral("moved.sqlite"));
        QVERIFY(moved ? QFile::rename(path, elsewhere) : QFile::remove(path));
        QVERIFY(!m_file->database->isFileStillThere());

        ApplicationFields fields;
        fields.company = QStringLiteral("Lost");
        fields.role = QStringLiteral("Edit");
        auto refused = m_file->store->createApplication(fields, m_file->stageId(0));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("moved or deleted")),
                 qPrintable(refused.error()));
        QCOMPARE(m_file->dump(), before);

        // Everything open is still there to be saved elsewhere.
        const QString copy = m_file->dir.filePath(QStringLiteral("rescued.sqlite"));
        QVERIFY(m_file->database->saveCopyAs(copy).ok());
        m_file->store.reset();
        m_file->database.reset();
        auto rescued = Database::open(copy);
        QVERIFY2(rescued.ok(), qPrintable(rescued.error()));
        PipelineStore store(rescued.value());
        QCOMPARE(store.fields(kept).value().company, QStringLiteral("Acme"));
        QVERIFY(!QFile::exists(path));
    }

    void windowOffersToSaveWhenTheFileVanishes()
    {
        const qint64 kept = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow(QSize(1000, 700)));
        const QString path = m_window->session()->path();
        const QString copy = m_file->dir.filePath(QStringLiteral("saved-again.sqlite"));
        m_prompter->confirmAnswer = true;
        m_prompter->fileAnswer = copy;
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY(!m_prompter->questions.isEmpty());
        QVERIFY2(m_prompter->questions.first().contains(QStringLiteral("moved or deleted")),
                 qPrintable(m_prompter->questions.first()));
        QTRY_COMPARE(m_window->session() ? m_window->session()->path() : QString(), copy);
        PipelineStore store(m_window->session()->sharedDatabase());
        QCOMPARE(store.fields(kept).value().company, QStringLiteral("Globex"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_prompter->questions.size(), 1);
    }

    void rememberedFileGoneIsAskedAbout()
    {
        const QString gone = m_file->dir.filePath(QStringLiteral("gone/last.sqlite"));
        m_prompter->chooseAnswer = std::nullopt;
        QString problem;
        QCOMPARE(StartFile::choose(nullptr, QString(), gone, &problem), QString());
        QCOMPARE(m_prompter->offered.size(), 3);
        QVERIFY(m_prompter->questions.last().contains(QDir::toNativeSeparators(gone)));
        QVERIFY(!QFile::exists(gone));

        m_prompter->chooseAnswer = 0; // locate it
        m_prompter->fileAnswer = m_file->database->path();
        QCOMPARE(StartFile::choose(nullptr, QString(), gone, &problem), m_file->database->path());
        m_prompter->chooseAnswer = 2; // open another
        QCOMPARE(StartFile::choose(nullptr, QString(), gone, &problem), m_file->database->path());
        m_prompter->chooseAnswer = 1; // create a new one there, on purpose
        QCOMPARE(StartFile::choose(nullptr, QString(), gone, &problem), gone);
        QVERIFY(problem.isEmpty());

        // A remembered file that is there is opened without a question.
        const int asked = m_prompter->questions.size();
        QCOMPARE(StartFile::choose(nullptr, QString(), m_file->database->path(), &problem),
                 m_file->database->path());
        QCOMPARE(m_prompter->questions.size(), asked);
    }

    void commandLinePathInMissingFolderRefused()
    {
        const QString folder = m_file->dir.filePath(QStringLiteral("no-such-folder"));
        QString problem;
        QCOMPARE(StartFile::choose(nullptr, folder + QStringLiteral("/jobs.sqlite"), QString(),
                                   &problem),
                 QString());
        QVERIFY2(problem.contains(QStringLiteral("does not exist")), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(folder));
        // In an existing folder a new file may be made, as File > New does.
        const QString fresh = m_file->dir.filePath(QStringLiteral("fresh.sqlite"));
        QCOMPARE(StartFile::choose(nullptr, fresh, QString(), &problem), fresh);
        QVERIFY(problem.isEmpty());
    }
};

QTEST_MAIN(TestVanishedFile)
#include "tst_vanishedfile.moc"
