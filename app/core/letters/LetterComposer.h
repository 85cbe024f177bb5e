#pragma once

#include "core/RoundTypes.h"
#include "core/letters/LetterFiller.h"
#include "core/letters/LetterTypes.h"

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
    static LetterValues values(const RoundInfo &round, const PersonInfo &person,
                               const QString &myName);
    static LetterFields compose(const LetterTemplate &letterTemplate, const RoundInfo &round,
                                const PersonInfo &person, const QString &myName);
    // "de_DE" → "de"
    static QString baseLanguage(const QString &language);
};
