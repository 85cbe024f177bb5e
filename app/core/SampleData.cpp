#include "core/SampleData.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/Transaction.h"
#include "core/notes/NotesSampleData.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {

const char *const companyFirst[] = {"Northwind", "Bluebird", "Harbor",     "Lumen",   "Cedar",
                                    "Quarry",    "Meridian", "Copperleaf", "Orbit",   "Fjord",
                                    "Saffron",   "Granite",  "Kestrel",    "Juniper", "Tidewater",
                                    "Beacon",    "Vantage",  "Marigold",   "Summit",  "Pinecrest"};
const char *const companySecond[] = {"Analytics", "Logistics", "Health",   "Robotics",  "Labs",
                                     "Energy",    "Software",  "Foods",    "Media",     "Bank",
                                     "Systems",   "Studios",   "Mobility", "Insurance", "Games"};
const char *const roles[] = {QT_TRANSLATE_NOOP("SampleData", "Backend engineer"),
                             QT_TRANSLATE_NOOP("SampleData", "Product designer"),
                             QT_TRANSLATE_NOOP("SampleData", "Data analyst"),
                             QT_TRANSLATE_NOOP("SampleData", "Engineering manager"),
                             QT_TRANSLATE_NOOP("SampleData", "Frontend developer"),
                             QT_TRANSLATE_NOOP("SampleData", "QA engineer"),
                             QT_TRANSLATE_NOOP("SampleData", "Site reliability engineer"),
                             QT_TRANSLATE_NOOP("SampleData", "Product manager"),
                             QT_TRANSLATE_NOOP("SampleData", "Data scientist"),
                             QT_TRANSLATE_NOOP("SampleData", "Technical writer"),
                             QT_TRANSLATE_NOOP("SampleData", "Mobile developer"),
                             QT_TRANSLATE_NOOP("SampleData", "Security engineer"),
                             QT_TRANSLATE_NOOP("SampleData", "Solutions architect"),
                             QT_TRANSLATE_NOOP("SampleData", "UX researcher"),
                             QT_TRANSLATE_NOOP("SampleData", "Platform engineer")};
const char *const locations[] = {QT_TRANSLATE_NOOP("SampleData", "Berlin"),
                                 QT_TRANSLATE_NOOP("SampleData", "Remote"),
                                 QT_TRANSLATE_NOOP("SampleData", "Hamburg (hybrid)"),
                                 QT_TRANSLATE_NOOP("SampleData", "Munich"),
                                 QT_TRANSLATE_NOOP("SampleData", "Amsterdam"),
                                 QT_TRANSLATE_NOOP("SampleData", "London"),
                                 QT_TRANSLATE_NOOP("SampleData", "Vienna"),
                                 QT_TRANSLATE_NOOP("SampleData", "Zurich"),
                                 QT_TRANSLATE_NOOP("SampleData", "Remote (EU)"),
                                 QT_TRANSLATE_NOOP("SampleData", "Cologne"),
                                 QT_TRANSLATE_NOOP("SampleData", "Leipzig"),
                                 QT_TRANSLATE_NOOP("SampleData", "Copenhagen")};
const char *const sources[] = {QT_TRANSLATE_NOOP("SampleData", "Company website"),
                               QT_TRANSLATE_NOOP("SampleData", "Referral"),
                               QT_TRANSLATE_NOOP("SampleData", "LinkedIn"),
                               QT_TRANSLATE_NOOP("SampleData", "Recruiter"),
                               QT_TRANSLATE_NOOP("SampleData", "Job board"),
                               QT_TRANSLATE_NOOP("SampleData", "Meetup")};
const char *const firstNames[] = {"Ana",    "Ben",   "Chiara", "David", "Emre", "Fatima", "Greta",
                                  "Hiro",   "Ines",  "Jonas",  "Kira",  "Luca", "Maya",   "Nils",
                                  "Olivia", "Pavel", "Rosa",   "Sven",  "Tara", "Yusuf"};
