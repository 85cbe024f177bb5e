#pragma once

#include "core/ical/IcsEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes events as an RFC 5545 calendar that Outlook, Google and Apple all import: UTC times
// (so no VTIMEZONE is needed), CRLF line ends and lines folded at 75 octets.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    // Events without a valid start are left out, as a VEVENT cannot be written without one.
    // Whole-day events keep VALUE=DATE, since converting midnight to UTC would move them to
    // another day for half the world. A missing UID is generated and a missing stamp is
    // taken from Clock. Alarm minutes below zero are skipped, as they do not remind.
    static QByteArray write(const QList<IcsEvent> &events, const QString &productId);
};
