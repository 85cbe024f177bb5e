#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// The basics checklist of a round: stable keys stored with each tick, labels for people.
class NotesChecklist
{
    Q_DECLARE_TR_FUNCTIONS(NotesChecklist)

public:
    // "Ask who will attend" counts as done by itself once someone is listed for the round.
    static QString attendeesKey() { return QStringLiteral("attendees"); }

    static QStringList keys();
    static QString label(const QString &key);
    static bool isKnown(const QString &key) { return keys().contains(key); }

    struct Readiness
    {
        int done = 0;
        int total = 0;
        bool operator==(const Readiness &) const = default;
    };
    // Ticks with unknown keys (from a newer version, say) are not counted.
    static Readiness readiness(const QSet<QString> &ticked, bool peopleKnown);
    static bool isTicked(const QString &key, const QSet<QString> &ticked, bool peopleKnown);
    // "Prep 5/9"
    static QString readinessText(const Readiness &readiness);
};
