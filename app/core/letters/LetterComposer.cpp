#include "core/letters/LetterComposer.h"

#include "core/text/PlainText.h"

TemplateOccasion LetterComposer::occasionFor(const RoundInfo &round)
{
    if (round.fields.kind == RoundKind::Final)
        return TemplateOccasion::Final;
    if (round.fields.kind == RoundKind::Panel)
        return TemplateOccasion::Panel;
    return round.number > 1 ? TemplateOccasion::Later : TemplateOccasion::First;
}

QString LetterComposer::baseLanguage(const QString &language)
{
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

const LetterTemplate *LetterComposer::choose(const QList<LetterTemplate> &templates,
                                             TemplateOccasion occasion, const QString &language)
{
    const QString wanted = baseLanguage(language);
    const LetterTemplate *english = nullptr;
    const LetterTemplate *any = nullptr;
    // Lowest id first: the shipped template (or the user's edit of it) before later additions.
    for (const LetterTemplate &candidate : templates) {
        if (candidate.occasion != occasion)
            continue;
        const QString candidateLanguage = baseLanguage(candidate.language);
        if (candidateLanguage == wanted)
            return &candidate;
        if (!english && candidateLanguage == QLatin1String("en"))
            english = &candidate;
        if (!any)
            any = &candidate;
    }
    return english ? english : any;
}

LetterValues LetterComposer::values(const RoundInfo &round, const PersonInfo &person,
                                    const QString &myName)
{
    LetterValues values;
    values.fullName = person.fields.name;
    values.company = round.company;
    values.role = round.role;
    values.roundNumber = round.number;
    values.finalRound = round.fields.kind == RoundKind::Final;
    values.date = round.startInOwnZone().date();
    values.myName = myName;
    return values;
}

LetterFields LetterComposer::compose(const LetterTemplate &letterTemplate, const RoundInfo &round,
                                     const PersonInfo &person, const QString &myName)
{
    const LetterValues filled = values(round, person, myName);
    LetterFields fields;
    fields.roundId = round.id;
    fields.personId = person.id;
    fields.templateId = letterTemplate.id;
    // A subject is one line whatever the names put into it hold.
    fields.subject = PlainText::singleLine(
        LetterFiller::fill(letterTemplate.subject, filled, letterTemplate.language));
    fields.body = LetterFiller::fill(letterTemplate.body, filled, letterTemplate.language);
    return fields;
}
