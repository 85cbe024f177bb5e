#pragma once

#include "core/Result.h"
#include "core/prepsheet/PrepSheetData.h"

#include <QList>

#include <memory>

class Database;

// Adds a feature's part to a prep sheet already filled with the round and its notes
// (sheet.roundId, sheet.applicationId are set): the practice tab's prepared answers to the
// likely questions, the letters tab's thank-you notes, …
using PrepSheetFiller = Status (*)(const std::shared_ptr<Database> &database, PrepSheetData &sheet);

namespace PrepSheetFillers {
// Every feature's filler, in the order they run; one line per feature in the .cpp.
QList<PrepSheetFiller> all();
} // namespace PrepSheetFillers
