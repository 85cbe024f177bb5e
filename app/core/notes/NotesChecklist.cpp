#include "core/notes/NotesChecklist.h"

QStringList NotesChecklist::keys()
{
    return {attendeesKey(),           QStringLiteral("review"),     QStringLiteral("route"),
            QStringLiteral("copies"), QStringLiteral("references"), QStringLiteral("outfit"),
            QStringLiteral("news"),   QStringLiteral("questions"),  QStringLiteral("salary")};
}

QString NotesChecklist::label(const QString &key)
{
    if (key == attendeesKey())
        return tr("Ask who will attend");
    if (key == QLatin1String("review"))
        return tr("Review the notes from earlier rounds");
    if (key == QLatin1String("route"))
        return tr("Test the video link or the route, and plan to be there ten minutes early");
    if (key == QLatin1String("copies"))
        return tr("Copies of your CV and supporting material");
    if (key == QLatin1String("references"))
        return tr("References list ready");
    if (key == QLatin1String("outfit"))
        return tr("Clothes chosen to match their culture");
    if (key == QLatin1String("news"))
        return tr("Read the company's recent news");
    if (key == QLatin1String("questions"))
        return tr("Three or four questions ready to ask them");
    if (key == QLatin1String("salary"))
        return tr("Salary target and walk-away figure decided");
    return key;
}

bool NotesChecklist::isTicked(const QString &key, const QSet<QString> &ticked, bool peopleKnown)
{
    if (key == attendeesKey() && peopleKnown)
        return true;
    return ticked.contains(key);
}

NotesChecklist::Readiness NotesChecklist::readiness(const QSet<QString> &ticked, bool peopleKnown)
{
    Readiness result;
    for (const QString &key : keys()) {
        ++result.total;
        if (isTicked(key, ticked, peopleKnown))
            ++result.done;
    }
    return result;
}

QString NotesChecklist::readinessText(const Readiness &readiness)
{
    return tr("Prep %1/%2").arg(readiness.done).arg(readiness.total);
}
