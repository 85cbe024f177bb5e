#include "core/notes/NotesSampleData.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesStore.h"

#include <QRandomGenerator>
#include <QSet>

namespace {

// Sample data goes into an empty file, so its applications are numbered from 1.
constexpr qint64 MaximumApplications = 500;

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

QString some(QRandomGenerator &random, const QStringList &list, int count)
{
    QStringList chosen;
    for (int i = 0; i < count * 3 && chosen.size() < count; ++i) {
        const QString item = pick(random, list);
        if (!chosen.contains(item))
            chosen << item;
    }
    return chosen.join(QLatin1Char('\n'));
}

} // namespace

Status NotesSampleData::fill(const std::shared_ptr<Database> &database, quint32 seed)
{
    RoundStore rounds(database);
    NotesStore notes(database);
    auto all = rounds.roundsBetween(QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC),
                                    QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC));
    if (!all)
        return all.status();
    QRandomGenerator random(seed ^ 0x6e6f7465u);
    const QDateTime now = Clock::nowUtc();

    const QStringList selling = {
        tr("Cut the release cycle from six weeks to one at my last job"),
        tr("Led a team of four through a rewrite without a missed deadline"),
        tr("Speak the customer's language: two years in support before engineering"),
        tr("Mentored three juniors who are now seniors"),
        tr("Comfortable owning a problem end to end, from the first call to the fix")};
    const QStringList requirements = {
        tr("Five years of backend work: payments service, 2019 to now"),
        tr("Leading without authority: the cross-team migration last spring"),
        tr("SQL at scale: tuned the reporting database, queries 40 times faster"),
        tr("Clear writing: wrote the onboarding guide new hires still use")};
    const QStringList questions = {
        tr("What would a great first three months look like in this role?"),
        tr("How does the team decide what to work on next?"),
        tr("What is the hardest problem the team is facing this year?"),
        tr("How do you give feedback, and how often?"),
        tr("What are the next steps, and when will you decide?")};
    const QStringList logistics = {tr("Be there at 9:50; ask for the interviewer at reception"),
                                   tr("Test the video link and the microphone the evening before"),
                                   tr("Bring two printed copies of the CV and the portfolio link")};
    const QStringList asked = {tr("Tell me about a project that failed"),
                               tr("Why are you leaving your current job?"),
                               tr("How do you handle a disagreement with your manager?"),
                               tr("Walk me through a system you designed"),
                               tr("What salary are you looking for?"),
                               tr("Where do you see yourself in three years?")};
    const QStringList weak = {
        tr("Salary question: gave a number too early; next time ask for their range first"),
        tr("Failed project: rambled; lead with what I learned, in two minutes"),
        tr("Gap last year: say plainly it was a planned break for a family move"),
        tr("System design: forgot to mention monitoring")};
    const QStringList concerns = {tr("Not sure I have led a team this size"),
                                  tr("Worried I would get bored with the maintenance work"),
                                  tr("Asked twice about experience with their cloud provider")};
    const QStringList clues = {tr("They mentioned on-call three times: probably a pain point"),
                               tr("The team is growing from five to eight this year"),
                               tr("The manager stressed written communication"),
                               tr("A big customer launch is planned for spring")};
    const QStringList next = {tr("Recruiter will call within a week"),
                              tr("Final round with the director if this goes well"),
                              tr("Decision expected by the end of the month")};
    const QStringList missions = {tr("Make small businesses' bookkeeping painless"),
                                  tr("Reliable logistics software for mid-sized shippers"),
                                  tr("Help hospitals schedule staff fairly")};
    const QStringList products = {tr("A web app and two mobile apps; an API for partners"),
                                  tr("Route planning, fleet tracking, invoicing"),
                                  tr("Rostering software sold per site")};
    const QStringList news = {tr("Raised a new funding round last quarter"),
                              tr("Opened an office abroad in the summer"),
                              tr("New chief technology officer since September")};
    const QStringList competitors = {tr("Two larger incumbents and one fast start-up"),
                                     tr("Mostly spreadsheets and in-house tools")};

    QSet<qint64> companiesDone;
    QSet<qint64> applicationsDone;
    for (const RoundInfo &round : all.value()) {
        // A person reads a few dozen; the heavy benchmark files need no more than these, and
        // filling every round of 10,000 applications would only slow their making down.
        if (round.applicationId > MaximumApplications)
            continue;
        RoundNotes text;
        const bool ended = round.endUtc() <= now;
        if (round.fields.status == RoundStatus::Cancelled)
            continue;
        // Plans for every round; the last one ahead sometimes with too few questions, so
        // the nudge shows.
        text.sellingPoints = some(random, selling, 2);
        text.requirements = some(random, requirements, 2);
        text.questionsToAsk = some(random, questions, ended ? 4 : 2 + int(random.bounded(3)));
        text.logistics = pick(random, logistics);
        if (ended && random.bounded(100) < 85) {
            text.questionsAsked = some(random, asked, 3);
            text.weakAnswers = some(random, weak, 1 + int(random.bounded(2)));
            text.concerns = pick(random, concerns);
            text.clues = some(random, clues, 2);
            text.nextSteps = pick(random, next);
            text.gutFeeling = 2 + int(random.bounded(4));
            text.followUpOn = round.startUtc.date().addDays(7);
        }
        if (Status saved = notes.saveNotes(round.id, text); !saved)
            return saved;
        const QStringList keys = NotesChecklist::keys();
        const int ticks = ended ? int(keys.size()) : int(random.bounded(quint32(keys.size())));
        for (int i = 0; i < ticks; ++i)
            if (Status ticked = notes.setTicked(round.id, keys.at(i), true); !ticked)
                return ticked;

        if (!applicationsDone.contains(round.applicationId)) {
            applicationsDone.insert(round.applicationId);
            const qint64 target = 60000 + 5000 * qint64(random.bounded(8));
            if (Status saved =
                    notes.saveSalary(round.applicationId,
                                     SalaryFigures{target, target - 8000, QStringLiteral("EUR")});
                !saved)
                return saved;
            auto company = rounds.companyOfApplication(round.applicationId);
            if (!company)
                return company.status();
            if (!companiesDone.contains(company.value())) {
                companiesDone.insert(company.value());
                CompanyResearch research{pick(random, missions), pick(random, products),
                                         pick(random, news), pick(random, competitors)};
                if (Status saved = notes.saveResearch(company.value(), research); !saved)
                    return saved;
            }
        }
    }
    // Some of what earlier rounds left is already dealt with in the rounds ahead.
    for (const RoundInfo &round : all.value()) {
        if (round.endUtc() <= now || round.fields.status == RoundStatus::Cancelled ||
            round.applicationId > MaximumApplications)
            continue;
        auto carried = notes.carriedOver(round.id);
        if (!carried)
            return carried.status();
        if (carried.value().size() > 2)
            if (Status decided = notes.setDealtWith(carried.value().first(), true); !decided)
                return decided;
    }
    return Status::success();
}
