#include "core/SqlErrorText.h"

QString SqlErrorText::describe(const QSqlError &error, const QString &whatFailed)
{
    const QString technical = error.text().trimmed();
    const QString lower = technical.toLower();
    QString advice;
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        advice = tr("Another program is using the file right now. Close it and try again.");
    else if (lower.contains(QLatin1String("readonly")) ||
             lower.contains(QLatin1String("read-only")))
        advice = tr("The file is read-only, so nothing can be changed.");
    else if (lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("full")))
        advice = tr("The disk is full. Free some space and try again.");
    else if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("corrupt")))
        advice = tr("The file is damaged. Open a backup copy instead.");
    else if (lower.contains(QLatin1String("i/o")))
        advice = tr("The file could not be read or written. Check that the disk is still there.");
    else if (lower.contains(QLatin1String("unique")))
        advice = tr("An entry with the same name already exists.");
    else if (lower.contains(QLatin1String("constraint")))
        advice = tr("The change would leave the data inconsistent, so it was not saved.");
    else
        advice = tr("Nothing was changed.");
    if (technical.isEmpty())
        return whatFailed + QLatin1Char(' ') + advice;
    return tr("%1 %2 (Details: %3)").arg(whatFailed, advice, technical);
}
