#include "core/roundics/RoundCalendarImport.h"
#include "core/text/PlainText.h"

#include "core/ApplicationValidator.h"
#include "core/Clock.h"
#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/SqlErrorText.h"
#include "core/Transaction.h"
#include "core/ical/IcsTimeZoneResolver.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace {

// RoundValidator's limit for a location; longer ones are cut rather than refused, because
// the user cannot edit the event before importing it.
constexpr int MaxLocationLength = 300;

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Status run(QSqlQuery &query, const QString &sql, const QVariantList &values,
           const QString &whatFailed)
{
    if (!query.prepare(sql))
        return Status::failure(SqlErrorText::describe(query.lastError(), whatFailed));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Status::failure(SqlErrorText::describe(query.lastError(), whatFailed));
    return Status::success();
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return values;
}

QVariantMap recordToMap(const QSqlRecord &record)
{
    QVariantMap map;
    for (int i = 0; i < record.count(); ++i)
        map.insert(record.fieldName(i), record.value(i));
    return map;
}

Result<QList<QVariantMap>> readRows(const QSqlDatabase &db, const QString &sql,
                                    const QVariantList &values, const QString &whatFailed)
{
    QSqlQuery query(db);
    if (Status ok = run(query, sql, values, whatFailed); !ok)
        return ok;
    QList<QVariantMap> rows;
    while (query.next())
        rows.append(recordToMap(query.record()));
    return rows;
}

// Column names come from a snapshot read with SELECT *, so from the schema, never from
// user text; the values are bound.
Status insertRow(const QSqlDatabase &db, const QString &table, const QVariantMap &row,
                 const QString &whatFailed)
{
    const QStringList columns = row.keys();
    QVariantList values;
    for (const QString &column : columns)
        values << row.value(column);
    QSqlQuery insert(db);
    return run(insert,
               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                   .arg(table, columns.join(QStringLiteral(", ")), placeholders(columns.size())),
               values, whatFailed);
}

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

QString readOnlyMessage()
{
    return RoundCalendarImport::tr("This file is open read-only, so nothing can be imported. "
                                   "Save a copy to make changes.");
}

// The stage a new application for an interview invitation belongs in.
Result<qint64> stageForNewApplication(const QSqlDatabase &db)
{
    QSqlQuery stages(db);
    if (Status ok =
            run(stages, QStringLiteral("SELECT id, name FROM stages ORDER BY is_closed, position"),
                {}, RoundCalendarImport::tr("The stages could not be read."));
        !ok)
        return ok;
    const QStringList wanted = {
        QCoreApplication::translate("DefaultStages", "Interviewing").toCaseFolded(),
        QStringLiteral("interviewing")};
    qint64 first = 0;
    while (stages.next()) {
        const qint64 id = stages.value(0).toLongLong();
        if (first == 0)
            first = id;
        if (wanted.contains(stages.value(1).toString().trimmed().toCaseFolded()))
            return id;
    }
    if (first == 0)
        return Result<qint64>::failure(
            RoundCalendarImport::tr("The file has no stages to put a new application in."));
    return first;
}

