#pragma once

#include "core/Result.h"
#include "core/prepsheet/PrepSheetData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <memory>

class Database;

// Fills a prep sheet from the stores: the round, its people, its reason, the notes of this
// and earlier rounds, the company research, the salary figures and the checklist; then
// every other feature's filler.
class PrepSheetLoader
{
    Q_DECLARE_TR_FUNCTIONS(PrepSheetLoader)

public:
    // A round of an archived application is refused, like one that does not exist.
    static Result<PrepSheetData> load(const std::shared_ptr<Database> &database, qint64 roundId,
                                      const QLocale &locale = QLocale(),
                                      const QTimeZone &userZone = QTimeZone::systemTimeZone());
    // The next scheduled round still ahead, of an active application.
    static Result<qint64> nextRound(const std::shared_ptr<Database> &database,
                                    const QDateTime &nowUtc);
};
