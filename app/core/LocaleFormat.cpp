#include "core/LocaleFormat.h"

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
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