Status createApplication(const QSqlDatabase &db, const ImportTarget &target, const QString &now,
                         ImportOutcome &outcome)
{
    ApplicationFields fields;
    fields.company = target.newCompany.trimmed();
    fields.role = target.newRole.trimmed();
    if (const auto problems = ApplicationValidator::validate(fields, Clock::today());
        !problems.isEmpty())
        return Status::failure(problems.first().message);
    const QString failed = RoundCalendarImport::tr("The new application could not be saved.");

    qint64 stageId = target.newStageId;
    QString stageName;
    if (stageId == 0) {
        auto chosen = stageForNewApplication(db);
        if (!chosen)
            return chosen.status();
        stageId = chosen.value();
    }
    QSqlQuery stage(db);
    if (Status ok =
            run(stage, QStringLiteral("SELECT name FROM stages WHERE id = ?"), {stageId}, failed);
        !ok)
        return ok;
    if (!stage.next())
        return Status::failure(RoundCalendarImport::tr("The stage for the new application no "
                                                       "longer exists."));
    stageName = stage.value(0).toString();

    // Company names are unique regardless of case (COLLATE NOCASE), as in PipelineStore.
    QSqlQuery company(db);
    if (Status ok = run(company, QStringLiteral("SELECT id FROM companies WHERE name = ?"),
                        {fields.company}, failed);
        !ok)
        return ok;
    if (company.next()) {
        outcome.companyId = company.value(0).toLongLong();
    } else {
        QSqlQuery insert(db);
        if (Status ok = run(
                insert, QStringLiteral("INSERT INTO companies (name, created_at) VALUES (?, ?)"),
                {fields.company, now}, failed);
            !ok)
            return ok;
        outcome.companyId = insert.lastInsertId().toLongLong();
        outcome.createdCompany = true;
    }

    // New cards go to the top of their column, as PipelineStore::createApplication does.
    QSqlQuery gap(db);
    if (Status ok = run(gap,
                        QStringLiteral("UPDATE applications SET position = position + 1 WHERE "
                                       "stage_id = ? AND position >= 0 AND archived_at IS NULL"),
                        {stageId}, failed);
        !ok)
        return ok;
    QSqlQuery application(db);
    if (Status ok = run(application,
                        QStringLiteral("INSERT INTO applications (company_id, role, stage_id, "
                                       "position, created_at, updated_at) VALUES (?, ?, ?, 0, ?, "
                                       "?)"),
                        {outcome.companyId, fields.role, stageId, now, now}, failed);
        !ok)
        return ok;
    outcome.applicationId = application.lastInsertId().toLongLong();
    outcome.createdApplication = true;
    QSqlQuery history(db);
    return run(history,
               QStringLiteral("INSERT INTO stage_history (application_id, from_stage_id, "
                              "to_stage_id, from_stage_name, to_stage_name, moved_at) VALUES (?, "
                              "NULL, ?, NULL, ?, ?)"),
               {outcome.applicationId, stageId, stageName, now}, failed);
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
        const QString startText = QTime(AllDayStartHour, 0).toString(QStringLiteral("HH:mm"));
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
    if (store.database().isReadOnly())
        return Result<ImportOutcome>::failure(readOnlyMessage());
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

    const QSqlDatabase db = store.database().sql();
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString now = PipelineStore::toStoredTime(Clock::nowUtc());
    ImportOutcome outcome;
    for (const PlannedRound &round : planned)
        outcome.notes << round.notes;

    if (target.applicationId > 0) {
        QSqlQuery application(db);
        if (Status ok =
                run(application, QStringLiteral("SELECT company_id FROM applications WHERE id = ?"),
                    {target.applicationId}, tr("The application could not be read."));
            !ok)
            return ok;
        if (!application.next())
            return Result<ImportOutcome>::failure(
                tr("There is no application with the id %1. Nothing was imported.")
                    .arg(target.applicationId));
        outcome.applicationId = target.applicationId;
        outcome.companyId = application.value(0).toLongLong();
    } else if (Status created = createApplication(db, target, now, outcome); !created) {
        return created;
    }

    // The company's people, so the same interviewer is not added twice.
    QHash<QString, qint64> peopleByKey;
    if (withPeople) {
        QSqlQuery people(db);
        if (Status ok = run(people,
                            QStringLiteral("SELECT id, name, email FROM people WHERE company_id = "
                                           "? ORDER BY id"),
                            {outcome.companyId}, tr("The people could not be read."));
            !ok)
            return ok;
        while (people.next()) {
            const qint64 id = people.value(0).toLongLong();
            const QString email = people.value(2).toString().trimmed();
            if (!email.isEmpty() &&
                !peopleByKey.contains(QStringLiteral("mail:") + email.toCaseFolded()))
                peopleByKey.insert(QStringLiteral("mail:") + email.toCaseFolded(), id);
            const QString nameKey =
                QStringLiteral("name:") + people.value(1).toString().simplified().toCaseFolded();
            if (!peopleByKey.contains(nameKey))
                peopleByKey.insert(nameKey, id);
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
                QSqlQuery insert(db);
                if (Status ok = run(insert,
                                    QStringLiteral("INSERT INTO people (company_id, name, title, "
                                                   "email, phone, profile_url, notes, created_at) "
                                                   "VALUES (?, ?, '', ?, '', '', '', ?)"),
                                    {outcome.companyId, person.name, text(person.email), now},
                                    tr("The person “%1” could not be saved.").arg(person.name));
                    !ok)
                    return refused(ok.error());
                personId = insert.lastInsertId().toLongLong();
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
            QSqlQuery used(db);
            if (Status ok = run(used, QStringLiteral("SELECT 1 FROM rounds WHERE uid = ?"), {uid},
                                tr("The interview rounds could not be read."));
                !ok)
                return refused(ok.error());
            if (used.next())
                uid.clear();
        }
        if (uid.isEmpty())
            uid = RoundStore::newUid();

        const RoundFields &fields = round.fields;
        QSqlQuery insert(db);
        if (Status ok = run(
                insert,
                QStringLiteral("INSERT INTO rounds (application_id, uid, kind, starts_at, "
                               "time_zone, duration_minutes, location, meeting_url, status, "
                               "reason, outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, '', ?, ?)"),
                {outcome.applicationId, uid, RoundCatalog::key(fields.kind),
                 PipelineStore::toStoredTime(fields.start), fields.timeZoneId,
                 fields.durationMinutes, text(fields.location), text(fields.meetingUrl),
                 RoundCatalog::key(fields.status), RoundCatalog::key(fields.reason), now, now},
                tr("The interview round could not be saved."));
            !ok)
            return refused(ok.error());
        const qint64 roundId = insert.lastInsertId().toLongLong();
        int position = 0;
        for (qint64 personId : peopleIds) {
            QSqlQuery attendee(db);
            if (Status ok = run(attendee,
                                QStringLiteral("INSERT INTO round_people (round_id, person_id, "
                                               "position) VALUES (?, ?, ?)"),
                                {roundId, personId, position++},
                                tr("The people in the round could not be saved."));
                !ok)
                return refused(ok.error());
        }
        outcome.roundIds << roundId;
    }

    if (Status ok = transaction.commit(); !ok)
        return ok;
    return outcome;
}