const char *const lastNames[] = {"Albrecht", "Brooks",    "Costa",    "Dubois",  "Eriksen",
                                 "Fischer",  "Garcia",    "Hoffmann", "Ivanova", "Jansen",
                                 "Kowalski", "Lindqvist", "Moreau",   "Novak",   "Okafor",
                                 "Petersen", "Rossi",     "Schmidt"};
const char *const titles[] = {QT_TRANSLATE_NOOP("SampleData", "Engineering manager"),
                              QT_TRANSLATE_NOOP("SampleData", "Recruiter"),
                              QT_TRANSLATE_NOOP("SampleData", "Head of product"),
                              QT_TRANSLATE_NOOP("SampleData", "Senior engineer"),
                              QT_TRANSLATE_NOOP("SampleData", "HR business partner"),
                              QT_TRANSLATE_NOOP("SampleData", "CTO"),
                              QT_TRANSLATE_NOOP("SampleData", "Team lead")};
const char *const caresAbout[] = {
    QT_TRANSLATE_NOOP("SampleData", "Ownership and clear communication."),
    QT_TRANSLATE_NOOP("SampleData", "How you handle disagreement in reviews."),
    QT_TRANSLATE_NOOP("SampleData", "Depth in one area, curiosity for the rest."),
    QT_TRANSLATE_NOOP("SampleData", "Salary expectations and notice period."),
    QT_TRANSLATE_NOOP("SampleData", "Whether you can mentor juniors."),
    QT_TRANSLATE_NOOP("SampleData", "Delivery under changing priorities.")};
const char *const notes[] = {
    QT_TRANSLATE_NOOP("SampleData", "Team of six, product-led."),
    QT_TRANSLATE_NOOP("SampleData", "Recruiter mentioned a take-home task."),
    QT_TRANSLATE_NOOP("SampleData", "Strong mentoring culture, ask about the on-call rota."),
    QT_TRANSLATE_NOOP("SampleData", "Salary band published in the ad."),
    QT_TRANSLATE_NOOP("SampleData", "Met the lead at a conference."),
    "",
    "",
    QT_TRANSLATE_NOOP("SampleData", "Follow up about the visa question.")};

template<typename T, std::size_t N> QString pick(QRandomGenerator &random, const T (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(int(N))]);
}

// Sample data is made in the language of the user interface.
template<typename T, std::size_t N>
QString pickTranslated(QRandomGenerator &random, const T (&items)[N])
{
    const char *text = items[random.bounded(int(N))];
    return *text ? SampleData::tr(text) : QString();
}

} // namespace

