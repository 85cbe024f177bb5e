#include "core/roundics/RoundCalendarExport.h"
#include "core/LocaleFormat.h"

#include "core/Clock.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/files/OwnerOnlyFiles.h"
#include "core/ical/IcsWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QUrl>

namespace {

// Line breaks inside one person's notes would break the one-line-per-person list.
QString oneLine(const QString &text)
{
    return text.simplified();
}

QString personLine(const PersonInfo &person)
{
    QString line = oneLine(person.fields.name);
    if (const QString title = oneLine(person.fields.title); !title.isEmpty())
        line = RoundCalendarExport::tr("%1, %2").arg(line, title);
    if (const QString notes = oneLine(person.fields.notes); !notes.isEmpty())
        line = RoundCalendarExport::tr("%1 — cares about: %2").arg(line, notes);
    return QStringLiteral("- ") + line;
}

QUrl meetingUrl(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

} // namespace

QString RoundCalendarExport::productId()
{
    return QStringLiteral("-//SecondRound//SecondRound %1//EN")
        .arg(QCoreApplication::applicationVersion().isEmpty()
                 ? QStringLiteral(SECONDROUND_VERSION)
                 : QCoreApplication::applicationVersion());
}

QString RoundCalendarExport::summary(const RoundInfo &round)
{
    return tr("Round %1: %2 — %3 at %4")
        .arg(round.number)
        .arg(RoundCatalog::label(round.fields.kind), round.role, round.company);
}

QString RoundCalendarExport::description(const RoundInfo &round)
{
    QStringList lines;
    const QString zone = round.fields.timeZoneId;
    const QDateTime local = round.startInOwnZone();
    if (!zone.isEmpty() && local.isValid()) {
        // The exported times are UTC; this keeps the time the company gave, in its zone.
        const QLocale locale;
        lines << tr("Time: %1, %2 (%3)")
                     .arg(locale.toString(local.date(), QLocale::ShortFormat),
                          locale.toString(local.time(), LocaleFormat::shortTime()), zone);
    }
    if (!round.fields.meetingUrl.trimmed().isEmpty())
        // Some calendars (Google among them) never show the URL property.
        lines << tr("Meeting link: %1").arg(round.fields.meetingUrl.trimmed());
    if (!lines.isEmpty())
        lines << QString();

    if (round.people.isEmpty()) {
        lines << tr("Who will attend: not known yet — ask");
    } else {
        lines << tr("Who will attend:");
        for (const PersonInfo &person : round.people)
            lines << personLine(person);
    }
    lines << QString();

    lines << tr("Why this round: %1").arg(RoundCatalog::label(round.fields.reason));
    lines << RoundCatalog::advice(round.fields.reason);
    lines << QString();

    lines << tr("Before the interview:");
    for (const QString &item : RoundCatalog::prepChecklist(!round.people.isEmpty()))
        lines << QStringLiteral("- ") + item;
    return lines.join(QLatin1Char('\n'));
}

IcsEvent RoundCalendarExport::toEvent(const RoundInfo &round)
{
    IcsEvent event;
    // The round's uid never changes, so a calendar that imports the file again updates the
    // event instead of adding a second one.
    event.uid = round.uid;
    event.stamp = Clock::nowUtc();
    event.start = round.startUtc.toUTC();
    event.end = round.endUtc().toUTC();
    event.summary = summary(round);
    event.location = round.fields.location.trimmed();
    event.url = meetingUrl(round.fields.meetingUrl);
    event.description = description(round);
    event.cancelled = round.fields.status == RoundStatus::Cancelled;
    event.alarmMinutesBefore = {DayBeforeMinutes, HourBeforeMinutes};
    // No ORGANIZER: the user did not organise the interview, and a wrong organizer makes
    // some calendars send replies to the people listed.
    for (const PersonInfo &person : round.people) {
        const QString email = person.fields.email.trimmed();
        if (email.isEmpty())
            continue;
        IcsPerson attendee;
        attendee.name = oneLine(person.fields.name);
        attendee.email = email;
        attendee.role = QStringLiteral("REQ-PARTICIPANT");
        event.attendees.append(attendee);
    }
    return event;
}

QList<IcsEvent> RoundCalendarExport::toEvents(const QList<RoundInfo> &rounds)
{
    QList<IcsEvent> events;
    events.reserve(rounds.size());
    for (const RoundInfo &round : rounds)
        events.append(toEvent(round));
    return events;
}

Status RoundCalendarExport::writeFile(const QList<IcsEvent> &events, const QString &path)
{
    if (path.trimmed().isEmpty())
        return Status::failure(tr("Choose a file to export to."));
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Status::failure(tr("“%1” is a folder. Choose a file name inside it.").arg(shown));
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return Status::failure(tr("The folder “%1” does not exist. Choose a folder that exists.")
                                   .arg(QDir::toNativeSeparators(folder.absolutePath())));
    const QByteArray data = IcsWriter::write(events, productId());
    // A new file is owner-only from its first byte (interview times, names); one that
    // exists keeps the mode its owner gave it.
    const OwnerOnlyFiles ownerOnly;
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("“%1” could not be written: %2").arg(shown, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("“%1” could not be written: %2").arg(shown, reason));
    }
    if (!file.commit())
        return Status::failure(tr("“%1” could not be saved: %2").arg(shown, file.errorString()));
    return Status::success();
}

Result<int> RoundCalendarExport::exportToFile(RoundStore &store, const QList<qint64> &roundIds,
                                              const QString &path)
{
    // The folder is checked before anything is read, so a typo in the path is reported as
    // such and not hidden behind "nothing to export".
    if (!path.trimmed().isEmpty() && !QFileInfo(path).absoluteDir().exists())
        return Result<int>::failure(
            tr("The folder “%1” does not exist. Choose a folder that exists.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteDir().absolutePath())));
    QList<RoundInfo> rounds;
    if (roundIds.isEmpty()) {
        auto upcoming = store.upcoming(Clock::nowUtc(), 0);
        if (!upcoming)
            return upcoming.status();
        rounds = upcoming.take();
    } else {
        for (qint64 id : roundIds) {
            auto round = store.round(id);
            if (!round)
                return round.status();
            rounds.append(round.take());
        }
    }
    if (rounds.isEmpty())
        return Result<int>::failure(
            tr("There are no scheduled rounds ahead to export, so no file was written."));
    if (Status written = writeFile(toEvents(rounds), path); !written)
        return written;
    return int(rounds.size());
}
