#pragma once

#include "core/Result.h"
#include "core/prepsheet/PrepSheetData.h"

#include <QCoreApplication>

#include <memory>

class Database;

// The practice tab's part of a round's prep sheet: (6) the likely questions for the round,
// weakest first, each with the start of the prepared answer and the titles of its stories;
// (7) the questions to ask chosen for the round.
class PracticePrepSheet
{
    Q_DECLARE_TR_FUNCTIONS(PracticePrepSheet)

public:
    static constexpr int MaximumLikelyQuestions = 12;
    static constexpr int AnswerExcerpt = 220;

    static Status fill(const std::shared_ptr<Database> &database, PrepSheetData &sheet);
};
