#include "core/Migrator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// The schema steps are split into statements before they run: semicolons inside trigger
// bodies, CASE expressions and quoted text must not cut a statement in two.
class TestMigratorSplit : public QObject
{
    Q_OBJECT

private slots:
    void plainStatements()
    {
        const QStringList parts = Migrator::splitStatements(
            QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x);\n\n"
                           "CREATE INDEX i ON a (x);\nINSERT INTO a VALUES (1)"));
        QCOMPARE(parts, QStringList({QStringLiteral("CREATE TABLE a (x)"),
                                     QStringLiteral("CREATE INDEX i ON a (x)"),
                                     QStringLiteral("INSERT INTO a VALUES (1)")}));
        QVERIFY(
            Migrator::splitStatements(QStringLiteral(" ;\n;\n  -- only a comment\n")).isEmpty());
    }

    void triggerBodyStaysWhole()
    {
        const QString trigger = QStringLiteral(
            "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    INSERT INTO b VALUES (new.x);\n"
            "    UPDATE b SET y = CASE WHEN new.x > 1 THEN 'big; really' ELSE 'end' END;\n"
            "    DELETE FROM b WHERE y = CASE new.x WHEN 0 THEN 1 END;\nEND");
        const QStringList parts = Migrator::splitStatements(
            QStringLiteral("CREATE TABLE a (x);\n") + trigger +
            QStringLiteral(";\ncreate temp trigger u after delete on a begin delete from b; "
                           "end;\nCREATE TABLE c (z)"));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(1), trigger);
        QCOMPARE(
            parts.at(2),
            QStringLiteral("create temp trigger u after delete on a begin delete from b; end"));
        QCOMPARE(parts.at(3), QStringLiteral("CREATE TABLE c (z)"));
    }

    void quotedSemicolonsAndNamesThatLookLikeKeywords()
    {
        const QStringList parts = Migrator::splitStatements(
            QStringLiteral("INSERT INTO a VALUES ('it''s; fine', \"odd;name\");\n"
                           "CREATE TABLE begin_end (trigger_name TEXT, \"end\" TEXT);\n"
                           "BEGIN;\nSELECT 1"));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("INSERT INTO a VALUES ('it''s; fine', \"odd;name\")"));
        QCOMPARE(parts.at(2), QStringLiteral("BEGIN"));
    }

    void splitTriggersRunInSqlite()
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("split"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        const QStringList parts = Migrator::splitStatements(
            QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE log (v TEXT);\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  INSERT INTO log VALUES ('one;' || new.x);\n"
                           "  INSERT INTO log VALUES (CASE WHEN new.x = 1 THEN 'a' END);\nEND;\n"
                           "INSERT INTO a VALUES (1);"));
        for (const QString &statement : parts) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT group_concat(v, '|') FROM log")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toString(), QStringLiteral("one;1|a"));
        db.close();
    }

    void shippedStepsSplitIntoRunnableStatements()
    {
        Migrator migrator;
        QVERIFY(migrator.load().ok());
        for (const Migrator::Step &step : migrator.steps())
            for (const QString &statement : Migrator::splitStatements(step.sql)) {
                QVERIFY2(!statement.endsWith(QLatin1Char(';')), qPrintable(statement));
                if (statement.startsWith(QLatin1String("CREATE TRIGGER")))
                    QVERIFY2(statement.endsWith(QLatin1String("END")), qPrintable(statement));
            }
    }
};

QTEST_GUILESS_MAIN(TestMigratorSplit)
#include "tst_migratorsplit.moc"
