#include "core/letters/LetterPrepSheet.h"

#include "core/LocaleFormat.h"
#include "core/RoundStore.h"
#include "core/letters/LetterDue.h"
#include "core/letters/LetterStore.h"

#include <QHash>
#include <QLocale>

Status LetterPrepSheet::fill(const std::shared_ptr<Database> &database, PrepSheetData &sheet)
{
    auto round = RoundStore(database).round(sheet.roundId);
    if (!round)
        return round.status();
    auto letters = LetterStore(database).lettersOfRound(sheet.roundId);
    if (!letters)
        return letters.status();
    // The newest letter to each person tells how far their thanks have got.
    QHash<qint64, LetterInfo> newest;
    for (const LetterInfo &letter : letters.value())
        if (letter.fields.personId != 0 && (!newest.contains(letter.fields.personId) ||
                                            newest.value(letter.fields.personId).id < letter.id))
            newest.insert(letter.fields.personId, letter);

    const QLocale locale;
    const auto when = [&locale](const QDateTime &utc) {
        return locale.toString(utc.toLocalTime(), QStringLiteral("ddd d MMM, ")) +
               locale.toString(utc.toLocalTime().time(), LocaleFormat::shortTime(locale));
    };
    const QString due = when(LetterDue::dueAt(round.value().endUtc()));

    // The notes put one generic thank-you line per person (or one for nobody) first; these
    // lines say more, so they take their place.
    const qsizetype generic = std::max<qsizetype>(1, round.value().people.size());
    if (sheet.afterRound.items.size() >= generic)
        sheet.afterRound.items.remove(0, generic);
    QList<PrepSheetItem> thanks;
    for (const PersonInfo &person : round.value().people) {
        PrepSheetItem item;
        item.text = tr("Thank-you letter to %1, due %2").arg(person.fields.name, due);
        const auto letter = newest.constFind(person.id);
        bool sent = false;
        if (letter == newest.cend()) {
            item.detail = tr("Not written yet: the Letters tab proposes one when the round ends.");
        } else if (letter->status == LetterStatus::Sent ||
                   letter->status == LetterStatus::Replied) {
            item.detail = tr("Sent %1").arg(when(letter->sentAt));
            sent = true;
        } else if (letter->status == LetterStatus::Discarded) {
            item.detail = tr("Letter discarded.");
        } else {
            item.detail = tr("Draft ready in the Letters tab.");
        }
        if (!person.fields.email.trimmed().isEmpty())
            item.detail += QLatin1Char(' ') + person.fields.email.trimmed();
        item.ticked = sent;
        thanks << item;
    }
    if (round.value().people.isEmpty())
        thanks << PrepSheetItem{tr("A thank-you letter to each person you meet, due %1").arg(due),
                                tr("Nobody is listed for this round yet: note who attends."),
                                false};
    sheet.afterRound.items = thanks + sheet.afterRound.items;
    return Status::success();
}
