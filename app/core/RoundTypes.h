#pragma once

#include "core/CascadeSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

enum class RoundKind {
    PhoneScreen,
    Video,
    Technical,
    Behavioural,
    Hr,
    Panel,
    OnSite,
    Final,
    Other
};
enum class RoundStatus { Scheduled, Done, Cancelled, NoShow };
// Why the company asked for this round; each reason comes with its own advice.
enum class RoundReason {
    Unknown,
    StandardProcess,
    ChoosingFinalists,
    TeamFit,
    SeniorApproval,
    ClearDoubt
};

struct PersonFields
{
    QString name;
    QString title;
    QString email;
    QString phone;
    QString profileUrl;
    QString notes; // what they care about

    bool operator==(const PersonFields &) const = default;
};

struct PersonInfo
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString company;
    PersonFields fields;
};

// What the user edits in the round form. start carries its time zone (timeZoneId).
struct RoundFields
{
    RoundKind kind = RoundKind::Video;
    QDateTime start;
    QString timeZoneId;
    int durationMinutes = 60;
    QString location;
    QString meetingUrl;
    RoundStatus status = RoundStatus::Scheduled;
    RoundReason reason = RoundReason::Unknown;
    QString outcome;
    QList<qint64> peopleIds; // in the order they are listed

    bool operator==(const RoundFields &) const = default;
};

struct RoundInfo
{
    qint64 id = 0;
    qint64 applicationId = 0;
    int number = 0; // 1, 2, 3… in date order within the application
    QString uid;    // stable, for calendar exchange
    RoundFields fields;
    QDateTime startUtc;
    QString company;
    QString role;
    QList<PersonInfo> people;

    QDateTime endUtc() const { return startUtc.addSecs(qint64(fields.durationMinutes) * 60); }
    // The start in the zone the round was arranged in.
    QDateTime startInOwnZone() const;
};

// A round as stored with every row that belongs to it (its people links, and what later
// features keep per round), so undo and redo put it back with the same ids.
struct RoundSnapshot
{
    QVariantMap row;
    CascadeSnapshot dependants;
    qint64 id() const { return row.value(QStringLiteral("id")).toLongLong(); }
};

// A person as stored with their places in rounds.
struct PersonSnapshot
{
    QVariantMap row;
    CascadeSnapshot dependants;
    qint64 id() const { return row.value(QStringLiteral("id")).toLongLong(); }
};
