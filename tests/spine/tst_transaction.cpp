#include "TestSupport.h"

#include "core/Sql.h"
#include "core/Transaction.h"

#include <QFile>
#include <QTest>

// Nested transactions: an outer BEGIN IMMEDIATE with savepoints inside, so a job of several
// store calls lands whole or not at all, and a failed step undoes only itself.
class TestTransaction : public QObject
{
    Q_OBJECT

    int stageCount(TestFile &file)
    {
        auto count =
            Sql::scalar(file.database->sql(), QStringLiteral("SELECT count(*) FROM stages"), {},
                        QStringLiteral("count"));
        return count ? count.value().toInt() : -1;
    }

private slots:
    void innerCommitsLandWithTheOuter()
    {
        TestFile file;
        const int before = stageCount(file);
        {
            Transaction outer(*file.database);
            QVERIFY(outer.begin().ok());
            QVERIFY(!outer.isNested());
            QVERIFY(file.store->addStage(QStringLiteral("Outer"), false).ok());
            {
                Transaction inner(*file.database);
                QVERIFY(inner.begin().ok());
                QVERIFY(inner.isNested());
                QCOMPARE(Transaction::depth(file.database->sql()), 2);
                QVERIFY(file.store->addStage(QStringLiteral("Inner"), false).ok());
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(Transaction::depth(file.database->sql()), 1);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(Transaction::depth(file.database->sql()), 0);
        QCOMPARE(stageCount(file), before + 2);
    }

    void failedInnerStepUndoesOnlyItself()
    {
        TestFile file;
        const int before = stageCount(file);
        Transaction outer(*file.database);
        QVERIFY(outer.begin().ok());
        QVERIFY(file.store->addStage(QStringLiteral("Kept"), false).ok());
        {
            Transaction inner(*file.database);
            QVERIFY(inner.begin().ok());
            QVERIFY(file.store->addStage(QStringLiteral("Dropped"), false).ok());
            // Leaves scope without commit: rolls back to its savepoint.
        }
        QCOMPARE(Transaction::depth(file.database->sql()), 1);
        QVERIFY(outer.commit().ok());
        QCOMPARE(stageCount(file), before + 1);
        auto dropped = Sql::scalar(file.database->sql(),
                                   QStringLiteral("SELECT count(*) FROM stages WHERE name = ?"),
                                   {QStringLiteral("Dropped")}, QStringLiteral("count"));
        QCOMPARE(dropped.value().toInt(), 0);
    }

    void outerRollbackDiscardsCommittedInnerSteps()
    {
        TestFile file;
        const QStringList before = file.dump();
        {
            Transaction outer(*file.database);
            QVERIFY(outer.begin().ok());
            // A store call opens and commits its own (now nested) transaction.
            file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
            QVERIFY(file.store->addStage(QStringLiteral("Later"), false).ok());
        }
        QCOMPARE(file.dump(), before);
        QCOMPARE(Transaction::depth(file.database->sql()), 0);
    }

    void readOnlyFileRefusesToBegin()
    {
#ifdef Q_OS_UNIX
        TestFile file;
        const QString path = file.database->path();
        file.store.reset();
        file.database.reset();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(opened.value()->isReadOnly());
        Transaction transaction(*opened.value());
        const Status begun = transaction.begin();
        QVERIFY(!begun.ok());
        QCOMPARE(begun.error(), Database::readOnlyMessage());
        QCOMPARE(Transaction::depth(opened.value()->sql()), 0);
        opened = Result<std::shared_ptr<Database>>::failure(QStringLiteral("closed"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
        QSKIP("File modes are a Unix matter.");
#endif
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
