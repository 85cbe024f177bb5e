#include "ui/rounds/RoundScheduler.h"

#include "models/BoardModel.h"
#include "ui/Prompter.h"
#include "ui/commands/MoveCardsCommand.h"
#include "ui/commands/RoundCommands.h"
#include "ui/rounds/RoundDialog.h"
#include "ui/rounds/UndoSupport.h"

#include <QUndoStack>

qint64 RoundScheduler::interviewStageToOffer(const BoardModel *board, qint64 applicationId)
{
    if (!board)
        return 0;
    const auto card = board->store()->card(applicationId);
    if (!card)
        return 0;
    // The interview stage is found one way everywhere (PipelineStore::interviewStage);
    // it is offered to cards still in one of the early open stages.
    const auto interview = board->store()->interviewStage();
    if (!interview || interview.value() == 0)
        return 0;
    int openIndex = 0;
    for (int row = 0; row < board->stageCount(); ++row) {
        const StageInfo stage = board->stageAt(row);
        if (stage.closed)
            continue;
        if (openIndex++ > LastEarlyOpenStage)
            break;
        if (stage.id == card.value().stageId)
            return interview.value();
    }
    return 0;
}

bool RoundScheduler::scheduleRound(QWidget *parent, RoundStore *store, BoardModel *board,
                                   QUndoStack *undo, RoundSignals *roundSignals,
                                   qint64 applicationId, const QDate &day)
{
    if (!store || !undo)
        return false;
    RoundDialog dialog(store, undo, roundSignals, parent);
    dialog.prepareNew(applicationId, day);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return false;
    const RoundFields fields = dialog.fields();

    const qint64 interviewStageId = interviewStageToOffer(board, applicationId);
    bool move = false;
    QString stageName;
    if (interviewStageId != 0) {
        stageName = board->stageAt(board->stageRow(interviewStageId)).name;
        const CardInfo card = board->store()->card(applicationId).value();
        move = Prompter::instance().confirm(
            parent, tr("Schedule round"),
            tr("The application for %1 at %2 now has an interview round. Move it to “%3” as "
               "well?")
                .arg(card.role, card.company, stageName),
            tr("Move to “%1”").arg(stageName));
    }

    auto *add = new AddRoundCommand(store, roundSignals, applicationId, fields);
    if (!move)
        return pushKept(undo, add);

    // One undo step for both: undoing the round alone would leave the card in the
    // interview stage for an interview that is no longer on the calendar.
    undo->beginMacro(tr("Schedule round"));
    const bool added = pushKept(undo, add);
    if (added)
        undo->push(new MoveCardsCommand(board, {applicationId}, interviewStageId, 0,
                                        tr("Move to “%1”").arg(stageName)));
    undo->endMacro();
    if (!added) {
        // The round failed (its error is already reported) and left an empty step
        // behind. An obsolete step is deleted by undo() without being run, so the user
        // is not offered an "Undo schedule round" that would do nothing.
        const_cast<QUndoCommand *>(undo->command(undo->count() - 1))->setObsolete(true);
        undo->undo();
    }
    return added;
}
