#pragma once

#include "core/RoundTypes.h"
#include "core/letters/LetterFiller.h"
#include "core/letters/LetterTypes.h"
#include "core/notes/NotesTypes.h"

#include <QList>
#include <QString>

// Writes a letter to one person of a round from a template. Pure: the caller reads the
// round, the templates and the user's name.
class LetterComposer
{
public:
    // Final and panel rounds have their own templates; otherwise the first round or a later one.
    static TemplateOccasion occasionFor(const RoundInfo &round);
    // The template for an occasion in a language ("de_DE" matches "de"), falling back to
    // English and then to any template of that occasion; nullptr when there is none at all.
    static const LetterTemplate *choose(const QList<LetterTemplate> &templates,
                                        TemplateOccasion occasion, const QString &language);
    // debrief: the round's notes; {topic} and {next_step} come from them where they say.
    static LetterValues values(const RoundInfo &round, const PersonInfo &person,
                               const QString &myName, const RoundNotes &debrief = {});
    static LetterFields compose(const LetterTemplate &letterTemplate, const RoundInfo &round,
                                const PersonInfo &person, const QString &myName,
                                const RoundNotes &debrief = {});
    // What was discussed with this person, from the debrief: the first line of the clues or
    // the questions asked that names them (the name and a colon after it left out), else,
    // when they were the only person there, the first such line; empty when it does not say
    // (the letter keeps {topic} for the user to type).
    static QString topicFor(const PersonInfo &person, int peopleInRound, const RoundNotes &debrief);
    // The first line of what they said about next steps; empty when none was written.
    static QString nextStepFrom(const RoundNotes &debrief);
    // "de_DE" → "de"
    static QString baseLanguage(const QString &language);
};
