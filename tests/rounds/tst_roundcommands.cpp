#include "FakePrompter.h"
#include "RoundTestSupport.h"

#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "ui/commands/PersonCommands.h"
#include "ui/commands/RoundCommands.h"
#include "ui/rounds/RoundDialog.h"
#include "ui/rounds/RoundScheduler.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTimeEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const QDate Day(2026, 12, 1);

// Fills the round form with a valid round and saves it, the way a user would finish.
int acceptValidRound(QDialog &dialog)
{
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    auto *time = dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"));
    date->setDate(Day);
    time->setTime(QTime(14, 0));
    dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))
        ->setEditText(QStringLiteral("Europe/Berlin"));
    dialog.accept();
    return dialog.result();
}

} // namespace

class TestRoundCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The user's own zone, so local times in the expectations are fixed.
        qputenv("TZ", "UTC");
    }

    void init()
    {
        m_file = std::make_unique<TestFile>();
        m_store = std::make_unique<RoundStore>(m_file->database);
        m_signals = std::make_unique<RoundSignals>();
        m_undo = std::make_unique<QUndoStack>();
        m_app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        m_company = valueOf(m_store->companyOfApplication(m_app));
    }

    void cleanup()
    {
        m_undo.reset();
        m_signals.reset();
        m_store.reset();
        m_file.reset();
    }

    void addRoundUndoRedo()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const QStringList before = fullDump(*m_file);
        QSignalSpy changed(m_signals.get(), &RoundSignals::roundsChanged);
        RoundFields fields = roundAt(Day, QTime(14, 0), QStringLiteral("Europe/Berlin"));
        fields.peopleIds = {ann};
        auto *command = new AddRoundCommand(m_store.get(), m_signals.get(), m_app, fields);
        m_undo->push(command);
        QVERIFY(command->roundId() != 0);
        QCOMPARE(changed.count(), 1);
        const RoundInfo round = valueOf(m_store->round(command->roundId()));
        QCOMPARE(round.startUtc, QDateTime(Day, QTime(13, 0), Qt::UTC));
        QCOMPARE(round.fields.peopleIds, QList<qint64>{ann});
        const QStringList after = fullDump(*m_file);

        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(changed.count(), 2);
        m_undo->redo();
        // The same id and calendar uid come back, not a new round.
        QCOMPARE(fullDump(*m_file), after);
        QCOMPARE(valueOf(m_store->round(command->roundId())).uid, round.uid);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
    }

    void editRoundUndoRedo()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        RoundFields original = roundAt(Day, QTime(9, 0));
        original.peopleIds = {ann};
        const qint64 id = valueOf(m_store->createRound(m_app, original));
        // The edit happens later than the creation, so a restored modification time shows.
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC); });
        const QStringList before = fullDump(*m_file);

        RoundFields edited =
            roundAt(Day.addDays(1), QTime(16, 30), QStringLiteral("Asia/Tokyo"), 90);
        edited.kind = RoundKind::Panel;
        edited.reason = RoundReason::ChoosingFinalists;
        edited.location = u"Floor 3"_s;
        edited.peopleIds = {bob, ann};
        QSignalSpy changed(m_signals.get(), &RoundSignals::roundsChanged);
        m_undo->push(new EditRoundCommand(m_store.get(), m_signals.get(), id, edited));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->text(0), u"Edit Round 1 at Acme"_s);
        const RoundInfo round = valueOf(m_store->round(id));
        QCOMPARE(round.fields.kind, RoundKind::Panel);
        QCOMPARE(round.fields.peopleIds, (QList<qint64>{bob, ann}));
        QCOMPARE(round.startUtc, QDateTime(Day.addDays(1), QTime(7, 30), Qt::UTC));
        const QStringList after = fullDump(*m_file);
        QVERIFY(after != before);

        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
        QCOMPARE(changed.count(), 3);
    }

    void deleteRoundUndoRedo()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann};
        fields.outcome = u"They will call on Friday."_s;
        const qint64 id = valueOf(m_store->createRound(m_app, fields));
        const QStringList before = fullDump(*m_file);

        m_undo->push(new DeleteRoundCommand(m_store.get(), m_signals.get(), id));
        QCOMPARE(rowCount(*m_file, u"rounds"_s), 0);
        QCOMPARE(rowCount(*m_file, u"round_people"_s), 0);
        QCOMPARE(rowCount(*m_file, u"people"_s), 1);
        const QStringList after = fullDump(*m_file);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
    }

    void rescheduleUndoRedo()
    {
        const qint64 id = valueOf(m_store->createRound(
            m_app, roundAt(Day, QTime(9, 0), QStringLiteral("Europe/Berlin"))));
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC); });
        const QStringList before = fullDump(*m_file);
        const QDateTime moved(Day.addDays(2), QTime(12, 15), Qt::UTC);
        m_undo->push(new RescheduleRoundCommand(m_store.get(), m_signals.get(), id, moved));
        const RoundInfo round = valueOf(m_store->round(id));
        QCOMPARE(round.startUtc, moved);
        // Only the time moved: the zone it was arranged in stays.
        QCOMPARE(round.fields.timeZoneId, u"Europe/Berlin"_s);
        const QStringList after = fullDump(*m_file);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
    }

    void addPersonUndoRedo()
    {
        const QStringList before = fullDump(*m_file);
        QSignalSpy changed(m_signals.get(), &RoundSignals::peopleChanged);
        PersonFields fields = personNamed(u"Ann Smith"_s, u"Head of platform"_s);
        fields.email = u"ann@acme.example"_s;
        fields.notes = u"Reliability, on-call load"_s;
        auto *command = new AddPersonCommand(m_store.get(), m_signals.get(), m_company, fields);
        m_undo->push(command);
        QVERIFY(command->personId() != 0);
        QCOMPARE(valueOf(m_store->person(command->personId())).fields, fields);
        QCOMPARE(changed.count(), 1);
        const QStringList after = fullDump(*m_file);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
        QCOMPARE(changed.count(), 3);
    }

    void editPersonUndoRedo()
    {
        PersonFields original = personNamed(u"Ann"_s, u"Recruiter"_s);
        original.phone = u"+49 30 1234"_s;
        const qint64 id = valueOf(m_store->createPerson(m_company, original));
        const QStringList before = fullDump(*m_file);
        PersonFields edited = original;
        edited.title = u"Talent lead"_s;
        edited.profileUrl = u"https://example.org/ann"_s;
        m_undo->push(new EditPersonCommand(m_store.get(), m_signals.get(), id, edited));
        QCOMPARE(valueOf(m_store->person(id)).fields, edited);
        const QStringList after = fullDump(*m_file);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
    }

    void failedFirstRedoIsReportedAndDropped()
    {
        const qint64 round = valueOf(m_store->createRound(m_app, roundAt(Day, QTime(9, 0))));
        const QStringList before = fullDump(*m_file);
        QSignalSpy errors(m_signals.get(), &RoundSignals::errorOccurred);
        RoundSignals *s = m_signals.get();
        RoundStore *st = m_store.get();

        RoundFields tooShort = roundAt(Day, QTime(11, 0));
        tooShort.durationMinutes = 3;
        m_undo->push(new AddRoundCommand(st, s, m_app, tooShort));
        m_undo->push(new EditRoundCommand(st, s, round, tooShort));
        m_undo->push(new EditRoundCommand(st, s, 999, roundAt(Day, QTime(11, 0))));
        m_undo->push(new DeleteRoundCommand(st, s, 999));
        m_undo->push(new RescheduleRoundCommand(st, s, 999, QDateTime(Day, QTime(8, 0), Qt::UTC)));
        m_undo->push(new RescheduleRoundCommand(st, s, round, QDateTime()));
        m_undo->push(new AddPersonCommand(st, s, m_company, personNamed(u"  "_s)));
        m_undo->push(new EditPersonCommand(st, s, 999, personNamed(u"Ann"_s)));

        // Nothing was written, every failure was told, and nothing is left to undo.
        QCOMPARE(errors.count(), 8);
        QCOMPARE(errors.first().first().toString(),
                 u"The duration must be between 5 and 600 minutes."_s);
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(fullDump(*m_file), before);
    }

    void undoOfAddedPersonStillListedIsRefusedAndReported()
    {
        auto *add =
            new AddPersonCommand(m_store.get(), m_signals.get(), m_company, personNamed(u"Ann"_s));
        m_undo->push(add);
        // Listed in a round behind the stack's back: undo must not lose the round's data.
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {add->personId()};
        QVERIFY(m_store->createRound(m_app, fields).ok());
        QSignalSpy errors(m_signals.get(), &RoundSignals::errorOccurred);
        m_undo->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(rowCount(*m_file, u"people"_s), 1);
    }

    // ---- RoundScheduler -----------------------------------------------------------------

    void schedulerMovesEarlyApplicationAsOneUndoStep()
    {
        BoardModel board(m_file->store.get());
        QVERIFY(board.reload().ok());
        FakePrompter prompter;
        prompter.dialogHandler = acceptValidRound;
        prompter.confirmAnswer = true;
        const QStringList before = fullDump(*m_file);
        QCOMPARE(m_file->historyCount(m_app), 1);

        QVERIFY(RoundScheduler::scheduleRound(nullptr, m_store.get(), &board, m_undo.get(),
                                              m_signals.get(), m_app));
        QCOMPARE(prompter.questions.size(), 1);
        QVERIFY(prompter.questions.first().contains(u"“Interviewing”"_s));
        QCOMPARE(rowCount(*m_file, u"rounds"_s), 1);
        QCOMPARE(m_file->column(3), QList<qint64>{m_app});
        QCOMPARE(m_file->historyCount(m_app), 2);
        const auto history = valueOf(m_file->store->history(m_app));
        QCOMPARE(history.last().fromStage, u"Saved"_s);
        QCOMPARE(history.last().toStage, u"Interviewing"_s);
        QCOMPARE(board.cardIndex(m_app).parent().row(), 3);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), u"Schedule round"_s);
        const QStringList after = fullDump(*m_file);

        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(board.cardIndex(m_app).parent().row(), 0);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
    }

    void schedulerWithoutMoveAddsOnlyTheRound()
    {
        BoardModel board(m_file->store.get());
        QVERIFY(board.reload().ok());
        FakePrompter prompter;
        prompter.dialogHandler = acceptValidRound;
        prompter.confirmAnswer = false;
        const QStringList before = fullDump(*m_file);
        QVERIFY(RoundScheduler::scheduleRound(nullptr, m_store.get(), &board, m_undo.get(),
                                              m_signals.get(), m_app));
        QCOMPARE(prompter.questions.size(), 1);
        QCOMPARE(rowCount(*m_file, u"rounds"_s), 1);
        QCOMPARE(m_file->column(0), QList<qint64>{m_app});
        QCOMPARE(m_file->historyCount(m_app), 1);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
    }

    void schedulerAsksNothingPastTheEarlyStages()
    {
        const qint64 screening = m_file->add(u"Initech"_s, u"Analyst"_s, 2);
        const qint64 applied = m_file->add(u"Globex"_s, u"Designer"_s, 1);
        BoardModel board(m_file->store.get());
        QVERIFY(board.reload().ok());
        QCOMPARE(RoundScheduler::interviewStageToOffer(&board, screening), 0);
        QCOMPARE(RoundScheduler::interviewStageToOffer(&board, applied), m_file->stageId(3));
        FakePrompter prompter;
        prompter.dialogHandler = acceptValidRound;
        QVERIFY(RoundScheduler::scheduleRound(nullptr, m_store.get(), &board, m_undo.get(),
                                              m_signals.get(), screening));
        QVERIFY(prompter.questions.isEmpty());
        QCOMPARE(m_file->column(2), QList<qint64>{screening});
    }

    void schedulerCancelledAddsNothing()
    {
        BoardModel board(m_file->store.get());
        QVERIFY(board.reload().ok());
        FakePrompter prompter; // rejects every dialog
        const QStringList before = fullDump(*m_file);
        QVERIFY(!RoundScheduler::scheduleRound(nullptr, m_store.get(), &board, m_undo.get(),
                                               m_signals.get(), m_app));
        QVERIFY(prompter.questions.isEmpty());
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(fullDump(*m_file), before);
    }

    void schedulerFailureLeavesNoStepAndNoMove()
    {
        BoardModel board(m_file->store.get());
        QVERIFY(board.reload().ok());
        // The disk refuses the round after the user said yes to the move.
        QSqlQuery trigger(m_file->database->sql());
        QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON rounds "
                             "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        FakePrompter prompter;
        prompter.dialogHandler = acceptValidRound;
        QSignalSpy errors(m_signals.get(), &RoundSignals::errorOccurred);
        const QStringList before = fullDump(*m_file);
        QVERIFY(!RoundScheduler::scheduleRound(nullptr, m_store.get(), &board, m_undo.get(),
                                               m_signals.get(), m_app));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_undo->count(), 0);
        QVERIFY(!m_undo->canRedo());
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(board.cardIndex(m_app).parent().row(), 0);
    }

private:
    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<RoundStore> m_store;
    std::unique_ptr<RoundSignals> m_signals;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_app = 0;
    qint64 m_company = 0;
};

QTEST_MAIN(TestRoundCommands)
#include "tst_roundcommands.moc"
