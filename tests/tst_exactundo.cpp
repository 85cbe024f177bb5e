#include "TestSupport.h"

#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "ui/commands/AddApplicationCommand.h"
#include "ui/commands/EditApplicationCommand.h"
#include "ui/commands/PersonCommands.h"
#include "ui/commands/RemoveApplicationsCommand.h"
#include "ui/commands/RoundCommands.h"
#include "ui/commands/StageCommands.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

namespace {
PersonFields personNamed(const QString &name)
{
    PersonFields fields;
    fields.name = name;
    return fields;
}
} // namespace

// Undo puts back exactly what a delete took, including the rows the database deletes with
// it (rounds and their people now, the next tabs' rows later), with their original ids; redo
// gets back exactly the state after the delete. Compared on a dump of every table.
class TestExactUndo : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestFile file;
        RoundStore rounds{file.database};
        BoardModel board{file.store.get()};
        RoundSignals roundSignals;
        QUndoStack undo;
        qint64 acme = 0;  // an application with two rounds, each with people
        qint64 other = 0; // a bystander with a round of its own
        qint64 alice = 0; // an interviewer at Acme, in both rounds
        qint64 bob = 0;   // in the second round only
        qint64 first = 0; // Acme's rounds
        qint64 second = 0;

        Fixture()
        {
            acme = file.add(QStringLiteral("Acme"), QStringLiteral("Backend engineer"), 2);
            other = file.add(QStringLiteral("Globex"), QStringLiteral("Analyst"), 2);
            file.add(QStringLiteral("Initech"), QStringLiteral("Designer"), 2);
            const qint64 acmeCompany = rounds.companyOfApplication(acme).value();
            alice = person(acmeCompany, QStringLiteral("Alice <b>Hart</b>"));
            bob = person(acmeCompany, QStringLiteral("Bob <i>Evil</i> &amp;"));
            first = round(acme, QDate(2026, 11, 10), {alice});
            second = round(acme, QDate(2026, 11, 24), {bob, alice});
            const qint64 globexCompany = rounds.companyOfApplication(other).value();
            round(other, QDate(2026, 11, 25), {person(globexCompany, QStringLiteral("Carol"))});
            if (!board.reload().ok())
                qFatal("could not load the board");
        }

        qint64 person(qint64 companyId, const QString &name)
        {
            PersonFields fields;
            fields.name = name;
            fields.email =
                name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
            auto id = rounds.createPerson(companyId, fields);
            if (!id.ok())
                qFatal("could not add a person: %s", qPrintable(id.error()));
            return id.value();
        }

        qint64 round(qint64 applicationId, const QDate &day, const QList<qint64> &people)
        {
            RoundFields fields;
            fields.kind = RoundKind::Technical;
            fields.timeZoneId = QStringLiteral("Europe/Berlin");
            fields.start = RoundValidator::localToInstant(day, QTime(10, 0), fields.timeZoneId);
            fields.outcome = QStringLiteral("Asked about <script>x</script>");
            fields.peopleIds = people;
            auto id = rounds.createRound(applicationId, fields);
            if (!id.ok())
                qFatal("could not add a round: %s", qPrintable(id.error()));
            return id.value();
        }

        int count(const QString &statement) const
        {
            QSqlQuery query(file.database->sql());
            if (!query.exec(statement) || !query.next())
                qFatal("could not count: %s", qPrintable(statement));
            return query.value(0).toInt();
        }
    };

    // Pushes the command, then walks undo and redo twice, comparing whole dumps.
    static void checkExact(Fixture &f, QUndoCommand *command, const QStringList &before)
    {
        f.undo.push(command);
        QCOMPARE(f.undo.count(), 1);
        const QStringList after = f.file.dump();
        QVERIFY(after != before);
        for (int pass = 0; pass < 2; ++pass) {
            // A later clock must not leak into what undo and redo write back.
            Clock::setOverride(
                [pass] { return QDateTime(QDate(2026, 12, 1 + pass), QTime(8, 0), Qt::UTC); });
            f.undo.undo();
            QCOMPARE(f.file.dump(), before);
            f.undo.redo();
            QCOMPARE(f.file.dump(), after);
        }
    }

    // A second command on the same stack, from the state the first one left.
    static void checkExactAgain(Fixture &f, QUndoCommand *command)
    {
        f.undo.undo();
        const QStringList before = f.file.dump();
        f.undo.clear();
        checkExact(f, command, before);
    }

