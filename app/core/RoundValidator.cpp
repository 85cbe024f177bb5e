#include "core/RoundValidator.h"
#include "core/WebLink.h"
#include "core/text/PlainText.h"

#include <QTimeZone>

QDateTime RoundValidator::localToInstant(const QDate &date, const QTime &time, const QString &zone)
{
    const QTimeZone timeZone(zone.toUtf8());
    if (!date.isValid() || !time.isValid() || !timeZone.isValid())
        return {};
    // Try the offsets in force half a day either side: a local time that matches one of
    // them exists; with two matches (clocks going back) the earlier instant wins.
    const QDateTime naive(date, time, Qt::UTC);
    const int before = timeZone.offsetFromUtc(naive.addSecs(-12 * 3600));
    const int after = timeZone.offsetFromUtc(naive.addSecs(12 * 3600));
    for (int offset : {std::max(before, after), std::min(before, after)}) {
        const QDateTime instant = naive.addSecs(-offset);
        if (timeZone.offsetFromUtc(instant) == offset)
            return instant.toTimeZone(timeZone);
    }
    return {};
}

QList<RoundValidator::Problem> RoundValidator::validate(const RoundFields &fields)
{
    QList<Problem> problems;
    const QTimeZone zone(fields.timeZoneId.toUtf8());
    if (fields.timeZoneId.isEmpty() || !zone.isValid())
        problems.append({Field::TimeZone, tr("Choose the time zone the interview is in.")});
    if (!fields.start.isValid())
        problems.append({Field::Start, tr("Enter a start date and time that exists in that "
                                          "time zone (clocks may change that night).")});
    if (fields.durationMinutes < MinDuration || fields.durationMinutes > MaxDuration)
        problems.append({Field::Duration, tr("The duration must be between %1 and %2 minutes.")
                                              .arg(MinDuration)
                                              .arg(MaxDuration)});
    if (PlainText::hasUnsafeInLine(fields.location))
        problems.append({Field::Location, tr("Remove the line breaks and invisible control "
                                             "characters; the location is one line.")});
    else if (fields.location.trimmed().size() > 300)
        problems.append(
            {Field::Location, tr("The location is too long (at most 300 characters).")});
    const QString link = fields.meetingUrl.trimmed();
    if (!link.isEmpty()) {
        if (!WebLink::isValid(link))
            problems.append({Field::MeetingUrl, tr("The meeting link must be a web address "
                                                   "starting with http:// or https://.")});
    }
    if (fields.outcome.size() > 20000)
        problems.append(
            {Field::Outcome, tr("The outcome is too long (at most 20,000 characters).")});
    return problems;
}
