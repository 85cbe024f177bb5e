#pragma once

#include "core/Result.h"
#include "core/prepsheet/PrepSheetData.h"

#include <QCoreApplication>

#include <memory>

class Database;

// Section 10 of the prep sheet: each person to thank, when the letters are due (a day after
// the round ends) and how far each letter has got.
class LetterPrepSheet
{
    Q_DECLARE_TR_FUNCTIONS(LetterPrepSheet)

public:
    static Status fill(const std::shared_ptr<Database> &database, PrepSheetData &sheet);
};
