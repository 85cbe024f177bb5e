#include "core/roundics/RoundCalendarImport.h"
#include "core/text/PlainText.h"

#include "core/ApplicationValidator.h"
#include "core/Clock.h"
#include "core/LocaleFormat.h"
#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/Sql.h"
#include "core/Transaction.h"
#include "core/ical/IcsTimeZoneResolver.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace {

// RoundValidator's limit for a location; longer ones are cut rather than refused, because
// the user cannot edit the event before importing it.
constexpr int MaxLocationLength = 300;

bool isWebLink(const QString &link)
{
    if (link.isEmpty())
        return false;
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// The readable form when it is acceptable to RoundValidator, else the encoded one.
QString webLinkFrom(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return {};
    if (const QString pretty = url.toString(); isWebLink(pretty))
        return pretty;
    if (const QString encoded = url.toString(QUrl::FullyEncoded); isWebLink(encoded))
        return encoded;
    return {};
}

// Fixed offsets such as "UTC+05:30" are what the reader makes of zones it could not name;
// they say nothing about summer time, so the round is better shown in the user's zone.
bool isIanaZone(const QString &id)
{
    if (id.isEmpty() || id.startsWith(QLatin1String("UTC+")) ||
        id.startsWith(QLatin1String("UTC-")))
        return false;
    return QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

QString locationText(const QString &location)
{
    QStringList parts;
    for (const QString &line : location.split(QRegularExpression(QStringLiteral("[\r\n]+")))) {
        if (const QString part = line.simplified(); !part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

PersonFields personFrom(const IcsPerson &person)
{
    PersonFields fields;
    QString email = person.email.trimmed();
    if (!email.isEmpty()) {
        PersonFields probe;
        probe.name = QStringLiteral("probe");
        probe.email = email;
        if (!RoundStore::validatePerson(probe).isEmpty())
            email.clear();
    }
    QString name = person.name.simplified();
    // Google writes the address as the name when it knows no better.
    if (name.isEmpty() || (!email.isEmpty() && name.compare(email, Qt::CaseInsensitive) == 0))
        name = email.section(QLatin1Char('@'), 0, 0);
    if (name.size() > 200)
        name = name.left(200).trimmed();
    fields.name = name;
    fields.email = email;
    return fields;
}

QString personKey(const PersonFields &person)
{
    if (!person.email.isEmpty())
        return QStringLiteral("mail:") + person.email.toCaseFolded();
    return QStringLiteral("name:") + person.name.toCaseFolded();
}

// Where a new application for an interview invitation goes: the interview stage, found as
// everywhere else (PipelineStore::interviewStage), else the first open stage.
Result<qint64> stageForNewApplication(const PipelineStore &pipeline)
{
    auto interview = pipeline.interviewStage();
    if (!interview)
        return interview.status();
    if (interview.value() != 0)
        return interview.value();
    auto stages = pipeline.stages();
    if (!stages)
        return stages.status();
    for (const StageInfo &stage : stages.value())
        if (!stage.closed)
            return stage.id;
    return Result<qint64>::failure(
        RoundCalendarImport::tr("The file has no stages to put a new application in."));
}

Status createApplication(PipelineStore &pipeline, const ImportTarget &target,
                         ImportOutcome &outcome)
{
    ApplicationFields fields;
    fields.company = target.newCompany.trimmed();
    fields.role = target.newRole.trimmed();
    if (const auto problems = ApplicationValidator::validate(fields, Clock::today());
        !problems.isEmpty())
        return Status::failure(problems.first().message);
    qint64 stageId = target.newStageId;
    if (stageId == 0) {
        auto chosen = stageForNewApplication(pipeline);
        if (!chosen)
            return chosen.status();
        stageId = chosen.value();
    }
    auto existed = pipeline.companyExists(fields.company);
    if (!existed)
        return existed.status();
    // New cards go to the top of their column, as any new application does.
    auto id = pipeline.createApplication(fields, stageId);
    if (!id)
        return id.status();
    auto application = pipeline.snapshot(id.value());
    if (!application)
        return application.status();
    outcome.applicationId = id.value();
    outcome.createdApplication = true;
    outcome.companyId = application.value().companyId();
    outcome.createdCompany = !existed.value();
    return Status::success();
}

} // namespace

// ---- Plan -----------------------------------------------------------------------------

int ImportPlan::clampedCount() const
{
    return int(std::count_if(rounds.cbegin(), rounds.cend(),
                             [](const PlannedRound &round) { return round.durationClamped; }));
}

QStringList ImportPlan::notes() const
{
    QStringList all;
    for (const PlannedRound &round : rounds)
        all << round.notes;
    return all;
}

QString RoundCalendarImport::systemZoneId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (!id.isEmpty() && QTimeZone(id).isValid())
        return QString::fromUtf8(id);
    return QStringLiteral("UTC");
}

QString RoundCalendarImport::displayTitle(const IcsEvent &event)
{
    const QString title = PlainText::singleLine(event.summary).simplified();
    return title.isEmpty() ? tr("(no title)") : title;
}

QString RoundCalendarImport::findWebLink(const QString &text)
{
    // Stops at characters that cannot appear unencoded in a URL, such as the angle brackets
    // Outlook puts around links in plain-text descriptions.
    static const QRegularExpression pattern(QStringLiteral("https?://[^\\s<>\"'`{}|\\\\^\\[\\]]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QString trailing = QStringLiteral(".,;:!?)*'\"");
    for (auto matches = pattern.globalMatch(text); matches.hasNext();) {
        QString link = matches.next().captured();
        while (!link.isEmpty() && trailing.contains(link.back()))
            link.chop(1);
        if (isWebLink(link))
            return link;
    }
    return {};
}

PlannedRound RoundCalendarImport::planEvent(const IcsEvent &event)
{
    PlannedRound planned;
    planned.event = event;
    planned.uid = event.uid.trimmed();
    planned.allDay = event.allDay;
    const QString title = displayTitle(event);
    RoundFields &fields = planned.fields;
    fields.status = event.cancelled ? RoundStatus::Cancelled : RoundStatus::Scheduled;
    fields.reason = RoundReason::Unknown;

    const QString systemZone = systemZoneId();
    if (event.allDay) {
        const QTimeZone zone(systemZone.toUtf8());
        fields.timeZoneId = systemZone;
        if (event.start.isValid())
            fields.start = IcsTimeZoneResolver::toDateTime(event.start.date(),
                                                           QTime(AllDayStartHour, 0), zone);
        fields.durationMinutes = AllDayMinutes;
        const qint64 days = event.end.isValid()
                                ? std::max<qint64>(1, event.start.date().daysTo(event.end.date()))
                                : 1;
        planned.eventMinutes = int(std::min<qint64>(days * 24 * 60, 1'000'000));
        const QString startText =
            QLocale().toString(QTime(AllDayStartHour, 0), LocaleFormat::shortTime());
        if (days > 1)
            planned.notes << tr("“%1” spans %2 days; it was set to its first day at %3 for %4 "
                                "hours. Change the time if you know it.")
                                 .arg(title, QString::number(days), startText,
                                      QString::number(AllDayMinutes / 60));
        else
            planned.notes << tr("“%1” is a whole-day event; it was set to %2 for %3 hours. "
                                "Change the time if you know it.")
                                 .arg(title, startText, QString::number(AllDayMinutes / 60));
    } else {
        QString zoneId = systemZone;
        if (isIanaZone(event.timeZoneId))
            zoneId = event.timeZoneId;
        else if (!event.timeZoneId.isEmpty())
            planned.notes << tr("“%1” was given in a time zone without a name (%2); it keeps "
                                "its time and is shown in your time zone, %3.")
                                 .arg(title, event.timeZoneId, systemZone);
        const QTimeZone zone(zoneId.toUtf8());
        QDateTime start = event.start;
        QDateTime end = event.end;
        if (event.floating) {
            // A floating time means "this wall-clock time wherever the reader is".
            if (start.isValid())
                start = IcsTimeZoneResolver::toDateTime(start.date(), start.time(), zone);
            if (end.isValid())
                end = IcsTimeZoneResolver::toDateTime(end.date(), end.time(), zone);
        }
        fields.timeZoneId = zoneId;
        fields.start = start.isValid() ? start.toTimeZone(zone) : QDateTime();
        const qint64 seconds =
            start.isValid() && end.isValid() ? std::max<qint64>(0, start.secsTo(end)) : 0;
        planned.eventMinutes = int(std::min<qint64>((seconds + 59) / 60, 1'000'000));
        fields.durationMinutes = std::clamp(planned.eventMinutes, RoundValidator::MinDuration,
                                            RoundValidator::MaxDuration);
        if (fields.durationMinutes != planned.eventMinutes) {
            planned.durationClamped = true;
            if (planned.eventMinutes < RoundValidator::MinDuration)
                planned.notes << tr("“%1” lasts less than %2 minutes in the calendar; it was "
                                    "stored as %2 minutes.")
                                     .arg(title, QString::number(RoundValidator::MinDuration));
            else
                planned.notes << tr("“%1” lasts %2 minutes in the calendar; a round lasts at "
                                    "most %3 minutes, so it was stored as %3 minutes.")
                                     .arg(title, QString::number(planned.eventMinutes),
                                          QString::number(RoundValidator::MaxDuration));
        }
    }

    // Line breaks are the calendar's own layout and were handled above; what remains of
    // the unsafe characters (overrides, controls) was put there to mislead.
    bool cleaned = event.summary.simplified() != title && !event.summary.simplified().isEmpty();
    QString location = locationText(event.location);
    if (PlainText::hasUnsafeInLine(location)) {
        location = PlainText::singleLine(location).simplified();
        cleaned = true;
    }
    if (location.size() > MaxLocationLength) {
        location = location.left(MaxLocationLength - 1).trimmed() + QChar(0x2026);
        planned.notes << tr("The location of “%1” was shortened to %2 characters.")
                             .arg(title, QString::number(MaxLocationLength));
    }
    fields.location = location;

    QString link = webLinkFrom(event.url);
    if (link.isEmpty())
        link = findWebLink(event.location);
    if (link.isEmpty())
        link = findWebLink(event.description);
    fields.meetingUrl = link;
    fields.kind = link.isEmpty() ? RoundKind::Other : RoundKind::Video;

    if (event.isRecurring())
        planned.notes << tr("“%1” repeats; only its first occurrence was imported.").arg(title);

    QList<IcsPerson> named;
    if (!event.organizer.isEmpty())
        named << event.organizer;
    named << event.attendees;
    QSet<QString> seen;
    for (IcsPerson person : named) {
        for (QString *line : {&person.name, &person.email}) {
            if (PlainText::hasUnsafeInLine(line->simplified())) {
                *line = PlainText::singleLine(*line);
                cleaned = true;
            }
        }
        const PersonFields candidate = personFrom(person);
        if (candidate.name.isEmpty())
            continue;
        const QString key = personKey(candidate);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        planned.people << candidate;
    }
    if (cleaned)
        planned.notes << tr("Invisible control characters (such as text direction overrides) "
                            "were removed from the title, place or names of “%1”.")
                             .arg(title);
    return planned;
}

Result<ImportPlan> RoundCalendarImport::plan(const IcsReadResult &read)
{
    if (!read.ok) {
        QString message = read.error;
        if (message.isEmpty())
            message = tr("The file could not be read.");
        // The reader names the line itself; this only covers a message that forgot to.
        if (read.errorLine > 0 && !message.contains(QString::number(read.errorLine)))
            message = tr("Line %1: %2").arg(read.errorLine).arg(message);
        return Result<ImportPlan>::failure(message);
    }
    ImportPlan result;
    for (const IcsEvent &event : read.events)
        result.rounds << planEvent(event);
    return result;
}

// ---- Import ---------------------------------------------------------------------------

Result<QList<qint64>> RoundCalendarImport::importInto(RoundStore &store, qint64 applicationId,
                                                      const QList<IcsEvent> &chosen,
                                                      bool withPeople)
{
    if (applicationId <= 0)
        return Result<QList<qint64>>::failure(
            tr("There is no application with the id %1.").arg(applicationId));
    ImportTarget target;
    target.applicationId = applicationId;
    auto outcome = importEvents(store, target, chosen, withPeople);
    if (!outcome)
        return outcome.status();
    return outcome.value().roundIds;
}

Result<ImportOutcome> RoundCalendarImport::importEvents(RoundStore &store,
                                                        const ImportTarget &target,
                                                        const QList<IcsEvent> &chosen,
                                                        bool withPeople)
{
    if (chosen.isEmpty())
        return Result<ImportOutcome>::failure(tr("Choose at least one event to import."));

    // Everything is checked before the first write, so most refusals never start a
    // transaction; the transaction below covers what only the database can refuse.
    QList<PlannedRound> planned;
    for (const IcsEvent &event : chosen) {
        PlannedRound round = planEvent(event);
        if (const auto problems = RoundValidator::validate(round.fields); !problems.isEmpty())
            return Result<ImportOutcome>::failure(
                tr("Nothing was imported, because “%1” cannot be stored as a round: %2")
                    .arg(displayTitle(event), problems.first().message));
        planned << round;
    }

    // One outer transaction around the stores' own writes: when any event cannot be
    // stored, nothing is.
    Transaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    PipelineStore pipeline(store.sharedDatabase());
    ImportOutcome outcome;
    for (const PlannedRound &round : planned)
        outcome.notes << round.notes;

    if (target.applicationId > 0) {
        auto company = store.companyOfApplication(target.applicationId);
        if (!company)
            return Result<ImportOutcome>::failure(
                tr("There is no application with the id %1. Nothing was imported.")
                    .arg(target.applicationId));
        outcome.applicationId = target.applicationId;
        outcome.companyId = company.value();
    } else if (Status created = createApplication(pipeline, target, outcome); !created) {
        return created;
    }

    // The company's people, so the same interviewer is not added twice.
    QHash<QString, qint64> peopleByKey;
    if (withPeople) {
        auto people = store.peopleOfCompany(outcome.companyId);
        if (!people)
            return people.status();
        QList<PersonInfo> byId = people.take();
        std::sort(byId.begin(), byId.end(),
                  [](const PersonInfo &a, const PersonInfo &b) { return a.id < b.id; });
        for (const PersonInfo &person : std::as_const(byId)) {
            const QString email = person.fields.email.trimmed();
            if (!email.isEmpty() &&
                !peopleByKey.contains(QStringLiteral("mail:") + email.toCaseFolded()))
                peopleByKey.insert(QStringLiteral("mail:") + email.toCaseFolded(), person.id);
            const QString nameKey =
                QStringLiteral("name:") + person.fields.name.simplified().toCaseFolded();
            if (!peopleByKey.contains(nameKey))
                peopleByKey.insert(nameKey, person.id);
        }
    }

    for (const PlannedRound &round : planned) {
        const QString title = displayTitle(round.event);
        const auto refused = [&title](const QString &why) {
            return Result<ImportOutcome>::failure(
                tr("Nothing was imported, because “%1” could not be stored: %2").arg(title, why));
        };

        QList<qint64> peopleIds;
        for (const PersonFields &person : round.people) {
            if (!withPeople)
                break;
            const QString key = personKey(person);
            qint64 personId = peopleByKey.value(key);
            if (personId == 0) {
                auto created = store.createPerson(outcome.companyId, person);
                if (!created)
                    return refused(tr("The person “%1” could not be saved: %2")
                                       .arg(person.name, created.error()));
                personId = created.value();
                outcome.createdPeopleIds << personId;
                peopleByKey.insert(key, personId);
            }
            if (!peopleIds.contains(personId))
                peopleIds << personId;
        }

        // A calendar's UID names one event everywhere; a second round with it (the same
        // invitation imported twice) gets its own, as uids are unique in the file.
        QString uid = round.uid;
        if (!uid.isEmpty()) {
            auto used = store.uidInUse(uid);
            if (!used)
                return refused(used.error());
            if (used.value())
                uid.clear();
        }
        RoundFields fields = round.fields;
        fields.peopleIds = peopleIds;
        auto roundId = store.createRound(outcome.applicationId, fields, uid);
        if (!roundId)
            return refused(roundId.error());
        outcome.roundIds << roundId.value();
    }

    if (Status ok = transaction.commit(); !ok)
        return ok;
    return outcome;
}

// ---- Undo -----------------------------------------------------------------------------

Result<ImportSnapshot> RoundCalendarImport::remove(RoundStore &store, const ImportOutcome &outcome)
{
    Transaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    PipelineStore pipeline(store.sharedDatabase());
    ImportSnapshot snapshot;
    // Each part is read just before it goes, so it holds exactly what its delete takes.
    if (outcome.createdApplication) {
        // The application comes with its company row, history, rounds and their people.
        auto application = pipeline.snapshot(outcome.applicationId);
        if (!application)
            return application.status();
        snapshot.application = application.take();
    } else {
        for (qint64 id : outcome.roundIds) {
            auto round = store.snapshot(id);
            if (!round)
                return round.status();
            snapshot.rounds << round.take();
        }
    }
    // Rounds go with their people links and anything else that belongs to them.
    for (qint64 id : outcome.roundIds)
        if (Status ok = store.deleteRound(id); !ok)
            return ok;
    for (qint64 id : outcome.createdPeopleIds) {
        // Read after the rounds went: their places in those rounds are the rounds' own.
        auto person = store.personSnapshot(id);
        if (!person)
            return person.status();
        snapshot.people << person.take();
        if (Status ok = store.deletePerson(id, RoundStore::PersonDeletion::WithTheirPlacesInRounds);
            !ok)
            return ok;
    }
    // With the company goes what was kept about it since (its research notes).
    auto companies = pipeline.deleteApplicationsAndUnusedCompanies(
        outcome.createdApplication ? QList<qint64>{outcome.applicationId} : QList<qint64>{},
        outcome.createdCompany ? QList<qint64>{outcome.companyId} : QList<qint64>{});
    if (!companies)
        return companies.status();
    if (!companies.value().isEmpty())
        snapshot.company = companies.value().first();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return snapshot;
}

Status RoundCalendarImport::restore(RoundStore &store, const ImportSnapshot &snapshot)
{
    Transaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    PipelineStore pipeline(store.sharedDatabase());
    // The reverse of remove: the company, the people, then the application or rounds that
    // list them. Links are checked at commit, as some rows point at ones put back later.
    if (Status ok =
            Sql::run(store.database().sql(), QStringLiteral("PRAGMA defer_foreign_keys = ON"), {},
                     tr("The imported rounds could not be put back."));
        !ok)
        return ok;
    if (Status ok = pipeline.restoreCompany(snapshot.company); !ok)
        return ok;
    for (const PersonSnapshot &person : snapshot.people)
        if (Status ok = store.restorePerson(person); !ok)
            return ok;
    if (snapshot.application) {
        if (Status ok = pipeline.restoreApplications({*snapshot.application}); !ok)
            return ok;
    }
    for (const RoundSnapshot &round : snapshot.rounds)
        if (Status ok = store.restoreRound(round); !ok)
            return ok;
    return transaction.commit();
}
