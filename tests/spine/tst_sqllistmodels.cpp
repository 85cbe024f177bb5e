#include "TestSupport.h"

#include "core/RoundStore.h"
#include "models/ArchivedListModel.h"
#include "models/rounds/ApplicationRoundsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// A list over a statement that cannot run, to see the failure reported.
class BrokenListModel : public SqlListModel
{
public:
    explicit BrokenListModel(Database &database)
        : SqlListModel(database)
    {
        setStatement(QStringLiteral("SELECT id FROM no_such_table"));
        setFailureText(QStringLiteral("The broken list could not be read."));
    }
};

} // namespace

// The flat lists are QSqlQueryModels over statements their stores own.
class TestSqlListModels : public QObject
{
    Q_OBJECT

private slots:
    void archivedApplicationsNewestFirst()
    {
        TestFile file;
        const qint64 first = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 second = file.add(QStringLiteral("<b>Globex</b>"), QStringLiteral("Analyst"));
        file.add(QStringLiteral("Initech"), QStringLiteral("Tester"));
        QVERIFY(file.store->archiveApplications({first}).ok());
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC); });
        QVERIFY(file.store->archiveApplications({second}).ok());

        ArchivedListModel model(*file.database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.applicationId(0), second);
        QCOMPARE(model.applicationId(1), first);
        QCOMPARE(model.index(0, ArchivedListModel::CompanyColumn).data().toString(),
                 QStringLiteral("<b>Globex</b>"));
        QCOMPARE(model.rowOf(first), 1);
        QCOMPARE(model.rowOf(9999), -1);

        // Re-selected after a change, it follows the file.
        QVERIFY(file.store->unarchiveApplications({second}).ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 1);
    }

    void applicationRoundsNumberedWithPeopleInOrder()
    {
        TestFile file;
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 other = file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
        RoundStore rounds(file.database);
        const qint64 company = rounds.companyOfApplication(app).value();
        PersonFields zoe;
        zoe.name = QStringLiteral("Zoë \"Z\", Ng");
        PersonFields ann;
        ann.name = QStringLiteral("Ann");
        const qint64 zoeId = rounds.createPerson(company, zoe).value();
        const qint64 annId = rounds.createPerson(company, ann).value();
        RoundFields later;
        later.timeZoneId = QStringLiteral("UTC");
        later.start = QDateTime(QDate(2026, 12, 10), QTime(10, 0), Qt::UTC);
        later.peopleIds = {zoeId, annId};
        RoundFields earlier = later;
        earlier.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        earlier.peopleIds = {};
        const qint64 laterId = rounds.createRound(app, later).value();
        const qint64 earlierId = rounds.createRound(app, earlier).value();
        QVERIFY(rounds.createRound(other, later).ok());

        ApplicationRoundsModel model(*file.database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApplication(app);
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 2);
        const RoundInfo first = model.roundAt(0);
        QCOMPARE(first.id, earlierId);
        QCOMPARE(first.number, 1);
        QVERIFY(first.people.isEmpty());
        const RoundInfo second = model.roundAt(1);
        QCOMPARE(second.id, laterId);
        QCOMPARE(second.number, 2);
        QCOMPARE(second.startUtc, later.start);
        QCOMPARE(second.people.size(), 2);
        QCOMPARE(second.people.at(0).fields.name, zoe.name);
        QCOMPARE(second.people.at(1).fields.name, ann.name);
    }

    void failedQueryIsReportedNotEmpty()
    {
        TestFile file;
        BrokenListModel model(*file.database);
        QSignalSpy errors(&model, &SqlListModel::errorOccurred);
        const Status read = model.refresh();
        QVERIFY(!read.ok());
        QVERIFY(read.error().contains(QStringLiteral("The broken list could not be read.")));
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlListModels)
#include "tst_sqllistmodels.moc"
