#include "core/SampleData.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/SqlErrorText.h"
#include "core/Transaction.h"
#include "core/notes/NotesSampleData.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

const char *const companyFirst[] = {"Northwind", "Bluebird", "Harbor",     "Lumen",   "Cedar",
                                    "Quarry",    "Meridian", "Copperleaf", "Orbit",   "Fjord",
                                    "Saffron",   "Granite",  "Kestrel",    "Juniper", "Tidewater",
                                    "Beacon",    "Vantage",  "Marigold",   "Summit",  "Pinecrest"};
const char *const companySecond[] = {"Analytics", "Logistics", "Health",   "Robotics",  "Labs",
                                     "Energy",    "Software",  "Foods",    "Media",     "Bank",
                                     "Systems",   "Studios",   "Mobility", "Insurance", "Games"};
const char *const roles[] = {
    "Backend engineer",          "Product designer",   "Data analyst",
    "Engineering manager",       "Frontend developer", "QA engineer",
    "Site reliability engineer", "Product manager",    "Data scientist",
    "Technical writer",          "Mobile developer",   "Security engineer",
    "Solutions architect",       "UX researcher",      "Platform engineer"};
const char *const locations[] = {"Berlin",      "Remote",  "Hamburg (hybrid)", "Munich",
                                 "Amsterdam",   "London",  "Vienna",           "Zurich",
                                 "Remote (EU)", "Cologne", "Leipzig",          "Copenhagen"};
const char *const sources[] = {"Company website", "Referral",  "LinkedIn",
                               "Recruiter",       "Job board", "Meetup"};
const char *const firstNames[] = {"Ana",    "Ben",   "Chiara", "David", "Emre", "Fatima", "Greta",
                                  "Hiro",   "Ines",  "Jonas",  "Kira",  "Luca", "Maya",   "Nils",
                                  "Olivia", "Pavel", "Rosa",   "Sven",  "Tara", "Yusuf"};
const char *const lastNames[] = {"Albrecht", "Brooks",    "Costa",    "Dubois",  "Eriksen",
                                 "Fischer",  "Garcia",    "Hoffmann", "Ivanova", "Jansen",
                                 "Kowalski", "Lindqvist", "Moreau",   "Novak",   "Okafor",
                                 "Petersen", "Rossi",     "Schmidt"};
const char *const titles[] = {
    "Engineering manager", "Recruiter", "Head of product", "Senior engineer",
    "HR business partner", "CTO",       "Team lead"};
const char *const caresAbout[] = {"Ownership and clear communication.",
                                  "How you handle disagreement in reviews.",
                                  "Depth in one area, curiosity for the rest.",
                                  "Salary expectations and notice period.",
                                  "Whether you can mentor juniors.",
                                  "Delivery under changing priorities."};
const char *const notes[] = {"Team of six, product-led.",
                             "Recruiter mentioned a take-home task.",
                             "Strong mentoring culture, ask about the on-call rota.",
                             "Salary band published in the ad.",
                             "Met the lead at a conference.",
                             "",
                             "",
                             "Follow up about the visa question."};

template<typename T, std::size_t N> QString pick(QRandomGenerator &random, const T (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(int(N))]);
}

} // namespace