// ---- Undo -----------------------------------------------------------------------------

Result<ImportSnapshot> RoundCalendarImport::snapshot(const RoundStore &store,
                                                     const ImportOutcome &outcome)
{
    const QSqlDatabase db = store.database().sql();
    const QString failed = tr("The imported rounds could not be read.");
    ImportSnapshot snapshot;
    if (!outcome.roundIds.isEmpty()) {
        const QVariantList ids = idValues(outcome.roundIds);
        auto rounds = readRows(db,
                               QStringLiteral("SELECT * FROM rounds WHERE id IN (%1) ORDER BY id")
                                   .arg(placeholders(ids.size())),
                               ids, failed);
        if (!rounds)
            return rounds.status();
        snapshot.rounds = rounds.take();
        auto attendees = readRows(db,
                                  QStringLiteral("SELECT * FROM round_people WHERE round_id IN "
                                                 "(%1) ORDER BY round_id, position")
                                      .arg(placeholders(ids.size())),
                                  ids, failed);
        if (!attendees)
            return attendees.status();
        snapshot.attendees = attendees.take();
    }
    if (!outcome.createdPeopleIds.isEmpty()) {
        const QVariantList ids = idValues(outcome.createdPeopleIds);
        auto people = readRows(db,
                               QStringLiteral("SELECT * FROM people WHERE id IN (%1) ORDER BY id")
                                   .arg(placeholders(ids.size())),
                               ids, failed);
        if (!people)
            return people.status();
        snapshot.people = people.take();
    }
    if (outcome.createdApplication) {
        auto application = readRows(db, QStringLiteral("SELECT * FROM applications WHERE id = ?"),
                                    {outcome.applicationId}, failed);
        if (!application)
            return application.status();
        if (application.value().isEmpty())
            return Result<ImportSnapshot>::failure(tr("The application no longer exists."));
        snapshot.application = application.value().first();
        auto history = readRows(db,
                                QStringLiteral("SELECT * FROM stage_history WHERE application_id "
                                               "= ? ORDER BY id"),
                                {outcome.applicationId}, failed);
        if (!history)
            return history.status();
        snapshot.history = history.take();
    }
    if (outcome.createdCompany) {
        auto company = readRows(db, QStringLiteral("SELECT * FROM companies WHERE id = ?"),
                                {outcome.companyId}, failed);
        if (!company)
            return company.status();
        if (!company.value().isEmpty())
            snapshot.company = company.value().first();
    }
    return snapshot;
}

