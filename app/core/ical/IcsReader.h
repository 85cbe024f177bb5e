#pragma once

#include "core/ical/IcsReadResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads iCalendar (RFC 5545) data as real mail and calendar programs write it: Outlook's
// Windows zone names and custom VTIMEZONEs, Google's UTC times, Apple's floating times,
// folded and escaped lines. Only events are taken; to-dos, journals and unknown properties
// are skipped. Any real defect refuses the whole file, because a half-imported invitation
// is worse than a clear message.
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(IcsReader)

public:
    // Invitations are a few kilobytes; anything this big is not one, and refusing it early
    // keeps a wrong file choice from freezing the app.
    static constexpr qint64 MaxFileSize = 5 * 1024 * 1024;
    // A real invitation nests three deep (calendar, event, alarm or time zone rule). The
    // limit keeps a hostile file from building a tree so deep that walking or destroying it
    // exhausts the stack.
    static constexpr int MaxNesting = 16;

    static IcsReadResult read(const QByteArray &data);
    static IcsReadResult readFile(const QString &path);
};