Result<int> SampleData::fill(Database &database, int count, quint32 seed)
{
    if (database.isReadOnly())
        return Result<int>::failure(
            tr("This file is open read-only; sample data cannot be added."));
    QSqlDatabase db = database.sql();
    {
        QSqlQuery existing(db);
        if (!existing.exec(QStringLiteral("SELECT count(*) FROM applications")) || !existing.next())
            return Result<int>::failure(
                SqlErrorText::describe(existing.lastError(), tr("The file could not be read.")));
        if (existing.value(0).toInt() > 0)
            return Result<int>::failure(tr("Sample data is only added to an empty file, and this "
                                           "one already has %n application(s).",
                                           nullptr, existing.value(0).toInt()));
    }
    const std::shared_ptr<Database> shared(&database, [](Database *) {});
    PipelineStore store(shared);
    auto stages = store.stages();
    if (!stages)
        return stages.status();
    QList<StageInfo> open;
    QList<StageInfo> closed;
    for (const StageInfo &stage : stages.value())
        (stage.closed ? closed : open).append(stage);
    if (open.isEmpty())
        return Result<int>::failure(tr("The file has no open stage to put applications in."));

    const QString failed = tr("The sample data could not be added.");
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QRandomGenerator random(seed);
    const QDateTime now = Clock::nowUtc();

    QSqlQuery company(db);
    QSqlQuery findCompany(db);
    QSqlQuery application(db);
    QSqlQuery history(db);
    QSqlQuery person(db);
    QSqlQuery round(db);
    QSqlQuery attendee(db);
    const bool prepared =
        company.prepare(QStringLiteral("INSERT INTO companies (name, website, created_at) "
                                       "VALUES (?, ?, ?)")) &&
        findCompany.prepare(QStringLiteral("SELECT id FROM companies WHERE name = ?")) &&
        application.prepare(QStringLiteral(
            "INSERT INTO applications (company_id, role, job_url, location, salary_min, "
            "salary_max, currency, source, applied_on, deadline, excitement, description, notes, "
            "stage_id, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) &&
        history.prepare(QStringLiteral(
            "INSERT INTO stage_history (application_id, from_stage_id, to_stage_id, "
            "from_stage_name, to_stage_name, moved_at) VALUES (?, ?, ?, ?, ?, ?)")) &&
        person.prepare(
            QStringLiteral("INSERT INTO people (company_id, name, title, email, notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)")) &&
        round.prepare(QStringLiteral(
            "INSERT INTO rounds (application_id, uid, kind, starts_at, time_zone, "
            "duration_minutes, location, meeting_url, status, reason, outcome, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        attendee.prepare(QStringLiteral(
            "INSERT INTO round_people (round_id, person_id, position) VALUES (?, ?, ?)"));
    if (!prepared)
        return Result<int>::failure(SqlErrorText::describe(application.lastError(), failed));

    QHash<QString, qint64> companyIds;
    QHash<qint64, QList<qint64>> peopleOf;
    QHash<qint64, int> columnSizes;
    for (int i = 0; i < count; ++i) {
        QString name = pick(random, companyFirst) + QLatin1Char(' ') + pick(random, companySecond);
        if (count > 300)
            name += QStringLiteral(" %1").arg(i / 300 + 1);
        qint64 companyId = companyIds.value(name);
        if (companyId == 0) {
            company.addBindValue(name);
            company.addBindValue(
                QStringLiteral("https://%1.example").arg(name.toLower().remove(QLatin1Char(' '))));
            company.addBindValue(PipelineStore::toStoredTime(now));
            if (!company.exec())
                return Result<int>::failure(SqlErrorText::describe(company.lastError(), failed));
            companyId = company.lastInsertId().toLongLong();
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
        application.addBindValue(companyId);
        application.addBindValue(pick(random, roles));
        application.addBindValue(QStringLiteral("https://jobs.example/%1").arg(i + 1));
        application.addBindValue(pick(random, locations));
        application.addBindValue(hasSalary ? QVariant(salaryMin)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        application.addBindValue(hasSalary ? QVariant(salaryMin + 10000 + 5000 * random.bounded(4))
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        application.addBindValue(hasSalary ? QStringLiteral("EUR") : QStringLiteral(""));
        application.addBindValue(pick(random, sources));
        // Cards still in the first stage are saved, not yet applied for.
        application.addBindValue(walkTo > 0 || isClosed
                                     ? QVariant(when.toLocalTime().date().toString(Qt::ISODate))
                                     : QVariant(QMetaType(QMetaType::QString)));
        application.addBindValue(
            random.bounded(100) < 25
                ? QVariant(now.addDays(random.bounded(30)).date().toString(Qt::ISODate))
                : QVariant(QMetaType(QMetaType::QString)));
        application.addBindValue(1 + int(random.bounded(5)));
        application.addBindValue(tr("Build and run services for a growing product team."));
        application.addBindValue(pick(random, notes));
        application.addBindValue(finalStage.id);
        application.addBindValue(PipelineStore::toStoredTime(when));
        application.addBindValue(
            PipelineStore::toStoredTime(when.addSecs(step * (int(path.size()) - 1))));
        if (!application.exec())
            return Result<int>::failure(SqlErrorText::describe(application.lastError(), failed));
        const qint64 applicationId = application.lastInsertId().toLongLong();

        for (int s = 0; s < path.size(); ++s) {
            history.addBindValue(applicationId);
            history.addBindValue(s == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                        : QVariant(path.at(s - 1).id));
            history.addBindValue(path.at(s).id);
            history.addBindValue(s == 0 ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(path.at(s - 1).name));
            history.addBindValue(path.at(s).name);
            history.addBindValue(PipelineStore::toStoredTime(when.addSecs(step * s)));
            if (!history.exec())
                return Result<int>::failure(SqlErrorText::describe(history.lastError(), failed));
        }
        // Applications that reached Screening or later have had, or will have, interviews.
        const int reached = isClosed ? walkTo : furthest;
        const int roundCount = std::min(3, std::max(0, reached - 1));
        if (roundCount > 0 && !peopleOf.contains(companyId)) {
            const int staff = 1 + int(random.bounded(3));
            for (int p = 0; p < staff; ++p) {
                const QString first = pick(random, firstNames);
                const QString last = pick(random, lastNames);
                person.addBindValue(companyId);
                person.addBindValue(first + QLatin1Char(' ') + last);
                person.addBindValue(pick(random, titles));
                person.addBindValue(QStringLiteral("%1.%2@%3.example")
                                        .arg(first.toLower(), last.toLower(),
                                             name.toLower().remove(QLatin1Char(' '))));
                person.addBindValue(pick(random, caresAbout));
                person.addBindValue(PipelineStore::toStoredTime(now));
                if (!person.exec())
                    return Result<int>::failure(SqlErrorText::describe(person.lastError(), failed));
                peopleOf[companyId].append(person.lastInsertId().toLongLong());
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
                                  QTimeZone("Europe/Berlin"));
            } else {
                start =
                    when.addSecs(step * (r + 1) + 3600 * 2).toTimeZone(QTimeZone("Europe/Berlin"));
                // Interviews happen on working days.
                while (start.date().dayOfWeek() > 5)
                    start = start.addDays(-1);
                start.setTime(QTime(10 + int(random.bounded(6)), 0));
            }
            const QString status =
                ahead ? QStringLiteral("scheduled")
                      : (isClosed && last && random.bounded(100) < 30 ? QStringLiteral("cancelled")
                                                                      : QStringLiteral("done"));
            round.addBindValue(applicationId);
            round.addBindValue(RoundStore::newUid());
            round.addBindValue(
                QString::fromLatin1(kinds[std::min(5, r * 2 + int(random.bounded(2)))]));
            round.addBindValue(PipelineStore::toStoredTime(start));
            round.addBindValue(QStringLiteral("Europe/Berlin"));
            round.addBindValue(r == 0 ? 30 : 60 + 30 * int(random.bounded(3)));
            round.addBindValue(r == 2 ? pick(random, locations) : QStringLiteral(""));
            round.addBindValue(r < 2 ? QStringLiteral("https://meet.example/%1-%2").arg(i).arg(r)
                                     : QStringLiteral(""));
            round.addBindValue(status);
            round.addBindValue(r == 0 ? QStringLiteral("unknown")
                                      : QString::fromLatin1(reasons[random.bounded(5)]));
            round.addBindValue(status == QLatin1String("done")
                                   ? tr("Went well; they asked for a concrete example of leading "
                                        "a project.")
                                   : QStringLiteral(""));
            round.addBindValue(PipelineStore::toStoredTime(when));
            round.addBindValue(PipelineStore::toStoredTime(when));
            if (!round.exec())
                return Result<int>::failure(SqlErrorText::describe(round.lastError(), failed));
            const qint64 roundId = round.lastInsertId().toLongLong();
            // Leave the very first screen without names: "ask who will attend" shows then.
            const QList<qint64> staff = peopleOf.value(companyId);
            const int attending = r == 0 ? 0 : std::min(int(staff.size()), r + 1);
            for (int a = 0; a < attending; ++a) {
                attendee.addBindValue(roundId);
                attendee.addBindValue(staff.at(a));
                attendee.addBindValue(a);
                if (!attendee.exec())
                    return Result<int>::failure(
                        SqlErrorText::describe(attendee.lastError(), failed));
            }
        }
        // The final entry must land on the card's actual stage.
        if (path.last().id != finalStage.id)
            return Result<int>::failure(failed);
        columnSizes[finalStage.id] += 1;
    }

    // Number every column 0..n-1, newest activity on top.
    QSqlQuery ranked(db);
    if (!ranked.exec(QStringLiteral(
            "UPDATE applications SET position = ranked.rank FROM (SELECT id, row_number() OVER "
            "(PARTITION BY stage_id ORDER BY updated_at DESC, id) - 1 AS rank FROM applications) "
            "AS ranked WHERE ranked.id = applications.id")))
        return Result<int>::failure(SqlErrorText::describe(ranked.lastError(), failed));
    if (Status notes = NotesSampleData::fill(shared, seed); !notes)
        return Result<int>(notes);
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return count;
}
