#pragma once

#include "core/CascadeSnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

struct StageInfo
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool closed = false;
    // Which default stage it is and the name SecondRound gave it (see DefaultStages);
    // empty for a stage the user added. Kept so that undoing a removal restores them.
    QString defaultKey;
    QString defaultName;
};

// What the user edits in the application form.
struct ApplicationFields
{
    QString company;
    QString role;
    QString jobUrl;
    QString location;
    std::optional<qint64> salaryMin;
    std::optional<qint64> salaryMax;
    QString currency;
    QString source;
    QDate appliedOn;
    QDate deadline;
    int excitement = 3;
    QString description;
    QString notes;

    bool operator==(const ApplicationFields &) const = default;
};

// What a card on the board needs, read in one query for the whole board.
struct CardInfo
{
    qint64 id = 0;
    qint64 stageId = 0;
    int position = 0;
    QString company;
    QString role;
    QString location;
    std::optional<qint64> salaryMin;
    std::optional<qint64> salaryMax;
    QString currency;
    QString notes;
    int excitement = 3;
    QDate deadline;
    QDateTime stageEnteredAt;
    QDateTime lastActivityAt;
    QDateTime nextRoundStart; // UTC; invalid when no round is scheduled ahead
    int nextRoundNumber = 0;
};

// One card moving one step; enough to replay it backwards exactly.
struct CardMove
{
    qint64 applicationId = 0;
    qint64 fromStageId = 0;
    int fromIndex = 0;
    qint64 toStageId = 0;
    int toIndex = 0;
    qint64 historyId = 0; // 0 when the card stayed in its stage
};

// A stage as named at the time of a move (0: none, for the first entry).
struct StageRef
{
    qint64 id = 0;
    QString name;
};

struct HistoryEntry
{
    qint64 id = 0;
    QString fromStage; // empty for the first entry
    QString toStage;
    QDateTime movedAt;
};

// An application's row and everything that goes with it as stored, so a delete or archive
// can be undone down to the last column and id.
struct ApplicationSnapshot
{
    QVariantMap row;
    QVariantMap company; // so undo can bring back a company the change had removed
    // Stage history, interview rounds with their people, and whatever later features keep
    // per application or round: the rows the database deletes with the application.
    CascadeSnapshot dependants;
    qint64 id() const { return row.value(QStringLiteral("id")).toLongLong(); }
    qint64 stageId() const { return row.value(QStringLiteral("stage_id")).toLongLong(); }
    int position() const { return row.value(QStringLiteral("position")).toInt(); }
    qint64 companyId() const { return row.value(QStringLiteral("company_id")).toLongLong(); }
};

// A company removed because nothing used it any more, with everything the database removed
// along with it (its people and their places in rounds, the research notes about it), so
// undo puts all of it back with the same ids. An empty row: the company was kept.
struct CompanySnapshot
{
    QVariantMap row;
    CascadeSnapshot dependants;
    bool isEmpty() const { return row.isEmpty(); }
};

struct StageRemoval
{
    StageInfo stage;
    qint64 targetStageId = 0;
    QList<CardMove> moves;
    QList<QVariantMap> movesHistory; // the history rows the moves wrote, as stored
    QList<qint64> archivedIds;
    QList<qint64> historyFrom; // history rows whose from_stage_id pointed at the stage
    QList<qint64> historyTo;
};