Status RoundCalendarImport::remove(RoundStore &store, const ImportOutcome &outcome)
{
    if (store.database().isReadOnly())
        return Status::failure(readOnlyMessage());
    const QSqlDatabase db = store.database().sql();
    const QString failed = tr("The imported rounds could not be removed.");
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (!outcome.roundIds.isEmpty()) {
        const QVariantList ids = idValues(outcome.roundIds);
        QSqlQuery rounds(db);
        // round_people rows go with them (ON DELETE CASCADE).
        if (Status ok = run(
                rounds,
                QStringLiteral("DELETE FROM rounds WHERE id IN (%1)").arg(placeholders(ids.size())),
                ids, failed);
            !ok)
            return ok;
    }
    if (!outcome.createdPeopleIds.isEmpty()) {
        const QVariantList ids = idValues(outcome.createdPeopleIds);
        QSqlQuery people(db);
        if (Status ok = run(
                people,
                QStringLiteral("DELETE FROM people WHERE id IN (%1)").arg(placeholders(ids.size())),
                ids, failed);
            !ok)
            return ok;
    }
    if (outcome.createdApplication) {
        // Close the gap the card leaves in its column, as PipelineStore does on delete.
        QSqlQuery close(db);
        if (Status ok = run(close,
                            QStringLiteral("UPDATE applications SET position = position - 1 WHERE "
                                           "archived_at IS NULL AND stage_id = (SELECT stage_id "
                                           "FROM applications WHERE id = ? AND archived_at IS "
                                           "NULL) AND position > (SELECT position FROM "
                                           "applications WHERE id = ?)"),
                            {outcome.applicationId, outcome.applicationId}, failed);
            !ok)
            return ok;
        QSqlQuery application(db);
        if (Status ok = run(application, QStringLiteral("DELETE FROM applications WHERE id = ?"),
                            {outcome.applicationId}, failed);
            !ok)
            return ok;
    }
    if (outcome.createdCompany) {
        QSqlQuery company(db);
        if (Status ok = run(company,
                            QStringLiteral("DELETE FROM companies WHERE id = ? AND NOT EXISTS "
                                           "(SELECT 1 FROM applications WHERE company_id = ?)"),
                            {outcome.companyId, outcome.companyId}, failed);
            !ok)
            return ok;
    }
    return transaction.commit();
}

Status RoundCalendarImport::restore(RoundStore &store, const ImportSnapshot &snapshot)
{
    if (store.database().isReadOnly())
        return Status::failure(readOnlyMessage());
    const QSqlDatabase db = store.database().sql();
    const QString failed = tr("The imported rounds could not be put back.");
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (!snapshot.company.isEmpty()) {
        if (Status ok = insertRow(db, QStringLiteral("companies"), snapshot.company, failed); !ok)
            return ok;
    }
    if (!snapshot.application.isEmpty()) {
        if (snapshot.application.value(QStringLiteral("archived_at")).isNull()) {
            QSqlQuery gap(db);
            if (Status ok = run(gap,
                                QStringLiteral("UPDATE applications SET position = position + 1 "
                                               "WHERE stage_id = ? AND position >= ? AND "
                                               "archived_at IS NULL"),
                                {snapshot.application.value(QStringLiteral("stage_id")),
                                 snapshot.application.value(QStringLiteral("position"))},
                                failed);
                !ok)
                return ok;
        }
        if (Status ok = insertRow(db, QStringLiteral("applications"), snapshot.application, failed);
            !ok)
            return ok;
        for (const QVariantMap &entry : snapshot.history) {
            if (Status ok = insertRow(db, QStringLiteral("stage_history"), entry, failed); !ok)
                return ok;
        }
    }
    for (const QVariantMap &person : snapshot.people) {
        if (Status ok = insertRow(db, QStringLiteral("people"), person, failed); !ok)
            return ok;
    }
    for (const QVariantMap &round : snapshot.rounds) {
        if (Status ok = insertRow(db, QStringLiteral("rounds"), round, failed); !ok)
            return ok;
    }
    for (const QVariantMap &attendee : snapshot.attendees) {
        if (Status ok = insertRow(db, QStringLiteral("round_people"), attendee, failed); !ok)
            return ok;
    }
    return transaction.commit();
}
