#include "TestSupport.h"

#include "core/FileSettings.h"
#include "core/Sql.h"
#include "core/letters/LetterStore.h"
#include "core/practice/PracticeStore.h"

#include <QTest>

// The file's own settings: one reader and writer for the settings table, used by letters and
// practice alike.
class TestFileSettings : public QObject
{
    Q_OBJECT

private slots:
    void missingKeyIsNull()
    {
        TestFile file;
        auto value = FileSettings::value(file.database->sql(), QStringLiteral("nothing.here"), {});
        QVERIFY(value.ok());
        QVERIFY(value.value().isNull());
    }

    void writeOverwritesAndKeepsText()
    {
        TestFile file;
        const QString key = QStringLiteral("letters.my_name");
        const QString hostile = QStringLiteral("<b>x</b>\u202E'); DROP TABLE settings;--");
        QVERIFY(FileSettings::setValue(file.database->sql(), key, QStringLiteral("first"), {}));
        QVERIFY(FileSettings::setValue(file.database->sql(), key, hostile, {}));
        QCOMPARE(FileSettings::value(file.database->sql(), key, {}).value(), hostile);
        QCOMPARE(Sql::scalar(file.database->sql(),
                             QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"), {key},
                             {})
                     .value()
                     .toInt(),
                 1);
        // An empty text is a value, not a missing one.
        QVERIFY(FileSettings::setValue(file.database->sql(), key, QString(), {}));
        auto empty = FileSettings::value(file.database->sql(), key, {});
        QVERIFY(!empty.value().isNull());
        QVERIFY(empty.value().isEmpty());
    }

    void lettersAndPracticeShareTheTable()
    {
        TestFile file;
        LetterStore letters(file.database);
        PracticeStore practice(file.database);
        QVERIFY(letters.setMyName(QStringLiteral("  Alex   Doe ")));
        QVERIFY(practice.setDesiredRetention(0.85));
        QCOMPARE(letters.myName().value(), QStringLiteral("Alex Doe"));
        QCOMPARE(practice.desiredRetention(), 0.85);
        QCOMPARE(Sql::scalar(file.database->sql(), QStringLiteral("SELECT count(*) FROM settings"),
                             {}, {})
                     .value()
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestFileSettings)
#include "tst_filesettings.moc"
