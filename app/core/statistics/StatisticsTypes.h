#pragma once

#include "core/PipelineTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the statistics are computed from, read in one pass over each table.
struct StatisticsInput
{
    struct Application
    {
        qint64 id = 0;
        qint64 stageId = 0;
        QString source;
        QDate appliedOn; // invalid when not given
    };
    struct Move
    {
        qint64 applicationId = 0;
        qint64 toStageId = 0; // 0 when that stage has since been removed
        QDateTime movedAt;    // UTC
    };
    struct Round
    {
        qint64 applicationId = 0;
        QDateTime startsAt; // UTC
        bool cancelled = false;
    };

    QList<StageInfo> stages;         // in board order
    QList<Application> applications; // archived ones too: they are part of the search
    QList<Move> moves;               // by application, then in time order
    QList<Round> rounds;
    QList<CardInfo> cards; // what the board shows (not archived)
};

// The figures of View > Statistics.
struct SearchStatistics
{
    struct FunnelStep
    {
        qint64 stageId = 0;
        QString stage;
        int reached = 0; // applications that were in this stage or a later open one
        // Share of this step's applications that reached the next step; none for the last
        // step or when no application reached this one.
        std::optional<double> conversion;
    };
    struct SourceRate
    {
        QString source; // empty: no source given
        int applied = 0;
        int responded = 0;
        double rate() const { return applied > 0 ? double(responded) / applied : 0.0; }
    };
    struct StageDuration
    {
        qint64 stageId = 0;
        QString stage;
        int stays = 0;                // completed stays (the card has left the stage)
        std::optional<double> median; // days; none without completed stays
    };
    struct Week
    {
        QDate monday;
        int applications = 0;
        int interviews = 0;
    };

    QList<FunnelStep> funnel;       // the open stages, in board order
    QList<SourceRate> sources;      // most applications first
    QList<StageDuration> durations; // the open stages, in board order
    QList<Week> weeks;              // oldest first; the last is the current week
    int openApplications = 0;       // on the board, in an open stage
    int withoutActivity = 0;        // of those, "no activity" as on the board
    double withoutActivityShare() const
    {
        return openApplications > 0 ? double(withoutActivity) / openApplications : 0.0;
    }
};
