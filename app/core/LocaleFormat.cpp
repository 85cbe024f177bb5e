#include "core/LocaleFormat.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>

QString LocaleFormat::shortTime()
{
    return shortTime(QLocale());
}

QString LocaleFormat::shortTime(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Drop seconds, fractions and the zone name, each with the separator in front of it.
    static const QRegularExpression unwanted(QStringLiteral("[^A-Za-z']?(s+|z+|t+)"));
    format.remove(unwanted);
    return format.trimmed();
}

QString LocaleFormat::fourDigitYearDate()
{
    return fourDigitYearDate(QLocale());
}

QString LocaleFormat::fourDigitYearDate(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString LocaleFormat::dayMonth(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Quoted literals belong with the year ("yy 'г'." in Bulgarian).
    static const QRegularExpression literal(QStringLiteral("'[^']*'"));
    format.remove(literal);
    // Year first (Sweden, Japan, Hungary): drop it with the separator after it.
    static const QRegularExpression leadingYear(QStringLiteral("^[^dM]*y+[^dM]*"));
    format.remove(leadingYear);
    // Year last: drop it with the separator before it. Where the dot marks an ordinal
    // ("14.09." in German) it stays; elsewhere a day and month read "14.09".
    static const QRegularExpression trailingYear(QStringLiteral("([^dMy]*)y+[^dM]*$"));
    if (const QRegularExpressionMatch match = trailingYear.match(format); match.hasMatch()) {
        static const QList<QLocale::Language> ordinalDot = {
            QLocale::German,  QLocale::Danish, QLocale::NorwegianBokmal, QLocale::NorwegianNynorsk,
            QLocale::Finnish, QLocale::Czech,  QLocale::Slovak};
        const bool dotted = match.captured(1).trimmed() == QLatin1String(".") &&
                            ordinalDot.contains(locale.language());
        format.truncate(match.capturedStart());
        if (dotted)
            format += QLatin1Char('.');
    }
    format = format.trimmed();
    return format.isEmpty() ? QStringLiteral("d MMM") : format;
}
