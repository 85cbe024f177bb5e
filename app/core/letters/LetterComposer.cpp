#include "core/letters/LetterComposer.h"

#include "core/notes/NotesRules.h"
#include "core/text/PlainText.h"

#include <QRegularExpression>

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

namespace {

// The words by which a debrief line may name a person: the given name and the surname.
QStringList namesOf(const QString &fullName)
{
    QStringList names;
    const QString first = LetterFiller::firstName(fullName);
    if (!first.isEmpty())
        names << first;
    // "Weber, Anna" puts the surname first; otherwise it is the last word.
    const QString simplified = fullName.simplified();
    const QString surname = simplified.contains(QLatin1Char(','))
                                ? simplified.section(QLatin1Char(','), 0, 0).trimmed()
                                : simplified.section(QLatin1Char(' '), -1);
    if (surname.size() > 1 && !names.contains(surname, Qt::CaseInsensitive))
        names << surname;
    return names;
}

// The line without a leading "Anna:" / "Anna Weber -" that says whose it is.
QString withoutSpeaker(const QString &line, const QRegularExpressionMatch &match)
{
    static const QRegularExpression speaker(QStringLiteral("^[^:–—]{1,40}?(?::|\\s[–—-]\\s)\\s*"));
    const QRegularExpressionMatch prefix = speaker.match(line);
    if (prefix.hasMatch() && match.capturedStart() < prefix.capturedEnd()) {
        const QString rest = line.mid(prefix.capturedEnd()).trimmed();
        if (!rest.isEmpty())
            return rest;
    }
    return line;
}

} // namespace

QString LetterComposer::topicFor(const PersonInfo &person, int peopleInRound,
                                 const RoundNotes &debrief)
{
    const QStringList lines =
        NotesRules::items(debrief.clues) + NotesRules::items(debrief.questionsAsked);
    QList<QRegularExpression> names;
    for (const QString &name : namesOf(person.fields.name))
        names << QRegularExpression(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
    // Line by line, so the clues (listed first) win over the questions.
    for (const QString &line : lines)
        for (const QRegularExpression &name : std::as_const(names))
            if (const QRegularExpressionMatch match = name.match(line); match.hasMatch())
                return PlainText::singleLine(withoutSpeaker(line, match));
    if (peopleInRound == 1 && !lines.isEmpty())
        return PlainText::singleLine(lines.first());
    return {};
}

QString LetterComposer::nextStepFrom(const RoundNotes &debrief)
{
    const QStringList steps = NotesRules::items(debrief.nextSteps);
    return steps.isEmpty() ? QString() : PlainText::singleLine(steps.first());
}

LetterValues LetterComposer::values(const RoundInfo &round, const PersonInfo &person,
                                    const QString &myName, const RoundNotes &debrief)
{
    LetterValues values;
    values.fullName = person.fields.name;
    values.company = round.company;
    values.role = round.role;
    values.roundNumber = round.number;
    values.finalRound = round.fields.kind == RoundKind::Final;
    values.date = round.startInOwnZone().date();
    values.myName = myName;
    values.topic = topicFor(person, int(round.people.size()), debrief);
    values.nextStep = nextStepFrom(debrief);
    return values;
}

LetterFields LetterComposer::compose(const LetterTemplate &letterTemplate, const RoundInfo &round,
                                     const PersonInfo &person, const QString &myName,
                                     const RoundNotes &debrief)
{
    const LetterValues filled = values(round, person, myName, debrief);
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
