#pragma once

#include "core/PipelineTypes.h"
#include "core/Result.h"
#include "core/RoundTypes.h"
#include "core/ical/IcsEvent.h"
#include "core/ical/IcsReadResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class RoundStore;

// What one calendar event becomes, before anything is written.
struct PlannedRound
{
    IcsEvent event;
    // Ready for RoundValidator; peopleIds stay empty until the people are stored.
    RoundFields fields;
    // The event's UID; replaced by a new one at import time when the file already has it.
    QString uid;
    // Organizer first, then the attendees, without repeats (same address, or same name for
    // people without one).
    QList<PersonFields> people;
    // end − start in the file, in whole minutes (rounded up); 0 for a moment in time.
    int eventMinutes = 0;
    bool durationClamped = false;
    // Whole-day events have no time of day; they start at AllDayStart in the system zone.
    bool allDay = false;
    // What was changed to fit the event into a round, as sentences for the user.
    QStringList notes;
};

struct ImportPlan
{
    QList<PlannedRound> rounds;

    int clampedCount() const;
    QStringList notes() const;
};

// Where imported rounds go: an existing application, or a new one the import creates in the
// same transaction.
struct ImportTarget
{
    // 0: create an application for newCompany and newRole.
    qint64 applicationId = 0;
    QString newCompany;
    QString newRole;
    // 0: the interview stage (PipelineStore::interviewStage), else the first open stage.
    qint64 newStageId = 0;
};

// Everything an import wrote, so it can be taken back exactly.
struct ImportOutcome
{
    qint64 applicationId = 0;
    bool createdApplication = false;
    qint64 companyId = 0;
    bool createdCompany = false;
    // In the order of the chosen events.
    QList<qint64> roundIds;
    QList<qint64> createdPeopleIds;
    QStringList notes;
};

// The rows an import wrote, as they were when undo took them away, so redo puts back the
// same ids, uids and times, and whatever was added to them since (notes on the rounds,
// research on the company), instead of importing afresh.
struct ImportSnapshot
{
    // The application the import created, with its company row, history and rounds.
    std::optional<ApplicationSnapshot> application;
    // Rounds added to an application that was there before.
    QList<RoundSnapshot> rounds;
    // People the import created, with what pointed at them outside the imported rounds
    // (their places in those rounds come back with the rounds).
    QList<PersonSnapshot> people;
    // The company the import created, with what the database removed along with it.
    CompanySnapshot company;
};

// Turns calendar events into interview rounds. Decisions taken where a calendar and a round
// do not fit each other:
// - Time zone: the event's zone when it is a real IANA zone, else the system zone. UTC
//   events (Google) keep their instant and are shown in the system zone; floating times
//   (Apple) are read as wall-clock times in the system zone.
// - Whole-day events have no time: they become AllDayStart on their first day, in the
//   system zone, lasting AllDayMinutes, with a note asking the user to set the real time.
// - Durations outside RoundValidator's 5..600 minutes are clamped, with a note.
// - Location: its lines joined with ", "; beyond RoundValidator's 300 characters it is cut,
//   with a note.
// - The meeting link is the event's URL when it is a web address, else the first web
//   address in the location, then in the description.
// - Kind is Video when there is a link, else Other; status Scheduled, or Cancelled for a
//   cancelled event; reason Unknown.
// - Repeating events become their first occurrence, with a note.
// - People: the organizer and every attendee (there is no "me" to leave out). An address
//   that does not look like one is dropped and the name kept; a person without a name is
//   named after the address's local part. At import they are matched to the company's
//   people by address (ignoring case), or by name when there is no address, and created
//   otherwise.
class RoundCalendarImport
{
    Q_DECLARE_TR_FUNCTIONS(RoundCalendarImport)

public:
    static constexpr int AllDayStartHour = 9;
    static constexpr int AllDayMinutes = 8 * 60;

    // A refused file (read.ok false) gives the reader's message, which names the line.
    static Result<ImportPlan> plan(const IcsReadResult &read);
    static PlannedRound planEvent(const IcsEvent &event);

    // Adds the events as rounds of the application, all in one transaction: when any event
    // cannot be stored, nothing is. Returns the new rounds' ids in event order.
    static Result<QList<qint64>> importInto(RoundStore &store, qint64 applicationId,
                                            const QList<IcsEvent> &chosen, bool withPeople);
    // The same, with the choice of creating the application, and a full account of what
    // was written for undo.
    static Result<ImportOutcome> importEvents(RoundStore &store, const ImportTarget &target,
                                              const QList<IcsEvent> &chosen, bool withPeople);

    // Undo support, each one transaction: delete what an import wrote, returning it as it
    // was, and put that back.
    static Result<ImportSnapshot> remove(RoundStore &store, const ImportOutcome &outcome);
    static Status restore(RoundStore &store, const ImportSnapshot &snapshot);

    // The zone the user's computer is set to; "UTC" when the system does not say.
    static QString systemZoneId();
    // The first http(s) address in free text, without trailing punctuation; empty if none.
    static QString findWebLink(const QString &text);
    // What the user sees for an event without a title.
    static QString displayTitle(const IcsEvent &event);
};