private slots:
    void deleteApplicationWithRoundsAndPeople()
    {
        Fixture f;
        QSignalSpy errors(&f.board, &BoardModel::errorOccurred);
        QCOMPARE(f.file.store->roundCount({f.acme}).value(), 2);
        QCOMPARE(f.file.store->roundCount({f.acme, f.other}).value(), 3);
        const QStringList before = f.file.dump();
        checkExact(f,
                   new RemoveApplicationsCommand(&f.board, {f.acme},
                                                 RemoveApplicationsCommand::Mode::Delete),
                   before);
        // The state after the delete really lacks the rounds and their people links.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM rounds")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM round_people")), 1);
        f.undo.undo();
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM rounds")), 3);
        auto restored = f.rounds.round(f.second);
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().fields.peopleIds, (QList<qint64>{f.bob, f.alice}));
        QCOMPARE(restored.value().number, 2);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    }

    void deleteSeveralApplicationsAtOnce()
    {
        Fixture f;
        const QStringList before = f.file.dump();
        checkExact(f,
                   new RemoveApplicationsCommand(&f.board, {f.other, f.acme},
                                                 RemoveApplicationsCommand::Mode::Delete),
                   before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM rounds")), 0);
    }

    void archiveKeepsRoundsAndUndoesExactly()
    {
        Fixture f;
        const QStringList before = f.file.dump();
        checkExact(f,
                   new RemoveApplicationsCommand(&f.board, {f.acme},
                                                 RemoveApplicationsCommand::Mode::Archive),
                   before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM rounds")), 3);
    }

    void deleteRoundWithPeople()
    {
        Fixture f;
        const QStringList before = f.file.dump();
        checkExact(f, new DeleteRoundCommand(&f.rounds, &f.roundSignals, f.second), before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM round_people WHERE round_id = ") +
                         QString::number(f.second)),
                 0);
    }

    void editRoundKeepsEverythingElse()
    {
        Fixture f;
        const QStringList before = f.file.dump();
        RoundFields changed = f.rounds.round(f.first).value().fields;
        changed.peopleIds = {f.bob};
        changed.location = QStringLiteral("Room <7> &amp; “B”");
        checkExact(f, new EditRoundCommand(&f.rounds, &f.roundSignals, f.first, changed), before);
    }

    void deletePersonListedInRounds()
    {
        Fixture f;
        const QStringList before = f.file.dump();
        checkExact(
            f,
            new DeletePersonCommand(&f.rounds, &f.roundSignals, f.alice, QStringLiteral("Alice")),
            before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM round_people WHERE person_id = ") +
                         QString::number(f.alice)),
                 0);
    }

    void addedPersonComesBackUnderTheSameId()
    {
        Fixture f;
        const qint64 company = f.rounds.companyOfApplication(f.acme).value();
        const QStringList before = f.file.dump();
        auto *command = new AddPersonCommand(&f.rounds, &f.roundSignals, company,
                                             personNamed(QStringLiteral("Dana")));
        checkExact(f, command, before);
        QVERIFY(command->personId() > f.bob);
        QCOMPARE(f.rounds.person(command->personId()).value().fields.name, QStringLiteral("Dana"));
    }

    void addedApplicationComesBackUnderTheSameId()
    {
        Fixture f;
        const QStringList before = f.file.dump();
        ApplicationFields fields;
        fields.company = QStringLiteral("Umbrella");
        fields.role = QStringLiteral("Tester");
        checkExact(f, new AddApplicationCommand(&f.board, fields, f.file.stageId(0)), before);
    }

    // Undoing the add removes the company it created; what was added to that company in the
    // meantime outside the undo stack (a person, research notes) goes with it, and redo
    // must bring all of it back, not only the company's row.
    void addedCompanyComesBackWithItsPeopleAndNotes()
    {
        Fixture f;
        ApplicationFields fields;
        fields.company = QStringLiteral("Umbrella <b>Corp</b>");
        fields.role = QStringLiteral("Tester");
        const QStringList before = f.file.dump();
        f.undo.push(new AddApplicationCommand(&f.board, fields, f.file.stageId(0)));
        QSqlQuery find(f.file.database->sql());
        QVERIFY(find.exec(
            QStringLiteral("SELECT id FROM companies WHERE name = 'Umbrella <b>Corp</b>'")));
        QVERIFY(find.next());
        const qint64 umbrella = find.value(0).toLongLong();
        const qint64 dana = f.person(umbrella, QStringLiteral("Dana <i>Scully</i>"));
        QSqlQuery rows(f.file.database->sql());
        QVERIFY2(rows.exec(QStringLiteral("INSERT INTO company_research (company_id, mission, "
                                          "updated_at) VALUES (%1, 'they ship <b>fast</b>', "
                                          "'2026-11-19T10:00:00.000Z')")
                               .arg(umbrella)),
                 qPrintable(rows.lastError().text()));
        const QStringList after = f.file.dump();
        for (int pass = 0; pass < 2; ++pass) {
            f.undo.undo();
            QCOMPARE(f.file.dump(), before);
            f.undo.redo();
            QCOMPARE(f.file.dump(), after);
        }
        QCOMPARE(f.rounds.person(dana).value().fields.name, QStringLiteral("Dana <i>Scully</i>"));
    }

    void editToNewCompanyUndoesExactly()
    {
        Fixture f;
        ApplicationFields fields = f.file.store->fields(f.other).value();
        fields.company = QStringLiteral("Hooli");
        const QStringList before = f.file.dump();
        f.undo.push(new EditApplicationCommand(&f.board, f.other, fields));
        const qint64 hooli = f.rounds.companyOfApplication(f.other).value();
        f.person(hooli, QStringLiteral("Gavin"));
        const QStringList after = f.file.dump();
        for (int pass = 0; pass < 2; ++pass) {
            f.undo.undo();
            QCOMPARE(f.file.dump(), before);
            f.undo.redo();
            QCOMPARE(f.file.dump(), after);
        }
    }

    void removeStageHoldingCards()
    {
        Fixture f;
        // One of the stage's cards is archived: it changes stage too, and back.
        QVERIFY(f.file.store->archiveApplications({f.other}).ok());
        QVERIFY(f.board.reload().ok());
        const qint64 stage = f.file.stageId(2);
        const qint64 target = f.file.stageId(4);
        QCOMPARE(f.file.column(2).size(), 2);
        const QStringList before = f.file.dump();
        checkExact(f, new RemoveStageCommand(&f.board, stage, target, QStringLiteral("Screening")),
                   before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stages WHERE id = ") +
                         QString::number(stage)),
                 0);
    }

    void notesGoAndComeBackWithTheApplication()
    {
        Fixture f;
        // The notes tab's rows: per round (one table without rowid), per application.
        QSqlQuery rows(f.file.database->sql());
        const QString second = QString::number(f.second);
        for (const QString &statement :
             {QStringLiteral("INSERT INTO round_notes (round_id, concerns, updated_at) VALUES "
                             "(%1, 'team size?', '2026-11-19T10:00:00.000Z')")
                  .arg(second),
              QStringLiteral("INSERT INTO round_checklist (round_id, item, ticked_at) VALUES "
                             "(%1, 'cv', '2026-11-19T10:00:00.000Z')")
                  .arg(second),
              QStringLiteral("INSERT INTO carried_decisions (source_round_id, field, item, "
                             "decided_at) VALUES (%1, 'concerns', 'team size?', "
                             "'2026-11-19T11:00:00.000Z')")
                  .arg(QString::number(f.first)),
              QStringLiteral("INSERT INTO application_salary (application_id, target, "
                             "currency) VALUES (%1, 70000, 'EUR')")
                  .arg(QString::number(f.acme))})
            QVERIFY2(rows.exec(statement), qPrintable(statement));
        const QStringList before = f.file.dump();
        checkExact(f,
                   new RemoveApplicationsCommand(&f.board, {f.acme},
                                                 RemoveApplicationsCommand::Mode::Delete),
                   before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM round_checklist")), 0);
        f.undo.undo();
        // The full-text index follows the restored notes.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM notes_search WHERE notes_search "
                                        "MATCH 'team'")),
                 1);
    }

    void practiceLinksGoAndComeBack()
    {
        Fixture f;
        // A question asked in Acme's second round: linked to the application (deleted with
        // it) and to the round (unlinked when only the round goes).
        QSqlQuery rows(f.file.database->sql());
        for (const QString &statement :
             {QStringLiteral("INSERT INTO questions (id, category, text, created_at, updated_at) "
                             "VALUES (990007, 'behavioural', 'Tell me about <b>conflict</b>', "
                             "'2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')"),
              QStringLiteral("INSERT INTO question_applications (question_id, application_id, "
                             "round_id, created_at) VALUES (990007, %1, %2, "
                             "'2026-11-19T10:00:00.000Z')")
                  .arg(QString::number(f.acme), QString::number(f.second)),
              QStringLiteral(
                  "INSERT INTO round_questions (round_id, question_id) VALUES (%1, 990007)")
                  .arg(QString::number(f.first))})
            QVERIFY2(rows.exec(statement), qPrintable(statement));
        const QStringList before = f.file.dump();
        checkExact(f, new DeleteRoundCommand(&f.rounds, &f.roundSignals, f.second), before);
        checkExactAgain(f, new RemoveApplicationsCommand(&f.board, {f.acme},
                                                         RemoveApplicationsCommand::Mode::Delete));
    }

    void cascadeFindsEveryDependant()
    {
        Fixture f;
        auto application = f.file.store->snapshot(f.acme);
        QVERIFY(application.ok());
        QCOMPARE(application.value().dependants.rows(QStringLiteral("rounds")).size(), 2);
        QCOMPARE(application.value().dependants.rows(QStringLiteral("round_people")).size(), 3);
        QCOMPARE(application.value().dependants.rows(QStringLiteral("stage_history")).size(), 1);
        auto person = f.rounds.personSnapshot(f.alice);
        QVERIFY(person.ok());
        QCOMPARE(person.value().dependants.rows(QStringLiteral("round_people")).size(), 2);
    }

    void cascadeCoversATableAddedLater()
    {
        Fixture f;
        // What a later feature's migration would add: rows per round, and per application.
        QSqlQuery ddl(f.file.database->sql());
        QVERIFY(ddl.exec(QStringLiteral(
            "CREATE TABLE round_letters (id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL "
            "REFERENCES rounds (id) ON DELETE CASCADE, body TEXT NOT NULL)")));
        QVERIFY(ddl.exec(QStringLiteral("INSERT INTO round_letters (round_id, body) VALUES (") +
                         QString::number(f.second) + QStringLiteral(", 'prepare the demo')")));
        QVERIFY(f.board.reload().ok());
        const QStringList before = f.file.dump();
        QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("prepare the demo")));
        checkExact(f,
                   new RemoveApplicationsCommand(&f.board, {f.acme},
                                                 RemoveApplicationsCommand::Mode::Delete),
                   before);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM round_letters")), 0);
    }
};

QTEST_MAIN(TestExactUndo)
#include "tst_exactundo.moc"
