#include "core/ical/IcsWriter.h"

#include "core/Clock.h"
#include "core/ical/IcsProperty.h"
#include "core/ical/IcsText.h"

#include <QUuid>

namespace {

void addLine(QByteArray &out, const IcsProperty &property)
{
    out += IcsText::foldLine(property.toContentLine().toUtf8());
}

void addLine(QByteArray &out, const QString &name, const QString &value)
{
    addLine(out, IcsProperty(name, value));
}

void addText(QByteArray &out, const QString &name, const QString &text)
{
    addLine(out, IcsProperty(name, IcsText::escape(text)));
}

QString utcDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    return QString::asprintf("%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(), date.day(),
                             time.hour(), time.minute(), time.second());
}

QString dateOnly(QDate date)
{
    return QString::asprintf("%04d%02d%02d", date.year(), date.month(), date.day());
}

// Minutes are what the app stores; whole days read better in other programs' dialogs.
QString triggerBefore(int minutes)
{
    if (minutes == 0)
        return QStringLiteral("PT0M");
    if (minutes % (24 * 60) == 0)
        return QStringLiteral("-P%1D").arg(minutes / (24 * 60));
    return QStringLiteral("-PT%1M").arg(minutes);
}

IcsProperty personProperty(const QString &name, const IcsPerson &person)
{
    // The value must be an address; Google writes this placeholder for people without one.
    const QString address = person.email.isEmpty() ? QStringLiteral("invalid:nomail")
                                                   : QLatin1String("mailto:") + person.email;
    IcsProperty property(name, address);
    if (!person.name.isEmpty())
        property.addParameter(QStringLiteral("CN"), person.name);
    if (!person.role.isEmpty())
        property.addParameter(QStringLiteral("ROLE"), person.role);
    return property;
}

void writeEvent(QByteArray &out, const IcsEvent &event)
{
    addLine(out, QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
    const QString uid = event.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                                  QLatin1String("@secondround")
                                            : event.uid;
    addText(out, QStringLiteral("UID"), uid);
    addLine(out, QStringLiteral("DTSTAMP"),
            utcDateTime(event.stamp.isValid() ? event.stamp : Clock::nowUtc()));

    const bool hasEnd = event.end.isValid() && event.end >= event.start;
    if (event.allDay) {
        const QDate firstDay = event.start.date();
        QDate endDay = hasEnd ? event.end.date() : QDate();
        if (!endDay.isValid() || endDay <= firstDay)
            endDay = firstDay.addDays(1);
        IcsProperty start(QStringLiteral("DTSTART"), dateOnly(firstDay));
        start.addParameter(QStringLiteral("VALUE"), QStringLiteral("DATE"));
        addLine(out, start);
        IcsProperty end(QStringLiteral("DTEND"), dateOnly(endDay));
        end.addParameter(QStringLiteral("VALUE"), QStringLiteral("DATE"));
        addLine(out, end);
    } else {
        addLine(out, QStringLiteral("DTSTART"), utcDateTime(event.start));
        // Without DTEND the event is read as lasting no time, which is also what an invalid
        // or reversed end would have to become.
        if (hasEnd)
            addLine(out, QStringLiteral("DTEND"), utcDateTime(event.end));
    }

    addText(out, QStringLiteral("SUMMARY"), event.summary);
    if (!event.location.isEmpty())
        addText(out, QStringLiteral("LOCATION"), event.location);
    if (event.url.isValid() && !event.url.isRelative())
        addLine(out, QStringLiteral("URL"), event.url.toString(QUrl::FullyEncoded));
    if (!event.description.isEmpty())
        addText(out, QStringLiteral("DESCRIPTION"), event.description);
    if (event.cancelled)
        addLine(out, QStringLiteral("STATUS"), QStringLiteral("CANCELLED"));
    if (!event.organizer.isEmpty())
        addLine(out, personProperty(QStringLiteral("ORGANIZER"), event.organizer));
    for (const IcsPerson &attendee : event.attendees) {
        if (!attendee.isEmpty())
            addLine(out, personProperty(QStringLiteral("ATTENDEE"), attendee));
    }

    const QString reminderText =
        event.summary.isEmpty() ? IcsWriter::tr("Reminder") : event.summary;
    for (const int minutes : event.alarmMinutesBefore) {
        if (minutes < 0)
            continue;
        addLine(out, QStringLiteral("BEGIN"), QStringLiteral("VALARM"));
        addLine(out, QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
        addText(out, QStringLiteral("DESCRIPTION"), reminderText);
        addLine(out, QStringLiteral("TRIGGER"), triggerBefore(minutes));
        addLine(out, QStringLiteral("END"), QStringLiteral("VALARM"));
    }
    addLine(out, QStringLiteral("END"), QStringLiteral("VEVENT"));
}

} // namespace

QByteArray IcsWriter::write(const QList<IcsEvent> &events, const QString &productId)
{
    QByteArray out;
    addLine(out, QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    addLine(out, QStringLiteral("VERSION"), QStringLiteral("2.0"));
    addText(out, QStringLiteral("PRODID"),
            productId.isEmpty() ? QStringLiteral("-//SecondRound//EN") : productId);
    addLine(out, QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    addLine(out, QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    for (const IcsEvent &event : events) {
        if (event.start.isValid())
            writeEvent(out, event);
    }
    addLine(out, QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}
