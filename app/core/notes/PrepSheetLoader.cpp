#include "core/notes/PrepSheetLoader.h"

#include "core/LocaleFormat.h"
#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesRules.h"
#include "core/notes/NotesStore.h"
#include "core/prepsheet/PrepSheetFillers.h"

namespace {

QList<PrepSheetItem> itemsOf(const QString &text)
{
    QList<PrepSheetItem> items;
    for (const QString &line : NotesRules::items(text))
        items.append({line, {}, std::nullopt});
    return items;
}

QString amount(const QLocale &locale, qint64 value, const QString &currency)
{
    const QString number = locale.toString(value);
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

} // namespace

Result<qint64> PrepSheetLoader::nextRound(const std::shared_ptr<Database> &database,
                                          const QDateTime &nowUtc)
{
    RoundStore rounds(database);
    auto upcoming = rounds.upcoming(nowUtc, 1);
    if (!upcoming)
        return upcoming.status();
    if (upcoming.value().isEmpty())
        return Status::failure(tr("No interview round is scheduled ahead."));
    return upcoming.value().first().id;
}

Result<PrepSheetData> PrepSheetLoader::load(const std::shared_ptr<Database> &database,
                                            qint64 roundId, const QLocale &locale,
                                            const QTimeZone &userZone)
{
    RoundStore rounds(database);
    PipelineStore pipeline(database);
    NotesStore store(database);

    auto found = rounds.round(roundId);
    if (!found)
        return Status::failure(tr("There is no round %1.").arg(roundId));
    const RoundInfo &round = found.value();
    auto application = pipeline.snapshot(round.applicationId);
    if (!application)
        return application.status();
    if (!application.value().row.value(QStringLiteral("archived_at")).isNull())
        return Status::failure(
            tr("Round %1 belongs to an archived application; bring the application back from "
               "the archive first.")
                .arg(roundId));
    auto notes = store.notes(roundId);
    if (!notes)
        return notes.status();
    auto companyId = rounds.companyOfApplication(round.applicationId);
    if (!companyId)
        return companyId.status();
    auto research = store.research(companyId.value());
    if (!research)
        return research.status();
    auto salary = store.salary(round.applicationId);
    if (!salary)
        return salary.status();
    auto ticks = store.ticks(roundId);
    if (!ticks)
        return ticks.status();
    auto carried = store.carriedOver(roundId);
    if (!carried)
        return carried.status();
    auto all = rounds.roundsForApplication(round.applicationId);
    if (!all)
        return all.status();

    PrepSheetData sheet;
    sheet.roundId = roundId;
    sheet.applicationId = round.applicationId;
    sheet.company = round.company;
    sheet.role = round.role;
    sheet.roundTitle =
        tr("Round %1: %2").arg(round.number).arg(RoundCatalog::label(round.fields.kind));
    const QDateTime start = round.startInOwnZone();
    const QDateTime end = start.addSecs(qint64(round.fields.durationMinutes) * 60);
    sheet.dateText = locale.toString(start.date(), QLocale::LongFormat);

    // 1. When, where, how long
    sheet.when.title = tr("When and where");
    sheet.when.items.append(
        {tr("%1, %2 to %3 (%4)")
             .arg(locale.toString(start.date(), QLocale::LongFormat),
                  locale.toString(start.time(), LocaleFormat::shortTime(locale)),
                  locale.toString(end.time(), LocaleFormat::shortTime(locale)),
                  round.fields.timeZoneId),
         {},
         std::nullopt});
    const QDateTime mine = round.startUtc.toTimeZone(userZone);
    if (mine.offsetFromUtc() != start.offsetFromUtc())
        sheet.when.items.append(
            {tr("Your time: %1, %2 to %3")
                 .arg(
                     locale.toString(mine.date(), QLocale::LongFormat),
                     locale.toString(mine.time(), LocaleFormat::shortTime(locale)),
                     locale.toString(mine.addSecs(qint64(round.fields.durationMinutes) * 60).time(),
                                     LocaleFormat::shortTime(locale))),
             {},
             std::nullopt});
    sheet.when.items.append(
        {tr("Duration: %1 minutes").arg(round.fields.durationMinutes), {}, std::nullopt});
    if (!round.fields.location.trimmed().isEmpty())
        sheet.when.items.append({tr("Where: %1").arg(round.fields.location.trimmed()), {}, {}});
    if (!round.fields.meetingUrl.trimmed().isEmpty())
        sheet.when.items.append({tr("Link: %1").arg(round.fields.meetingUrl.trimmed()), {}, {}});
    sheet.when.items.append(itemsOf(notes.value().logistics));

    // 2. People
    sheet.people.title = tr("Who will be there");
    for (const PersonInfo &person : round.people) {
        QString text = person.fields.name;
        if (!person.fields.title.trimmed().isEmpty())
            text = tr("%1, %2").arg(text, person.fields.title.trimmed());
        sheet.people.items.append({text, person.fields.notes.trimmed(), std::nullopt});
    }
    sheet.people.emptyHint = tr("Nobody listed yet: ask who will attend, and add them to the "
                                "round. Each person starts from zero.");

    // 3. Why this round
    sheet.why.title = tr("Why this round");
    sheet.why.paragraphs << RoundCatalog::label(round.fields.reason)
                         << RoundCatalog::advice(round.fields.reason);

    // 4. Left open by earlier rounds
    sheet.leftOpen.title = tr("Left open by earlier rounds");
    for (const CarriedItem &item : NotesRules::stillOpen(carried.value()))
        sheet.leftOpen.items.append(
            {tr("Round %1, %2: %3")
                 .arg(item.sourceRoundNumber)
                 .arg(NotesRules::fieldLabel(item.field).toLower(), item.text),
             {},
             std::nullopt});
    sheet.leftOpen.emptyHint =
        round.number > 1 ? tr("Nothing open: every weak answer, concern and clue is dealt with.")
                         : tr("This is the first round: nothing to carry over yet.");

    // 5. Selling points and evidence
    sheet.sellingPoints.title = tr("What I want them to remember");
    sheet.sellingPoints.items = itemsOf(notes.value().sellingPoints);
    for (const PrepSheetItem &requirement : itemsOf(notes.value().requirements))
        sheet.sellingPoints.items.append(
            {tr("Requirement and my evidence: %1").arg(requirement.text), {}, std::nullopt});
    sheet.sellingPoints.emptyHint = tr("Add your selling points and the job's key requirements "
                                       "with your evidence in the plan.");

    // 6. Likely questions: what earlier rounds asked; other features add prepared answers.
    sheet.likelyQuestions.title = tr("Likely questions");
    QStringList seen;
    for (const RoundInfo &earlier : all.value()) {
        if (earlier.number >= round.number)
            continue;
        auto earlierNotes = store.notes(earlier.id);
        if (!earlierNotes)
            return earlierNotes.status();
        for (const QString &question : NotesRules::items(earlierNotes.value().questionsAsked)) {
            if (seen.contains(question))
                continue;
            seen << question;
            sheet.likelyQuestions.items.append(
                {question, tr("Asked in round %1").arg(earlier.number), std::nullopt});
        }
    }
    sheet.likelyQuestions.emptyHint = tr("Questions from earlier debriefs and your practised "
                                         "answers appear here.");

    // 7. Questions to ask them
    sheet.questionsToAsk.title = tr("Questions to ask them");
    sheet.questionsToAsk.items = itemsOf(notes.value().questionsToAsk);
    if (sheet.questionsToAsk.items.size() < NotesRules::MinimumQuestions)
        sheet.questionsToAsk.warning =
            tr("Prepare at least three: about the team, the work, its challenges, and at the "
               "end the next steps.");
    sheet.questionsToAsk.emptyHint = tr("Write your questions in the plan, one per line.");

    // 8. Salary
    sheet.salary.title = tr("Salary");
    const SalaryFigures &figures = salary.value();
    if (figures.target)
        sheet.salary.items.append(
            {tr("Target: %1").arg(amount(locale, *figures.target, figures.currency)), {}, {}});
    if (figures.walkAway)
        sheet.salary.items.append(
            {tr("Walk-away: %1").arg(amount(locale, *figures.walkAway, figures.currency)), {}, {}});
    sheet.salary.emptyHint = tr("Decide your target and the least you would accept, with the "
                                "market range as evidence.");

    // 9. Basics checklist
    sheet.checklist.title = tr("Checklist");
    for (const QString &key : NotesChecklist::keys())
        sheet.checklist.items.append(
            {NotesChecklist::label(key),
             {},
             NotesChecklist::isTicked(key, ticks.value(), !round.people.isEmpty())});

    // 10. After the round
    sheet.afterRound.title = tr("After the round");
    for (const PersonInfo &person : round.people)
        sheet.afterRound.items.append(
            {tr("Thank-you note to %1, within a day").arg(person.fields.name), {}, false});
    if (round.people.isEmpty())
        sheet.afterRound.items.append(
            {tr("A short thank-you note to each person you met, within a day"), {}, false});
    sheet.afterRound.items.append(
        {tr("Ask about the next steps and when they will decide"), {}, false});
    sheet.afterRound.items.append({tr("Write the debrief while it is fresh"), {}, false});

    for (PrepSheetFiller filler : PrepSheetFillers::all()) {
        if (Status filled = filler(database, sheet); !filled)
            return filled;
    }
    return sheet;
}
