#include "TestSupport.h"

#include "models/BoardModel.h"
#include "models/FileSession.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList events;

// A feature's part: it holds the connection, and records whether it was still open when
// the part went.
struct FirstPart
{
    explicit FirstPart(FileSession &session)
        : database(&session.database())
    {
        events << QStringLiteral("first made");
    }
    ~FirstPart()
    {
        events << (database->sql().isOpen() ? QStringLiteral("first gone, file open")
                                            : QStringLiteral("first gone, file closed"));
    }
    Database *database;
};

struct SecondPart
{
    explicit SecondPart(FileSession &) { events << QStringLiteral("second made"); }
    ~SecondPart() { events << QStringLiteral("second gone"); }
};

} // namespace

class TestFileSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        events.clear();
    }

    void partsAreMadeOnceAndGoLatestFirstBeforeTheFile()
    {
        QTemporaryDir dir;
        auto opened = FileSession::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        std::unique_ptr<FileSession> session = opened.take();
        FirstPart *first = session->part<FirstPart>();
        QCOMPARE(session->part<FirstPart>(), first);
        session->part<SecondPart>();
        QCOMPARE(events,
                 (QStringList{QStringLiteral("first made"), QStringLiteral("second made")}));
        session.reset();
        QCOMPARE(events, (QStringList{QStringLiteral("first made"), QStringLiteral("second made"),
                                      QStringLiteral("second gone"),
                                      QStringLiteral("first gone, file open")}));
        // The lock went with the session: the file opens again.
        auto again = FileSession::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(again.ok(), qPrintable(again.error()));
    }

    void refusedFileLeavesNothingOpenAndNothingBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        auto opened = FileSession::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    }

    void everythingChangedReloadsTheBoard()
    {
        QTemporaryDir dir;
        auto opened = FileSession::open(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        std::unique_ptr<FileSession> session = opened.take();
        QSignalSpy changed(session.get(), &FileSession::everythingChanged);
        const qint64 stage = session->pipeline()->stages().value().first().id;
        ApplicationFields fields;
        fields.company = QStringLiteral("Acme");
        fields.role = QStringLiteral("Engineer");
        // Written behind the board's back, as sample data and imports are.
        QVERIFY(session->pipeline()->createApplication(fields, stage).ok());
        session->notifyEverythingChanged();
        QCOMPARE(changed.size(), 1);
        QVERIFY(session->board()->cardIndex(1).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFileSession)
#include "tst_filesession.moc"