Result<int> SampleData::fill(Database &database, int count, quint32 seed)
{
    // Not owned: the stores live only for this call.
    const std::shared_ptr<Database> shared(&database, [](Database *) {});
    PipelineStore pipeline(shared);
    RoundStore rounds(shared);
    auto existing = pipeline.applicationCount();
    if (!existing)
        return existing.status();
    if (existing.value() > 0)
        return Result<int>::failure(tr("Sample data is only added to an empty file, and this "
                                       "one already has %n application(s).",
                                       nullptr, existing.value()));
    auto stages = pipeline.stages();
    if (!stages)
        return stages.status();
    QList<StageInfo> open;
    QList<StageInfo> closed;
    for (const StageInfo &stage : stages.value())
        (stage.closed ? closed : open).append(stage);
    if (open.isEmpty())
        return Result<int>::failure(tr("The file has no open stage to put applications in."));

    const QString failed = tr("The sample data could not be added.");
    // One outer transaction around the stores' own writes: all of it or nothing.
    Transaction transaction(database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QRandomGenerator random(seed);
    const QDateTime now = Clock::nowUtc();
    const QTimeZone berlin("Europe/Berlin");

    QHash<QString, qint64> companyIds;
    QHash<qint64, QList<qint64>> peopleOf;
    for (int i = 0; i < count; ++i) {
        QString name = pick(random, companyFirst) + QLatin1Char(' ') + pick(random, companySecond);
        if (count > 300)
            name += QStringLiteral(" %1").arg(i / 300 + 1);
        qint64 companyId = companyIds.value(name);
        if (companyId == 0) {
            auto created = pipeline.findOrCreateCompany(
                name,
                QStringLiteral("https://%1.example").arg(name.toLower().remove(QLatin1Char(' '))));
            if (!created)
                return created.status();
            companyId = created.value();
            companyIds.insert(name, companyId);
        }

        // Most applications are early in the funnel; about a fifth have been closed.
        const bool isClosed = !closed.isEmpty() && random.bounded(100) < 20;
        const int furthest = std::min(
            int(open.size()) - 1,
            int(random.bounded(100) < 50 ? random.bounded(2) : random.bounded(int(open.size()))));
        const StageInfo finalStage =
            isClosed ? closed.at(random.bounded(int(closed.size()))) : open.at(furthest);
        const int startDaysAgo = 3 + int(random.bounded(60));
        QDateTime when = now.addDays(-startDaysAgo).addSecs(-qint64(random.bounded(36000)));
        const qint64 salaryMin = 45000 + 5000 * random.bounded(12);
        const bool hasSalary = random.bounded(100) < 70;

        // Walk the card forward through the open stages up to where it ended, so the
        // history reads like a real search.
        QList<StageInfo> path;
        const int walkTo =
            isClosed ? int(random.bounded(std::max(1, int(open.size()) - 2))) : furthest;
        for (int s = 0; s <= walkTo; ++s)
            if (s == 0 || s == walkTo || random.bounded(100) < 60)
                path.append(open.at(s));
        if (isClosed)
            path.append(finalStage);
        const qint64 span = qint64(now.toSecsSinceEpoch() - when.toSecsSinceEpoch());
        const qint64 step = path.size() > 1 ? span / (path.size() + 1) : 0;

        ApplicationFields fields;
        fields.company = name;
        fields.role = pickTranslated(random, roles);
        fields.jobUrl = QStringLiteral("https://jobs.example/%1").arg(i + 1);
        fields.location = pickTranslated(random, locations);
        if (hasSalary) {
            fields.salaryMin = salaryMin;
            fields.salaryMax = salaryMin + 10000 + 5000 * random.bounded(4);
            fields.currency = QStringLiteral("EUR");
        }
        fields.source = pickTranslated(random, sources);
        // Cards still in the first stage are saved, not yet applied for.
        if (walkTo > 0 || isClosed)
            fields.appliedOn = when.toLocalTime().date();
        if (random.bounded(100) < 25)
            fields.deadline = now.addDays(random.bounded(30)).date();
        fields.excitement = 1 + int(random.bounded(5));
        fields.description = tr("Build and run services for a growing product team.");
        fields.notes = pickTranslated(random, notes);
        // Columns are numbered once at the end, instead of shifting a column per card.
        auto application = pipeline.insertApplication(companyId, fields, finalStage.id, 0, when,
                                                      when.addSecs(step * (path.size() - 1)));
        if (!application)
            return application.status();
        const qint64 applicationId = application.value();

        for (int s = 0; s < path.size(); ++s) {
            const StageRef from =
                s == 0 ? StageRef{} : StageRef{path.at(s - 1).id, path.at(s - 1).name};
            auto history = pipeline.addHistory(
                applicationId, from, {path.at(s).id, path.at(s).name}, when.addSecs(step * s));
            if (!history)
                return history.status();
        }
        // Applications that reached Screening or later have had, or will have, interviews.
        const int reached = isClosed ? walkTo : furthest;
        const int roundCount = std::min(3, std::max(0, reached - 1));
        if (roundCount > 0 && !peopleOf.contains(companyId)) {
            const int staff = 1 + int(random.bounded(3));
            for (int p = 0; p < staff; ++p) {
                const QString first = pick(random, firstNames);
                const QString last = pick(random, lastNames);
                PersonFields person;
                person.name = first + QLatin1Char(' ') + last;
                person.title = pickTranslated(random, titles);
                person.email = QStringLiteral("%1.%2@%3.example")
                                   .arg(first.toLower(), last.toLower(),
                                        name.toLower().remove(QLatin1Char(' ')));
                person.notes = pickTranslated(random, caresAbout);
                auto personId = rounds.createPerson(companyId, person);
                if (!personId)
                    return personId.status();
                peopleOf[companyId].append(personId.value());
            }
        }
        static const char *const kinds[] = {"phone", "video",  "technical",
                                            "panel", "onsite", "final"};
        static const char *const reasons[] = {"process", "fit", "finalists", "approval", "doubt"};
        for (int r = 0; r < roundCount; ++r) {
            const bool last = r == roundCount - 1;
            // The latest round of an application still in play is usually ahead.
            const bool ahead = last && !isClosed && reached <= 4 && random.bounded(100) < 75;
            QDateTime start;
            if (ahead) {
                QDate day = now.date().addDays(1 + random.bounded(20));
                while (day.dayOfWeek() > 5)
                    day = day.addDays(1);
                start = QDateTime(day, QTime(9 + int(random.bounded(8)), random.bounded(2) * 30),
                                  berlin);
            } else {
                start = when.addSecs(step * (r + 1) + 3600 * 2).toTimeZone(berlin);
                // Interviews happen on working days.
                while (start.date().dayOfWeek() > 5)
                    start = start.addDays(-1);
                start.setTime(QTime(10 + int(random.bounded(6)), 0));
            }
            const RoundStatus status =
                ahead ? RoundStatus::Scheduled
                      : (isClosed && last && random.bounded(100) < 30 ? RoundStatus::Cancelled
                                                                      : RoundStatus::Done);
            RoundFields round;
            round.kind =
                RoundCatalog::kindFromKey(
                    QString::fromLatin1(kinds[std::min(5, r * 2 + int(random.bounded(2)))]))
                    .value_or(RoundKind::Other);
            round.start = start;
            round.timeZoneId = QStringLiteral("Europe/Berlin");
            round.durationMinutes = r == 0 ? 30 : 60 + 30 * int(random.bounded(3));
            round.location = r == 2 ? pickTranslated(random, locations) : QString();
            round.meetingUrl =
                r < 2 ? QStringLiteral("https://meet.example/%1-%2").arg(i).arg(r) : QString();
            round.status = status;
            round.reason =
                r == 0
                    ? RoundReason::Unknown
                    : RoundCatalog::reasonFromKey(QString::fromLatin1(reasons[random.bounded(5)]))
                          .value_or(RoundReason::Unknown);
            if (status == RoundStatus::Done)
                round.outcome = tr("Went well; they asked for a concrete example of leading "
                                   "a project.");
            // Leave the very first screen without names: "ask who will attend" shows then.
            const QList<qint64> staff = peopleOf.value(companyId);
            const int attending = r == 0 ? 0 : std::min(int(staff.size()), r + 1);
            round.peopleIds = staff.mid(0, attending);
            auto roundId = rounds.createRound(applicationId, round, {}, when);
            if (!roundId)
                return roundId.status();
        }
        // The final entry must land on the card's actual stage.
        if (path.last().id != finalStage.id)
            return Result<int>::failure(failed);
    }

    // Number every column 0..n-1, newest activity on top.
    if (Status ok = pipeline.numberColumnsByActivity(); !ok)
        return ok;
    // Plans, debriefs, ticks and salary figures, so the notes tab, the "Prep 5/9" pills and
    // the prep sheet have something to show.
    if (Status filled = NotesSampleData::fill(shared, seed); !filled)
        return filled;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return count;
}
