#include "TestSupport.h"

#include "core/ApplicationValidator.h"
#include "core/RoundStore.h"
#include "core/SampleData.h"

class TestPipelineStore : public QObject
{
    Q_OBJECT

private slots:
    void createPutsCardOnTopWithHistory()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = f.add(QStringLiteral("Globex"), QStringLiteral("Designer"));
        QCOMPARE(f.column(0), (QList<qint64>{b, a}));
        auto history = f.store->history(a);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 1);
        QVERIFY(history.value().first().fromStage.isEmpty());
        QCOMPARE(history.value().first().toStage, QStringLiteral("Saved"));
    }

    void companiesAreSharedCaseInsensitively()
    {
        TestFile f;
        f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.add(QStringLiteral("acme"), QStringLiteral("Manager"));
        QCOMPARE(f.store->companyNames().value(), QStringList{QStringLiteral("Acme")});
    }

    void fieldsRoundTrip()
    {
        TestFile f;
        ApplicationFields fields;
        fields.company = QStringLiteral("Müller & Söhne");
        fields.role = QStringLiteral("Data analyst");
        fields.jobUrl = QStringLiteral("https://jobs.example/1");
        fields.location = QStringLiteral("Köln");
        fields.salaryMin = 55000;
        fields.salaryMax = 70000;
        fields.currency = QStringLiteral("EUR");
        fields.source = QStringLiteral("Referral");
        fields.appliedOn = QDate(2026, 10, 1);
        fields.deadline = QDate(2026, 12, 1);
        fields.excitement = 5;
        fields.description = QStringLiteral("Line one\nLine two; 'quoted' \"text\"");
        fields.notes = QStringLiteral("Robert'); DROP TABLE applications;--");
        auto id = f.store->createApplication(fields, f.stageId(1));
        QVERIFY(id.ok());
        QCOMPARE(f.store->fields(id.value()).value(), fields);
        fields.salaryMin.reset();
        fields.deadline = QDate();
        QVERIFY(f.store->updateApplication(id.value(), fields).ok());
        QCOMPARE(f.store->fields(id.value()).value(), fields);
    }

    void moveToOtherStageRecordsHistory()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"), 1);
        auto moves = f.store->moveApplications({a}, f.stageId(1), c);
        QVERIFY2(moves.ok(), qPrintable(moves.error()));
        QCOMPARE(f.column(0), QList<qint64>{b});
        QCOMPARE(f.column(1), (QList<qint64>{a, c}));
        QCOMPARE(moves.value().size(), 1);
        QVERIFY(moves.value().first().historyId != 0);
        auto history = f.store->history(a).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().fromStage, QStringLiteral("Saved"));
        QCOMPARE(history.last().toStage, QStringLiteral("Applied"));
        QCOMPARE(history.last().movedAt, Clock::nowUtc());
    }

    void reorderInsideColumnHasNoHistory()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"));
        QCOMPARE(f.column(0), (QList<qint64>{c, b, a}));
        QVERIFY(f.store->moveApplications({c}, f.stageId(0), 0).ok());
        QCOMPARE(f.column(0), (QList<qint64>{b, a, c}));
        QVERIFY(f.store->moveApplications({a}, f.stageId(0), b).ok());
        QCOMPARE(f.column(0), (QList<qint64>{a, b, c}));
        QCOMPARE(f.historyCount(a), 1);
        QCOMPARE(f.historyCount(c), 1);
    }

    void severalCardsMoveTogetherInOrder()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"));
        const qint64 x = f.add(QStringLiteral("X"), QStringLiteral("r"), 2);
        const qint64 y = f.add(QStringLiteral("Y"), QStringLiteral("r"), 2);
        QCOMPARE(f.column(2), (QList<qint64>{y, x}));
        QVERIFY(f.store->moveApplications({c, a}, f.stageId(2), x).ok());
        QCOMPARE(f.column(0), QList<qint64>{b});
        QCOMPARE(f.column(2), (QList<qint64>{y, c, a, x}));
    }

    void revertRestoresDatabaseExactly()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"), 3);
        f.add(QStringLiteral("D"), QStringLiteral("r"), 3);
        const QStringList before = f.dump();
        auto moves = f.store->moveApplications({a, c}, f.stageId(1), 0);
        QVERIFY(moves.ok());
        QVERIFY(f.dump() != before);
        QVERIFY(f.store->revertMoves(moves.value()).ok());
        QCOMPARE(f.dump(), before);
    }

    void moveRefusesSelfAnchorAndMissingCards()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const QStringList before = f.dump();
        QVERIFY(!f.store->moveApplications({a}, f.stageId(0), a).ok());
        auto missing = f.store->moveApplications({a, 9999}, f.stageId(1), 0);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("no longer exists")));
        QCOMPARE(f.dump(), before);
    }

    void archiveAndRestoreExactly()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"));
        const QStringList before = f.dump();
        QList<ApplicationSnapshot> snapshots{f.store->snapshot(a).value(),
                                             f.store->snapshot(c).value()};
        QVERIFY(f.store->archiveApplications({a, c}).ok());
        QCOMPARE(f.column(0), QList<qint64>{b});
        QCOMPARE(f.store->cards().value().size(), 1);
        QVERIFY(f.store->restoreApplications(snapshots).ok());
        QCOMPARE(f.dump(), before);
    }

    void unarchiveAndBackExactly()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        QVERIFY(f.store->archiveApplications({a}).ok());
        const QStringList archived = f.dump();
        const ApplicationSnapshot snapshot = f.store->snapshot(a).value();
        QVERIFY(f.store->unarchiveApplications({a}).ok());
        QCOMPARE(f.column(0), (QList<qint64>{a, b}));
        QVERIFY(!f.store->unarchiveApplications({a}).ok());
        QVERIFY(f.store->returnToArchive({snapshot}).ok());
        QCOMPARE(f.dump(), archived);
    }

    void deleteAndRestoreExactly()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        QVERIFY(f.store->moveApplications({a}, f.stageId(2), 0).ok());
        const QStringList before = f.dump();
        QList<ApplicationSnapshot> snapshots{f.store->snapshot(a).value(),
                                             f.store->snapshot(b).value()};
        QVERIFY(f.store->deleteApplications({a, b}).ok());
        QCOMPARE(f.historyCount(a), 0);
        QVERIFY(f.store->restoreApplications(snapshots).ok());
        QCOMPARE(f.dump(), before);
    }

    // The end of undoing an import: the applications, then the companies nobody uses any
    // more with what went along with them (a person met there); one still in use stays.
    void deleteApplicationsAndUnusedCompaniesRestoresExactly()
    {
        TestFile f;
        const qint64 acmeApp = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 globexApp = f.add(QStringLiteral("Globex"), QStringLiteral("Designer"));
        f.add(QStringLiteral("Globex"), QStringLiteral("Tester"));
        const qint64 acme = f.store->snapshot(acmeApp).value().companyId();
        const qint64 globex = f.store->snapshot(globexApp).value().companyId();
        PersonFields person;
        person.name = QStringLiteral("Ada <b>Lovelace</b>");
        QVERIFY(RoundStore(f.database).createPerson(acme, person).ok());
        const QStringList before = f.dump();
        const QList<ApplicationSnapshot> applications{f.store->snapshot(acmeApp).value(),
                                                      f.store->snapshot(globexApp).value()};

        auto removed =
            f.store->deleteApplicationsAndUnusedCompanies({globexApp, acmeApp}, {acme, globex});
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(removed.value().size(), 1);
        QCOMPARE(removed.value().first().row.value(QStringLiteral("id")).toLongLong(), acme);
        QCOMPARE(f.store->companyNames().value(), QStringList{QStringLiteral("Globex")});
        QVERIFY(RoundStore(f.database).peopleOfCompany(acme).value().isEmpty());

        QVERIFY(f.store->restoreCompany(removed.value().first()).ok());
        QVERIFY(f.store->restoreApplications(applications).ok());
        QCOMPARE(f.dump(), before);
    }

    // Nothing to delete is nothing deleted.
    void deleteNoApplicationsAndCompaniesChangesNothing()
    {
        TestFile f;
        f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QStringList before = f.dump();
        auto removed = f.store->deleteApplicationsAndUnusedCompanies({}, {});
        QVERIFY(removed.ok());
        QVERIFY(removed.value().isEmpty());
        QCOMPARE(f.dump(), before);
    }

    void overwriteUndoesAnEdit()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const QStringList before = f.dump();
        auto snapshot = f.store->snapshot(a).value();
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC); });
        ApplicationFields fields = f.store->fields(a).value();
        fields.role = QStringLiteral("Changed");
        QVERIFY(f.store->updateApplication(a, fields).ok());
        QVERIFY(f.store->overwriteApplication(snapshot).ok());
        QCOMPARE(f.dump(), before);
    }

    void stagesAddRenameSwapRemove()
    {
        TestFile f;
        auto added = f.store->addStage(QStringLiteral("On hold"), false);
        QVERIFY(added.ok());
        QVERIFY(!f.store->addStage(QStringLiteral("on HOLD"), false).ok());
        QVERIFY(!f.store->addStage(QStringLiteral("   "), false).ok());
        QVERIFY(!f.store->addStage(QString(61, QLatin1Char('x')), false).ok());
        QVERIFY(f.store->renameStage(added.value().id, QStringLiteral("Paused")).ok());
        QVERIFY(!f.store->renameStage(added.value().id, QStringLiteral("Applied")).ok());
        const QList<StageInfo> stages = f.store->stages().value();
        QVERIFY(f.store->swapStages(stages.at(0).id, stages.at(1).id).ok());
        QCOMPARE(f.store->stages().value().at(0).name, QStringLiteral("Applied"));
        QVERIFY(f.store->swapStages(stages.at(0).id, stages.at(1).id).ok());
        QCOMPARE(f.store->stages().value().at(0).name, QStringLiteral("Saved"));
        QVERIFY(f.store->deleteEmptyStage(added.value().id).ok());
        QCOMPARE(f.store->stages().value().size(), 10);
    }

    void removeStageMovesCardsAndUndoRestoresExactly()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"), 2);
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"), 2);
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"), 2);
        QVERIFY(f.store->archiveApplications({b}).ok());
        const qint64 screening = f.stageId(2);
        const QStringList before = f.dump();
        QVERIFY(!f.store->removeStage(screening, 0).ok());
        QCOMPARE(f.dump(), before);
        auto removal = f.store->removeStage(screening, f.stageId(1));
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QCOMPARE(f.store->stages().value().size(), 9);
        QCOMPARE(f.column(1), (QList<qint64>{c, a}));
        QCOMPARE(f.store->history(a).value().last().fromStage, QStringLiteral("Screening"));
        QVERIFY(f.store->restoreStage(removal.value()).ok());
        QCOMPARE(f.dump(), before);
    }

    void validatorRefusesBadInput_data()
    {
        QTest::addColumn<ApplicationFields>("fields");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        ApplicationFields good;
        good.company = QStringLiteral("Acme");
        good.role = QStringLiteral("Engineer");
        auto with = [&](auto change) {
            ApplicationFields f = good;
            change(f);
            return f;
        };
        using F = ApplicationValidator::Field;
        QTest::newRow("empty company") << with([](auto &f) { f.company = QStringLiteral("  "); })
                                       << int(F::Company) << QStringLiteral("company");
        QTest::newRow("empty role")
            << with([](auto &f) { f.role.clear(); }) << int(F::Role) << QStringLiteral("role");
        QTest::newRow("ftp link") << with([](auto &f) { f.jobUrl = QStringLiteral("ftp://x.org"); })
                                  << int(F::JobUrl) << QStringLiteral("http");
        QTest::newRow("no host") << with([](auto &f) { f.jobUrl = QStringLiteral("https://"); })
                                 << int(F::JobUrl) << QStringLiteral("http");
        QTest::newRow("min > max") << with([](auto &f) {
            f.salaryMin = 90000;
            f.salaryMax = 60000;
            f.currency = QStringLiteral("EUR");
        }) << int(F::SalaryMax) << QStringLiteral("lower than the minimum");
        QTest::newRow("bad currency") << with([](auto &f) { f.currency = QStringLiteral("euro"); })
                                      << int(F::Currency) << QStringLiteral("three-letter");
        QTest::newRow("salary without currency") << with([](auto &f) { f.salaryMin = 1; })
                                                 << int(F::Currency) << QStringLiteral("currency");
        QTest::newRow("future applied") << with([](auto &f) { f.appliedOn = QDate(2027, 1, 1); })
                                        << int(F::AppliedOn) << QStringLiteral("future");
        QTest::newRow("excitement 6") << with([](auto &f) { f.excitement = 6; })
                                      << int(F::Excitement) << QStringLiteral("1 to 5");
        QTest::newRow("long role") << with([](auto &f) { f.role = QString(201, QLatin1Char('r')); })
                                   << int(F::Role) << QStringLiteral("too long");
    }

    void validatorRefusesBadInput()
    {
        QFETCH(ApplicationFields, fields);
        QFETCH(int, field);
        QFETCH(QString, message);
        const auto problems = ApplicationValidator::validate(fields, QDate(2026, 11, 20));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    }

    void validatorAcceptsGoodInput()
    {
        ApplicationFields fields;
        fields.company = QStringLiteral("Acme");
        fields.role = QStringLiteral("Engineer");
        fields.jobUrl = QStringLiteral("https://acme.example/jobs/1?ref=x");
        fields.salaryMin = 50000;
        fields.salaryMax = 50000;
        fields.currency = QStringLiteral("USD");
        fields.appliedOn = QDate(2026, 11, 20);
        QVERIFY(ApplicationValidator::validate(fields, QDate(2026, 11, 20)).isEmpty());
    }

    void databaseRejectsInvalidRowsEvenWithoutValidator()
    {
        TestFile f;
        const QStringList before = f.dump();
        ApplicationFields fields;
        fields.company = QStringLiteral("Acme");
        fields.role = QStringLiteral("Engineer");
        fields.salaryMin = 10;
        fields.salaryMax = 5;
        auto refused = f.store->createApplication(fields, f.stageId(0));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
        fields.salaryMax = 20;
        fields.role = QStringLiteral(" ");
        QVERIFY(!f.store->createApplication(fields, f.stageId(0)).ok());
        QCOMPARE(f.dump(), before);
    }

    void storeRefusesWhatTheFormWouldRefuse_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bidi override") << QStringLiteral("Acme\u202Egnp.exe")
                                       << QStringLiteral("QA") << QStringLiteral("one line");
        QTest::newRow("line break") << QStringLiteral("Acme") << QStringLiteral("Lead\nEngineer")
                                    << QStringLiteral("one line");
        QTest::newRow("too long") << QString(ApplicationValidator::MaxNameLength + 1,
                                             QLatin1Char('x'))
                                  << QStringLiteral("QA") << QStringLiteral("too long");
    }

    void storeRefusesWhatTheFormWouldRefuse()
    {
        QFETCH(QString, company);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        TestFile f;
        const qint64 kept = f.add(QStringLiteral("Globex"), QStringLiteral("Designer"));
        const QStringList before = f.dump();
        ApplicationFields fields;
        fields.company = company;
        fields.role = role;
        auto created = f.store->createApplication(fields, f.stageId(0));
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(expected), qPrintable(created.error()));
        Status updated = f.store->updateApplication(kept, fields);
        QVERIFY(!updated);
        QVERIFY2(updated.error().contains(expected), qPrintable(updated.error()));
        QCOMPARE(f.dump(), before);
    }

    void sampleDataFillsEmptyFileOnly()
    {
        TestFile f;
        auto filled = SampleData::fill(*f.database);
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
        QCOMPARE(filled.value(), SampleData::DefaultCount);
        auto cards = f.store->cards().value();
        QCOMPARE(cards.size(), SampleData::DefaultCount);
        QSet<qint64> stagesUsed;
        for (const CardInfo &card : cards)
            stagesUsed.insert(card.stageId);
        QVERIFY(stagesUsed.size() >= 5);
        // Every column is numbered 0..n-1 with no gaps.
        for (int s = 0; s < 10; ++s) {
            const QList<qint64> column = f.column(s);
            QSqlQuery query(f.database->sql());
            query.prepare(
                QStringLiteral("SELECT group_concat(position) FROM (SELECT position "
                               "FROM applications WHERE stage_id = ? ORDER BY position)"));
            query.addBindValue(f.stageId(s));
            QVERIFY(query.exec() && query.next());
            QStringList expected;
            for (int i = 0; i < column.size(); ++i)
                expected << QString::number(i);
            QCOMPARE(query.value(0).toString(), expected.join(QLatin1Char(',')));
        }
        // The rounds come with notes, ticks and salary figures (the notes tab, the cards'
        // "Prep 5/9" and the prep sheet show them).
        for (const char *table : {"round_notes", "round_checklist", "application_salary"}) {
            QSqlQuery count(f.database->sql());
            QVERIFY(
                count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
                count.next());
            QVERIFY2(count.value(0).toInt() > 0, table);
        }
        QVERIFY(f.database->check().ok());
        const QStringList before = f.dump();
        auto again = SampleData::fill(*f.database);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("empty")));
        QCOMPARE(f.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestPipelineStore)
#include "tst_pipelinestore.moc"
