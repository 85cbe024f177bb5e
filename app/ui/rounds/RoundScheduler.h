#pragma once

#include <QCoreApplication>
#include <QDate>

class BoardModel;
class QUndoStack;
class QWidget;
class RoundSignals;
class RoundStore;

// Schedules a new round for an application, the way every entry point (the board, the
// calendar, the list of an application's rounds) should: the round form first, then,
// for an application still in an early stage, the offer to move it to the interview
// stage. Round and move are then one undo step.
class RoundScheduler
{
    Q_DECLARE_TR_FUNCTIONS(RoundScheduler)

public:
    // The open stages at these positions count as early: "Saved" and "Applied".
    static constexpr int LastEarlyOpenStage = 1;
    // The stage a scheduled round moves an early application to is
    // PipelineStore::interviewStage() ("Interviewing").

    // Opens the round form (pre-filled with day when valid) through Prompter; when
    // accepted adds the round, moving the card as well if the user agrees. Returns
    // whether a round was added.
    static bool scheduleRound(QWidget *parent, RoundStore *store, BoardModel *board,
                              QUndoStack *undo, RoundSignals *roundSignals, qint64 applicationId,
                              const QDate &day = {});

    // The stage to offer for an application, or 0 when there is nothing to offer: the
    // application is past the early stages, in a closed stage, or the board has too few
    // open stages to tell which one is for interviews.
    static qint64 interviewStageToOffer(const BoardModel *board, qint64 applicationId);
};
