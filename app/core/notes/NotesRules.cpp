#include "core/notes/NotesRules.h"

#include <QHash>

QStringList NotesRules::items(const QString &text)
{
    QStringList result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString item = line.trimmed();
        if (!item.isEmpty() && !result.contains(item))
            result.append(item);
    }
    return result;
}

QList<CarriedField> NotesRules::carriedFields()
{
    return {CarriedField::WeakAnswers, CarriedField::Concerns, CarriedField::Clues,
            CarriedField::NextSteps};
}

QString NotesRules::fieldKey(CarriedField field)
{
    switch (field) {
    case CarriedField::WeakAnswers:
        return QStringLiteral("weak_answers");
    case CarriedField::Concerns:
        return QStringLiteral("concerns");
    case CarriedField::Clues:
        return QStringLiteral("clues");
    case CarriedField::NextSteps:
        break;
    }
    return QStringLiteral("next_steps");
}

QString NotesRules::fieldLabel(CarriedField field)
{
    switch (field) {
    case CarriedField::WeakAnswers:
        return tr("Weak answer");
    case CarriedField::Concerns:
        return tr("Their concern");
    case CarriedField::Clues:
        return tr("Clue");
    case CarriedField::NextSteps:
        break;
    }
    return tr("Next step");
}

namespace {

const QString &fieldText(const RoundNotes &notes, CarriedField field)
{
    switch (field) {
    case CarriedField::WeakAnswers:
        return notes.weakAnswers;
    case CarriedField::Concerns:
        return notes.concerns;
    case CarriedField::Clues:
        return notes.clues;
    case CarriedField::NextSteps:
        break;
    }
    return notes.nextSteps;
}

} // namespace

QList<CarriedItem> NotesRules::carriedOver(const QList<EarlierRound> &earlier,
                                           const QList<DecisionKey> &decisions)
{
    const QSet<DecisionKey> decided(decisions.cbegin(), decisions.cend());
    QList<CarriedItem> result;
    for (const EarlierRound &round : earlier) {
        for (CarriedField field : carriedFields()) {
            const QString key = fieldKey(field);
            for (const QString &line : items(fieldText(round.notes, field))) {
                CarriedItem item;
                item.sourceRoundId = round.roundId;
                item.sourceRoundNumber = round.number;
                item.field = field;
                item.text = line;
                item.dealtWith = decided.contains({round.roundId, key, line});
                result.append(item);
            }
        }
    }
    return result;
}

QList<CarriedItem> NotesRules::stillOpen(const QList<CarriedItem> &items)
{
    QList<CarriedItem> open;
    for (const CarriedItem &item : items)
        if (!item.dealtWith)
            open.append(item);
    return open;
}

bool NotesRules::showDebriefFirst(const QDateTime &roundEndUtc, const QDateTime &nowUtc)
{
    return roundEndUtc.isValid() && nowUtc >= roundEndUtc;
}

bool NotesRules::needsDebrief(const QDateTime &roundEndUtc, bool cancelled, const RoundNotes &notes,
                              const QDateTime &nowUtc)
{
    return !cancelled && showDebriefFirst(roundEndUtc, nowUtc) && notes.debriefIsEmpty();
}

size_t qHash(const NotesRules::DecisionKey &key, size_t seed)
{
    return qHashMulti(seed, key.sourceRoundId, key.field, key.item);
}
