#pragma once

#include "core/RoundTypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Names, stored keys and advice for round kinds, statuses and reasons, in one place.
class RoundCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RoundCatalog)

public:
    static QList<RoundKind> kinds();
    static QString key(RoundKind kind);
    static QString label(RoundKind kind);
    static std::optional<RoundKind> kindFromKey(const QString &key);

    static QList<RoundStatus> statuses();
    static QString key(RoundStatus status);
    static QString label(RoundStatus status);
    static std::optional<RoundStatus> statusFromKey(const QString &key);

    static QList<RoundReason> reasons();
    static QString key(RoundReason reason);
    static QString label(RoundReason reason);
    static QString advice(RoundReason reason);
    static std::optional<RoundReason> reasonFromKey(const QString &key);

    // The checklist printed in calendar entries and on the prep sheet.
    static QStringList prepChecklist(bool peopleKnown);
};
