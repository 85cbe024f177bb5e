#include "core/notes/NotesTypes.h"

bool RoundNotes::debriefIsEmpty() const
{
    return questionsAsked.trimmed().isEmpty() && weakAnswers.trimmed().isEmpty() &&
           concerns.trimmed().isEmpty() && clues.trimmed().isEmpty() &&
           nextSteps.trimmed().isEmpty() && !followUpOn.isValid() && !gutFeeling;
}

bool RoundNotes::isEmpty() const
{
    return debriefIsEmpty() && sellingPoints.trimmed().isEmpty() &&
           requirements.trimmed().isEmpty() && questionsToAsk.trimmed().isEmpty() &&
           logistics.trimmed().isEmpty();
}

bool CompanyResearch::isEmpty() const
{
    return mission.trimmed().isEmpty() && products.trimmed().isEmpty() &&
           news.trimmed().isEmpty() && competitors.trimmed().isEmpty();
}
