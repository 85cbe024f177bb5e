#include "core/spreadsheet/DateReading.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"));
    return pattern;
}

const QRegularExpression &dotPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4}|\\d{2})(?:\\s+\\d.*)?$"));
    return pattern;
}

const QRegularExpression &slashPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:\\s+\\d.*)?$"));
    return pattern;
}

int fullYear(const QString &text)
{
    const int year = text.toInt();
    return text.size() == 2 ? 2000 + year : year;
}

} // namespace

DateReading::Order DateReading::orderOf(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    return (month >= 0 && day >= 0 && month < day) ? Order::MonthFirst : Order::DayFirst;
}

DateReading::Order DateReading::orderFor(const QStringList &cells, const QLocale &locale)
{
    for (const QString &cell : cells) {
        const auto match = slashPattern().match(cell.trimmed());
        if (!match.hasMatch())
            continue;
        if (match.captured(1).toInt() > 12)
            return Order::DayFirst;
        if (match.captured(2).toInt() > 12)
            return Order::MonthFirst;
    }
    return orderOf(locale);
}

bool DateReading::isAmbiguous(const QString &cell)
{
    const auto match = slashPattern().match(cell.trimmed());
    if (!match.hasMatch())
        return false;
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    return first <= 12 && second <= 12 && first != second;
}

Result<QDate> DateReading::read(const QString &cell, Order order)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return QDate();
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto iso = isoPattern().match(text); iso.hasMatch()) {
        year = iso.captured(1).toInt();
        month = iso.captured(2).toInt();
        day = iso.captured(3).toInt();
    } else if (const auto dot = dotPattern().match(text); dot.hasMatch()) {
        day = dot.captured(1).toInt();
        month = dot.captured(2).toInt();
        year = fullYear(dot.captured(3));
    } else if (const auto slash = slashPattern().match(text); slash.hasMatch()) {
        const int first = slash.captured(1).toInt();
        const int second = slash.captured(2).toInt();
        const bool dayFirst = order == Order::DayFirst;
        day = dayFirst ? first : second;
        month = dayFirst ? second : first;
        year = fullYear(slash.captured(3));
    } else {
        return Result<QDate>::failure(
            tr("“%1” is not a date; write it as 2024-03-05, 05.03.2024 or 05/03/2024.")
                .arg(text.left(40)));
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900)
        return Result<QDate>::failure(tr("“%1” is not a day in the calendar.").arg(text.left(40)));
    return date;
}
