#include "core/practice/PracticeStore.h"

#include "core/Clock.h"
#include "core/FileSettings.h"
#include "core/PipelineStore.h"
#include "core/Sql.h"
#include "core/SqlErrorText.h"
#include "core/Transaction.h"
#include "core/practice/InterviewPlanner.h"
#include "core/practice/QuestionCategory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
const QString RetentionKey = QStringLiteral("practice.desired_retention");

QString stored(const QDateTime &time)
{
    return PipelineStore::toStoredTime(time);
}

QVariant storedOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(stored(time)) : QVariant(QMetaType(QMetaType::QString));
}

// Reads the stored form "yyyy-MM-ddTHH:mm:ss.zzzZ" directly: building the queue reads two
// times per question, and QDateTime::fromString was most of its cost.
QDateTime readTime(const QString &text)
{
    const auto digits = [&text](int from, int count, int &value) {
        value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + int(c - u'0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') &&
        text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z') && digits(0, 4, year) &&
        digits(5, 2, month) && digits(8, 2, day) && digits(11, 2, hour) && digits(14, 2, minute) &&
        digits(17, 2, second) && digits(20, 3, ms)) {
        const QDate date(year, month, day);
        if (date.isValid() && hour < 24 && minute < 60 && second < 60) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromMSecsSinceEpoch(
                ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms, Qt::UTC);
        }
    }
    return PipelineStore::fromStoredTime(text);
}

// Replaces an owner's ordered list of links (a question's stories, a round's questions); an
// id given twice keeps its first place. Table and column names are this file's constants.
Status replaceOrderedLinks(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                           qint64 ownerId, const QString &itemColumn, const QList<qint64> &ids,
                           const QString &whatFailed)
{
    if (Status s =
            Sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn),
                     {ownerId}, whatFailed);
        !s)
        return s;
    const QString insert = QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (?, ?, ?)")
                               .arg(table, ownerColumn, itemColumn);
    int position = 0;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (Status s = Sql::run(db, insert, {ownerId, id, position++}, whatFailed); !s)
            return s;
    }
    return Status::success();
}

QString joinTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString simple = QuestionFile::clean(tag).simplified().remove(QLatin1Char(';'));
        if (!simple.isEmpty() && !clean.contains(simple, Qt::CaseInsensitive))
            clean << simple;
    }
    return Sql::text(clean.join(QStringLiteral("; ")));
}

QStringList splitTags(const QString &text)
{
    return QuestionFile::splitTags(text);
}
} // namespace

PracticeStore::PracticeStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

Status PracticeStore::refuseReadOnly() const
{
    if (m_database->isReadOnly())
        return Status::failure(tr("This file is open read-only, so nothing can be changed."));
    return Status::success();
}

Result<QList<QVariantMap>> PracticeStore::rows(const QString &statement,
                                               const QVariantList &values) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (Status s = Sql::exec(query, statement, values, tr("The practice data could not be read."));
        !s)
        return s;
    QList<QVariantMap> result;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap map;
        for (int i = 0; i < record.count(); ++i)
            map.insert(record.fieldName(i), record.value(i));
        result.append(map);
    }
    return result;
}

Status PracticeStore::insertRows(const QString &table, const QList<QVariantMap> &list, bool replace)
{
    // Column names come from the snapshot of our own table, never from the user.
    for (const QVariantMap &row : list) {
        const QStringList columns = row.keys();
        QStringList marks;
        QVariantList values;
        for (const QString &column : columns) {
            marks << QStringLiteral("?");
            values << row.value(column);
        }
        QSqlQuery query(db());
        const QString statement =
            QStringLiteral("INSERT %1 INTO %2 (%3) VALUES (%4)")
                .arg(replace ? QStringLiteral("OR REPLACE") : QString(), table,
                     columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        if (Status s =
                Sql::exec(query, statement, values, tr("The practice data could not be put back."));
            !s)
            return s;
    }
    return Status::success();
}

double PracticeStore::desiredRetention() const
{
    auto stored = FileSettings::value(db(), RetentionKey, {});
    if (!stored || stored.value().isNull())
        return FsrsScheduler::DefaultRetention;
    bool ok = false;
    const double value = stored.value().toDouble(&ok);
    return ok ? std::clamp(value, FsrsScheduler::MinimumRetention, FsrsScheduler::MaximumRetention)
              : FsrsScheduler::DefaultRetention;
}

Status PracticeStore::setDesiredRetention(double retention)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    const double value =
        std::clamp(retention, FsrsScheduler::MinimumRetention, FsrsScheduler::MaximumRetention);
    return FileSettings::setValue(db(), RetentionKey, QString::number(value, 'f', 2),
                                  tr("The desired retention could not be saved."));
}

FsrsCard PracticeStore::cardFromRow(const QVariantMap &row)
{
    FsrsCard card;
    card.stability = row.value(QStringLiteral("stability")).toDouble();
    card.difficulty = row.value(QStringLiteral("difficulty")).toDouble();
    card.lastReview = readTime(row.value(QStringLiteral("last_review")).toString());
    card.due = readTime(row.value(QStringLiteral("due")).toString());
    if (row.value(QStringLiteral("last_review")).isNull())
        card.lastReview = QDateTime();
    if (row.value(QStringLiteral("due")).isNull())
        card.due = QDateTime();
    card.scheduledDays = row.value(QStringLiteral("scheduled_days")).toInt();
    card.reps = row.value(QStringLiteral("reps")).toInt();
    card.lapses = row.value(QStringLiteral("lapses")).toInt();
    return card;
}

QString PracticeStore::validateQuestion(const QuestionFields &fields)
{
    const QString text = QuestionFile::clean(fields.text).trimmed();
    if (text.isEmpty())
        return tr("Write the question.");
    if (text.size() > QuestionFile::MaximumQuestionLength)
        return tr("The question is longer than %1 characters.")
            .arg(QuestionFile::MaximumQuestionLength);
    if (fields.answer.size() > QuestionFile::MaximumAnswerLength)
        return tr("The answer is longer than %1 characters.")
            .arg(QuestionFile::MaximumAnswerLength);
    if (!QuestionCategory::keys().contains(fields.category))
        return tr("Choose a category.");
    if (!QuestionCategory::audiences().contains(fields.audience))
        return tr("Choose who the question suits.");
    return {};
}

QString PracticeStore::validateStory(const StoryFields &fields)
{
    if (QuestionFile::clean(fields.title).trimmed().isEmpty())
        return tr("Give the story a title.");
    const int total = int(fields.situation.size() + fields.task.size() + fields.action.size() +
                          fields.result.size() + fields.measurableResult.size());
    if (fields.title.size() > 300 || total > QuestionFile::MaximumAnswerLength)
        return tr("The story is too long.");
    return {};
}

Result<QuestionInfo> PracticeStore::question(qint64 id) const
{
    auto row = rows(QStringLiteral("SELECT * FROM questions WHERE id = ?"), {id});
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<QuestionInfo>::failure(tr("The question no longer exists."));
    const QVariantMap &r = row.value().first();
    QuestionInfo info;
    info.id = id;
    info.fields.category = r.value(QStringLiteral("category")).toString();
    info.fields.audience = r.value(QStringLiteral("audience")).toString();
    info.fields.text = r.value(QStringLiteral("text")).toString();
    info.fields.answer = r.value(QStringLiteral("answer")).toString();
    info.fields.tags = splitTags(r.value(QStringLiteral("tags")).toString());
    info.origin = r.value(QStringLiteral("origin")).toString();
    info.card = cardFromRow(r);
    auto stories =
        rows(QStringLiteral("SELECT story_id FROM question_stories WHERE question_id = ? "
                            "ORDER BY position, story_id"),
             {id});
    if (!stories)
        return stories.status();
    for (const QVariantMap &s : stories.value())
        info.fields.storyIds << s.value(QStringLiteral("story_id")).toLongLong();
    auto apps = rows(QStringLiteral("SELECT application_id FROM question_applications "
                                    "WHERE question_id = ? ORDER BY created_at, application_id"),
                     {id});
    if (!apps)
        return apps.status();
    for (const QVariantMap &a : apps.value())
        info.applicationIds << a.value(QStringLiteral("application_id")).toLongLong();
    return info;
}

Status PracticeStore::writeStoryLinks(qint64 questionId, const QList<qint64> &storyIds)
{
    return replaceOrderedLinks(
        db(), QStringLiteral("question_stories"), QStringLiteral("question_id"), questionId,
        QStringLiteral("story_id"), storyIds, tr("The linked stories could not be saved."));
}

Result<qint64> PracticeStore::addQuestion(const QuestionFields &fields, const QString &origin)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    if (const QString problem = validateQuestion(fields); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    auto inserted = insertQuestionRow(db(), fields, origin, stored(Clock::nowUtc()),
                                      tr("The question could not be added."));
    if (!inserted)
        return inserted;
    const qint64 id = inserted.value();
    if (Status s = writeStoryLinks(id, fields.storyIds); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    return id;
}

Result<qint64> PracticeStore::insertQuestionRow(const QSqlDatabase &db,
                                                const QuestionFields &fields, const QString &origin,
                                                const QString &now, const QString &whatFailed)
{
    Sql insert(db, QStringLiteral("INSERT INTO questions (category, audience, text, answer, tags, "
                                  "origin, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(fields.category).bind(Sql::text(fields.audience));
    insert.bind(QuestionFile::clean(fields.text).trimmed());
    insert.bind(Sql::text(QuestionFile::clean(fields.answer))).bind(joinTags(fields.tags));
    insert.bind(origin).bind(now).bind(now);
    if (Status ok = insert.exec(whatFailed); !ok)
        return ok;
    return insert.lastInsertId();
}

Status PracticeStore::updateQuestion(qint64 id, const QuestionFields &fields)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    if (const QString problem = validateQuestion(fields); !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery query(db());
    if (Status s =
            Sql::exec(query,
                      QStringLiteral("UPDATE questions SET category = ?, audience = ?, text = ?, "
                                     "answer = ?, tags = ?, updated_at = ? WHERE id = ?"),
                      {fields.category, Sql::text(fields.audience),
                       QuestionFile::clean(fields.text).trimmed(),
                       Sql::text(QuestionFile::clean(fields.answer)), joinTags(fields.tags),
                       stored(Clock::nowUtc()), id},
                      tr("The question could not be saved."));
        !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The question no longer exists."));
    if (Status s = writeStoryLinks(id, fields.storyIds); !s)
        return s;
    return transaction.commit();
}

Result<QuestionSnapshot> PracticeStore::snapshotQuestion(qint64 id) const
{
    QuestionSnapshot snapshot;
    auto row = rows(QStringLiteral("SELECT * FROM questions WHERE id = ?"), {id});
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<QuestionSnapshot>::failure(tr("The question no longer exists."));
    snapshot.row = row.value().first();
    const struct
    {
        QString statement;
        QList<QVariantMap> *target;
    } children[] = {
        {QStringLiteral("SELECT * FROM question_stories WHERE question_id = ? ORDER BY story_id"),
         &snapshot.stories},
        {QStringLiteral(
             "SELECT * FROM question_applications WHERE question_id = ? ORDER BY application_id"),
         &snapshot.applications},
        {QStringLiteral("SELECT * FROM reviews WHERE question_id = ? ORDER BY id"),
         &snapshot.reviews},
        {QStringLiteral("SELECT * FROM round_questions WHERE question_id = ? ORDER BY round_id"),
         &snapshot.roundQuestions},
    };
    for (const auto &child : children) {
        auto list = rows(child.statement, {id});
        if (!list)
            return list.status();
        *child.target = list.take();
    }
    return snapshot;
}

Status PracticeStore::deleteQuestion(qint64 id)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    QSqlQuery query(db());
    if (Status s = Sql::exec(query, QStringLiteral("DELETE FROM questions WHERE id = ?"), {id},
                             tr("The question could not be deleted."));
        !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The question no longer exists."));
    return Status::success();
}

Status PracticeStore::restoreQuestion(const QuestionSnapshot &snapshot)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery query(db());
    // An edited question is written back whole; its review history stays as it is.
    if (Status s = Sql::exec(query, QStringLiteral("SELECT 1 FROM questions WHERE id = ?"),
                             {snapshot.id()}, tr("The question could not be put back."));
        !s)
        return s;
    const bool exists = query.next();
    query.finish();
    if (exists) {
        for (const char *table : {"question_stories", "question_applications", "round_questions"}) {
            if (Status s = Sql::exec(query,
                                     QStringLiteral("DELETE FROM %1 WHERE question_id = ?")
                                         .arg(QLatin1String(table)),
                                     {snapshot.id()}, tr("The question could not be put back."));
                !s)
                return s;
        }
    }
    if (exists) {
        // An UPDATE, not INSERT OR REPLACE: replacing would delete the row first and take
        // its review history with it.
        QStringList assignments;
        QVariantList values;
        for (auto it = snapshot.row.cbegin(); it != snapshot.row.cend(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            assignments << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        values << snapshot.id();
        if (Status s = Sql::exec(query,
                                 QStringLiteral("UPDATE questions SET %1 WHERE id = ?")
                                     .arg(assignments.join(QStringLiteral(", "))),
                                 values, tr("The question could not be put back."));
            !s)
            return s;
    } else if (Status s = insertRows(QStringLiteral("questions"), {snapshot.row}); !s) {
        return s;
    }
    if (Status s = insertRows(QStringLiteral("question_stories"), snapshot.stories); !s)
        return s;
    if (Status s = insertRows(QStringLiteral("question_applications"), snapshot.applications); !s)
        return s;
    if (Status s = insertRows(QStringLiteral("round_questions"), snapshot.roundQuestions); !s)
        return s;
    if (!exists) {
        if (Status s = insertRows(QStringLiteral("reviews"), snapshot.reviews); !s)
            return s;
    }
    return transaction.commit();
}

Status PracticeStore::linkApplication(qint64 questionId, qint64 applicationId, qint64 roundId)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    QSqlQuery query(db());
    return Sql::exec(
        query,
        QStringLiteral("INSERT INTO question_applications (question_id, application_id, "
                       "round_id, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (question_id, application_id) DO UPDATE SET "
                       "round_id = coalesce(excluded.round_id, round_id)"),
        {questionId, applicationId,
         roundId > 0 ? QVariant(roundId) : QVariant(QMetaType(QMetaType::LongLong)),
         stored(Clock::nowUtc())},
        tr("The question could not be linked to the application."));
}

Status PracticeStore::unlinkApplication(qint64 questionId, qint64 applicationId)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    QSqlQuery query(db());
    return Sql::exec(query,
                     QStringLiteral("DELETE FROM question_applications WHERE question_id = ? AND "
                                    "application_id = ?"),
                     {questionId, applicationId}, tr("The link could not be removed."));
}

Result<QList<QPair<qint64, QString>>> PracticeStore::applicationChoices() const
{
    auto list = rows(QStringLiteral("SELECT a.id, c.name AS company, a.role FROM applications a "
                                    "JOIN companies c ON c.id = a.company_id "
                                    "WHERE a.archived_at IS NULL "
                                    "ORDER BY c.name COLLATE NOCASE, a.role COLLATE NOCASE, a.id"),
                     {});
    if (!list)
        return list.status();
    QList<QPair<qint64, QString>> choices;
    for (const QVariantMap &row : list.value())
        choices.append({row.value(QStringLiteral("id")).toLongLong(),
                        tr("%1, %2").arg(row.value(QStringLiteral("company")).toString(),
                                         row.value(QStringLiteral("role")).toString())});
    return choices;
}

Result<QStringList> PracticeStore::askedAt(qint64 questionId) const
{
    auto list = rows(
        QStringLiteral("SELECT c.name AS company, a.role AS role, n.number AS number "
                       "FROM question_applications qa "
                       "JOIN applications a ON a.id = qa.application_id "
                       "JOIN companies c ON c.id = a.company_id "
                       "LEFT JOIN (SELECT id, row_number() OVER (PARTITION BY application_id "
                       "  ORDER BY starts_at, id) AS number FROM rounds) n ON n.id = qa.round_id "
                       "WHERE qa.question_id = ? ORDER BY qa.created_at, qa.application_id"),
        {questionId});
    if (!list)
        return list.status();
    QStringList labels;
    for (const QVariantMap &row : list.value()) {
        QString label = tr("%1, %2").arg(row.value(QStringLiteral("company")).toString(),
                                         row.value(QStringLiteral("role")).toString());
        if (!row.value(QStringLiteral("number")).isNull())
            label = tr("%1 (round %2)").arg(label).arg(row.value(QStringLiteral("number")).toInt());
        labels << label;
    }
    return labels;
}

Result<qint64> PracticeStore::findByText(const QString &text) const
{
    const QString key = QuestionFile::duplicateKey(text);
    auto all = rows(QStringLiteral("SELECT id, text FROM questions ORDER BY id"), {});
    if (!all)
        return all.status();
    for (const QVariantMap &row : all.value()) {
        if (QuestionFile::duplicateKey(row.value(QStringLiteral("text")).toString()) == key)
            return row.value(QStringLiteral("id")).toLongLong();
    }
    return qint64(0);
}

// ---- Stories

namespace {
StoryInfo storyFromRow(const QVariantMap &r)
{
    StoryInfo info;
    info.id = r.value(QStringLiteral("id")).toLongLong();
    info.fields.title = r.value(QStringLiteral("title")).toString();
    info.fields.situation = r.value(QStringLiteral("situation")).toString();
    info.fields.task = r.value(QStringLiteral("task")).toString();
    info.fields.action = r.value(QStringLiteral("action")).toString();
    info.fields.result = r.value(QStringLiteral("result")).toString();
    info.fields.measurableResult = r.value(QStringLiteral("measurable_result")).toString();
    info.fields.skills = QuestionFile::splitTags(r.value(QStringLiteral("skills")).toString());
    return info;
}

QVariantList storyValues(const StoryFields &f)
{
    return {QuestionFile::clean(f.title).trimmed(),
            Sql::text(QuestionFile::clean(f.situation)),
            Sql::text(QuestionFile::clean(f.task)),
            Sql::text(QuestionFile::clean(f.action)),
            Sql::text(QuestionFile::clean(f.result)),
            Sql::text(QuestionFile::clean(f.measurableResult)),
            joinTags(f.skills)};
}
} // namespace

Result<StoryInfo> PracticeStore::story(qint64 id) const
{
    auto row = rows(QStringLiteral("SELECT * FROM stories WHERE id = ?"), {id});
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<StoryInfo>::failure(tr("The story no longer exists."));
    return storyFromRow(row.value().first());
}

Result<QList<StoryInfo>> PracticeStore::stories() const
{
    auto list = rows(QStringLiteral("SELECT * FROM stories ORDER BY title COLLATE NOCASE, id"), {});
    if (!list)
        return list.status();
    QList<StoryInfo> result;
    for (const QVariantMap &row : list.value())
        result << storyFromRow(row);
    return result;
}

Result<qint64> PracticeStore::addStory(const StoryFields &fields)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    if (const QString problem = validateStory(fields); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    const QString now = stored(Clock::nowUtc());
    QVariantList values = storyValues(fields);
    values << now << now;
    QSqlQuery query(db());
    if (Status s =
            Sql::exec(query,
                      QStringLiteral("INSERT INTO stories (title, situation, task, action, result, "
                                     "measurable_result, skills, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      values, tr("The story could not be added."));
        !s)
        return s;
    return query.lastInsertId().toLongLong();
}

Status PracticeStore::updateStory(qint64 id, const StoryFields &fields)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    if (const QString problem = validateStory(fields); !problem.isEmpty())
        return Status::failure(problem);
    QVariantList values = storyValues(fields);
    values << stored(Clock::nowUtc()) << id;
    QSqlQuery query(db());
    if (Status s =
            Sql::exec(query,
                      QStringLiteral("UPDATE stories SET title = ?, situation = ?, task = ?, "
                                     "action = ?, result = ?, measurable_result = ?, skills = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      values, tr("The story could not be saved."));
        !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The story no longer exists."));
    return Status::success();
}

Result<StorySnapshot> PracticeStore::snapshotStory(qint64 id) const
{
    StorySnapshot snapshot;
    auto row = rows(QStringLiteral("SELECT * FROM stories WHERE id = ?"), {id});
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<StorySnapshot>::failure(tr("The story no longer exists."));
    snapshot.row = row.value().first();
    auto links = rows(QStringLiteral("SELECT * FROM question_stories WHERE story_id = ? "
                                     "ORDER BY question_id"),
                      {id});
    if (!links)
        return links.status();
    snapshot.links = links.take();
    return snapshot;
}

Status PracticeStore::deleteStory(qint64 id)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    QSqlQuery query(db());
    return Sql::exec(query, QStringLiteral("DELETE FROM stories WHERE id = ?"), {id},
                     tr("The story could not be deleted."));
}

Status PracticeStore::restoreStory(const StorySnapshot &snapshot)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery query(db());
    if (Status s =
            Sql::exec(query, QStringLiteral("DELETE FROM question_stories WHERE story_id = ?"),
                      {snapshot.id()}, tr("The story could not be put back."));
        !s)
        return s;
    if (Status s = insertRows(QStringLiteral("stories"), {snapshot.row}, true); !s)
        return s;
    if (Status s = insertRows(QStringLiteral("question_stories"), snapshot.links); !s)
        return s;
    return transaction.commit();
}

// ---- Practice

Status PracticeStore::writeCard(qint64 questionId, const FsrsCard &card)
{
    QSqlQuery query(db());
    if (Status s = Sql::exec(
            query,
            QStringLiteral("UPDATE questions SET stability = ?, difficulty = ?, "
                           "last_review = ?, due = ?, scheduled_days = ?, reps = ?, "
                           "lapses = ? WHERE id = ?"),
            {card.stability, card.difficulty, storedOrNull(card.lastReview), storedOrNull(card.due),
             card.scheduledDays, card.reps, card.lapses, questionId},
            tr("The rating could not be saved."));
        !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The question no longer exists."));
    return Status::success();
}

Result<ReviewOutcome> PracticeStore::rate(qint64 questionId, Rating rating, const QDateTime &at,
                                          int seconds, const QString &forgot)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    auto info = question(questionId);
    if (!info)
        return info.status();
    ReviewOutcome outcome;
    outcome.questionId = questionId;
    outcome.rating = rating;
    outcome.at = at.toUTC();
    outcome.seconds = std::max(0, seconds);
    outcome.forgot =
        QuestionFile::clean(forgot).trimmed().left(QuestionFile::MaximumQuestionLength);
    outcome.before = info.value().card;
    outcome.after = scheduler().review(outcome.before, rating, outcome.at);
    if (Status s = redoRating(outcome); !s)
        return s;
    QSqlQuery query(db());
    if (Status s =
            Sql::exec(query, QStringLiteral("SELECT max(id) FROM reviews WHERE question_id = ?"),
                      {questionId}, tr("The rating could not be saved."));
        !s)
        return s;
    if (query.next())
        outcome.reviewId = query.value(0).toLongLong();
    return outcome;
}

Status PracticeStore::redoRating(const ReviewOutcome &outcome)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery query(db());
    const QVariant id = outcome.reviewId > 0 ? QVariant(outcome.reviewId)
                                             : QVariant(QMetaType(QMetaType::LongLong));
    if (Status s =
            Sql::exec(query,
                      QStringLiteral("INSERT INTO reviews (id, question_id, reviewed_at, rating, "
                                     "seconds, forgot, stability, difficulty, due) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, outcome.questionId, stored(outcome.at), int(outcome.rating),
                       outcome.seconds, Sql::text(outcome.forgot), outcome.after.stability,
                       outcome.after.difficulty, stored(outcome.after.due)},
                      tr("The rating could not be saved."));
        !s)
        return s;
    if (Status s = writeCard(outcome.questionId, outcome.after); !s)
        return s;
    return transaction.commit();
}

Status PracticeStore::undoRating(const ReviewOutcome &outcome)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery query(db());
    if (Status s = Sql::exec(query, QStringLiteral("DELETE FROM reviews WHERE id = ?"),
                             {outcome.reviewId}, tr("The rating could not be undone."));
        !s)
        return s;
    if (Status s = writeCard(outcome.questionId, outcome.before); !s)
        return s;
    return transaction.commit();
}

Result<QList<ReviewRecord>> PracticeStore::reviewHistory(qint64 questionId, int limit) const
{
    auto list = rows(QStringLiteral("SELECT reviewed_at, rating, seconds, forgot FROM reviews "
                                    "WHERE question_id = ? ORDER BY reviewed_at DESC, id DESC "
                                    "LIMIT ?"),
                     {questionId, std::max(0, limit)});
    if (!list)
        return list.status();
    QList<ReviewRecord> history;
    for (const QVariantMap &row : list.value()) {
        ReviewRecord record;
        record.at = readTime(row.value(QStringLiteral("reviewed_at")).toString());
        record.rating = Rating(std::clamp(row.value(QStringLiteral("rating")).toInt(), 1, 4));
        record.seconds = row.value(QStringLiteral("seconds")).toInt();
        record.forgot = row.value(QStringLiteral("forgot")).toString();
        history << record;
    }
    return history;
}

Result<QList<QueueCandidate>> PracticeStore::queueCandidates(const QDateTime &now) const
{
    // Two passes, no grouping: the upcoming round times of the (few) linked questions, then
    // every question's memory state in id order.
    QHash<qint64, QList<QDateTime>> roundStarts;
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (Status s = Sql::exec(query,
                                 QStringLiteral("SELECT qa.question_id, r.starts_at "
                                                "FROM question_applications qa "
                                                "JOIN applications a ON a.id = qa.application_id "
                                                "  AND a.archived_at IS NULL "
                                                "JOIN rounds r ON r.application_id = a.id "
                                                "  AND r.status = 'scheduled' AND r.starts_at > ?"),
                                 {stored(now)}, tr("The practice queue could not be read."));
            !s)
            return s;
        while (query.next())
            roundStarts[query.value(0).toLongLong()] << readTime(query.value(1).toString());
    }
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (Status s = Sql::exec(query,
                             QStringLiteral("SELECT id, stability, difficulty, last_review, due, "
                                            "scheduled_days, reps, lapses FROM questions "
                                            "WHERE category <> 'to_ask' ORDER BY id"),
                             {}, tr("The practice queue could not be read."));
        !s)
        return s;
    QList<QueueCandidate> candidates;
    while (query.next()) {
        QueueCandidate candidate;
        candidate.questionId = query.value(0).toLongLong();
        FsrsCard &card = candidate.card;
        card.reps = query.value(6).toInt();
        if (card.reps > 0) {
            card.stability = query.value(1).toDouble();
            card.difficulty = query.value(2).toDouble();
            card.lastReview = readTime(query.value(3).toString());
            card.due = readTime(query.value(4).toString());
            card.scheduledDays = query.value(5).toInt();
            card.lapses = query.value(7).toInt();
        }
        candidate.roundStarts = roundStarts.value(candidate.questionId);
        candidates.append(candidate);
    }
    return candidates;
}

Result<QList<QueueEntry>> PracticeStore::dueQueue(const QDateTime &now, int newLimit) const
{
    auto candidates = queueCandidates(now);
    if (!candidates)
        return candidates.status();
    const FsrsScheduler fsrs = scheduler();
    const InterviewPlanner planner(fsrs);
    return PracticeQueue::build(candidates.value(), planner, now, newLimit);
}

namespace {
QList<qint64> idsOf(const QList<QVariantMap> &list, const QString &column = QStringLiteral("id"))
{
    QList<qint64> ids;
    ids.reserve(list.size());
    for (const QVariantMap &row : list)
        ids << row.value(column).toLongLong();
    return ids;
}
} // namespace

Result<QList<qint64>> PracticeStore::questionsInCategory(const QString &category) const
{
    auto list = rows(QStringLiteral("SELECT id FROM questions WHERE category = ? ORDER BY "
                                    "coalesce(due, '') , id"),
                     {category});
    if (!list)
        return list.status();
    return idsOf(list.value());
}

Result<QList<qint64>> PracticeStore::questionsForRound(qint64 roundId) const
{
    // Linked questions and those fitting the round's kind and reason, weakest first (never
    // practised, then lowest stability): a round to settle doubts brings every question once
    // forgotten, a fit round the culture questions, a final round the later-round ones.
    auto linked =
        rows(QStringLiteral("SELECT q.id FROM rounds r "
                            "JOIN questions q ON q.category <> 'to_ask' AND ("
                            "  q.id IN (SELECT question_id FROM question_applications "
                            "           WHERE application_id = r.application_id) "
                            "  OR (r.reason = 'doubt' AND q.lapses > 0) "
                            "  OR (r.reason = 'fit' AND q.category = 'culture_fit') "
                            "  OR ((r.kind = 'final' OR r.reason = 'finalists') "
                            "      AND q.category = 'later_rounds')) "
                            "WHERE r.id = ? ORDER BY q.reps > 0, q.stability, q.lapses DESC, q.id"),
             {roundId});
    if (!linked)
        return linked.status();
    QList<qint64> ids = idsOf(linked.value());
    auto toAsk = roundQuestions(roundId);
    if (!toAsk)
        return toAsk.status();
    ids << toAsk.value();
    return ids;
}

Result<QList<qint64>> PracticeStore::randomQuestions(int count) const
{
    auto all =
        rows(QStringLiteral("SELECT id FROM questions WHERE category <> 'to_ask' ORDER BY id"), {});
    if (!all)
        return all.status();
    QList<qint64> ids = idsOf(all.value());
    std::shuffle(ids.begin(), ids.end(), *QRandomGenerator::global());
    return ids.mid(0, std::max(0, count));
}

Result<QList<RoundReadiness>> PracticeStore::readiness(const QDateTime &now) const
{
    auto rounds = rows(
        QStringLiteral(
            "SELECT id, application_id, company, role, number, starts_at FROM ("
            "  SELECT r.id, r.application_id, c.name AS company, a.role, r.starts_at, r.status,"
            "    row_number() OVER (PARTITION BY r.application_id ORDER BY r.starts_at, r.id) "
            "      AS number "
            "  FROM rounds r JOIN applications a ON a.id = r.application_id "
            "  JOIN companies c ON c.id = a.company_id WHERE a.archived_at IS NULL) "
            "WHERE status = 'scheduled' AND starts_at > ? ORDER BY starts_at, id"),
        {stored(now)});
    if (!rounds)
        return rounds.status();
    auto linked =
        rows(QStringLiteral("SELECT qa.application_id, q.* FROM question_applications qa "
                            "JOIN questions q ON q.id = qa.question_id "
                            "WHERE q.category <> 'to_ask' AND qa.application_id IN ("
                            "  SELECT application_id FROM rounds WHERE status = 'scheduled' "
                            "  AND starts_at > ?)"),
             {stored(now)});
    if (!linked)
        return linked.status();
    QHash<qint64, QList<FsrsCard>> cardsByApplication;
    for (const QVariantMap &row : linked.value())
        cardsByApplication[row.value(QStringLiteral("application_id")).toLongLong()]
            << cardFromRow(row);
    const FsrsScheduler fsrs = scheduler();
    const InterviewPlanner planner(fsrs);
    QList<RoundReadiness> result;
    for (const QVariantMap &row : rounds.value()) {
        RoundReadiness readiness;
        readiness.roundId = row.value(QStringLiteral("id")).toLongLong();
        readiness.applicationId = row.value(QStringLiteral("application_id")).toLongLong();
        readiness.company = row.value(QStringLiteral("company")).toString();
        readiness.role = row.value(QStringLiteral("role")).toString();
        readiness.number = row.value(QStringLiteral("number")).toInt();
        readiness.startsAt =
            PipelineStore::fromStoredTime(row.value(QStringLiteral("starts_at")).toString());
        for (const FsrsCard &card : cardsByApplication.value(readiness.applicationId)) {
            ++readiness.total;
            if (planner.isReady(card, readiness.startsAt, now))
                ++readiness.ready;
        }
        result << readiness;
    }
    return result;
}

Result<QList<qint64>> PracticeStore::roundQuestions(qint64 roundId) const
{
    auto list = rows(QStringLiteral("SELECT question_id FROM round_questions WHERE round_id = ? "
                                    "ORDER BY position, question_id"),
                     {roundId});
    if (!list)
        return list.status();
    return idsOf(list.value(), QStringLiteral("question_id"));
}

Status PracticeStore::setRoundQuestions(qint64 roundId, const QList<qint64> &questionIds)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s =
            replaceOrderedLinks(db(), QStringLiteral("round_questions"), QStringLiteral("round_id"),
                                roundId, QStringLiteral("question_id"), questionIds,
                                tr("The questions for the round could not be saved."));
        !s)
        return s;
    return transaction.commit();
}

Result<QList<int>> PracticeStore::reviewsPerDay(const QDate &lastDay, int days) const
{
    // Days are the user's local days; reviews are stored in UTC, so they are counted here.
    const QDate first = lastDay.addDays(-(days - 1));
    const QDateTime from = first.startOfDay().toUTC();
    const QDateTime to = lastDay.addDays(1).startOfDay().toUTC();
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (Status s =
            Sql::exec(query,
                      QStringLiteral("SELECT reviewed_at FROM reviews WHERE reviewed_at >= ? AND "
                                     "reviewed_at < ?"),
                      {stored(from), stored(to)}, tr("The review history could not be read."));
        !s)
        return s;
    QList<int> counts(std::max(0, days), 0);
    while (query.next()) {
        const QDate day =
            PipelineStore::fromStoredTime(query.value(0).toString()).toLocalTime().date();
        const qint64 index = first.daysTo(day);
        if (index >= 0 && index < counts.size())
            ++counts[index];
    }
    return counts;
}

Result<QList<CategoryRecall>> PracticeStore::recallByCategory() const
{
    auto list = rows(QStringLiteral("SELECT q.category, count(*) AS reviews, "
                                    "sum(r.rating > 1) AS recalled FROM reviews r "
                                    "JOIN questions q ON q.id = r.question_id GROUP BY q.category"),
                     {});
    if (!list)
        return list.status();
    QHash<QString, CategoryRecall> byCategory;
    for (const QVariantMap &row : list.value()) {
        CategoryRecall recall;
        recall.category = row.value(QStringLiteral("category")).toString();
        recall.reviews = row.value(QStringLiteral("reviews")).toInt();
        recall.recalled = row.value(QStringLiteral("recalled")).toInt();
        byCategory.insert(recall.category, recall);
    }
    QList<CategoryRecall> result;
    for (const QString &key : QuestionCategory::keys()) {
        if (key == QuestionCategory::toAsk())
            continue;
        CategoryRecall recall = byCategory.value(key);
        recall.category = key;
        result << recall;
    }
    return result;
}

Result<ImportSummary> PracticeStore::importRows(const QList<QuestionRow> &list)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    auto existing = rows(QStringLiteral("SELECT text FROM questions"), {});
    if (!existing)
        return existing.status();
    QSet<QString> known;
    for (const QVariantMap &row : existing.value())
        known.insert(QuestionFile::duplicateKey(row.value(QStringLiteral("text")).toString()));
    ImportSummary summary;
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    const QString now = stored(Clock::nowUtc());
    for (const QuestionRow &row : list) {
        const QString key = QuestionFile::duplicateKey(row.text);
        if (key.isEmpty())
            continue;
        if (known.contains(key)) {
            ++summary.alreadyThere;
            continue;
        }
        known.insert(key);
        QuestionFields fields;
        fields.category = row.category;
        fields.text = row.text;
        fields.answer = row.answer;
        fields.tags = row.tags;
        auto inserted = insertQuestionRow(db(), fields, QStringLiteral("import"), now,
                                          tr("Line %1 could not be imported.").arg(row.line));
        if (!inserted)
            return inserted.status();
        ++summary.added;
        summary.addedIds << inserted.value();
    }
    if (Status s = transaction.commit(); !s)
        return s;
    return summary;
}

Result<QList<QuestionRow>> PracticeStore::exportRows() const
{
    auto list =
        rows(QStringLiteral("SELECT text, category, answer, tags FROM questions ORDER BY id"), {});
    if (!list)
        return list.status();
    QList<QuestionRow> result;
    for (const QVariantMap &row : list.value()) {
        QuestionRow out;
        out.text = row.value(QStringLiteral("text")).toString();
        out.category = row.value(QStringLiteral("category")).toString();
        out.answer = row.value(QStringLiteral("answer")).toString();
        out.tags = splitTags(row.value(QStringLiteral("tags")).toString());
        result << out;
    }
    return result;
}

Result<PracticeCascadeSnapshot>
PracticeStore::snapshotForApplications(const QList<qint64> &ids) const
{
    PracticeCascadeSnapshot snapshot;
    const QString array = Sql::idArray(ids);
    auto links = rows(QStringLiteral("SELECT * FROM question_applications WHERE application_id IN "
                                     "(SELECT value FROM json_each(?)) "
                                     "ORDER BY application_id, question_id"),
                      {array});
    if (!links)
        return links.status();
    snapshot.applicationLinks = links.take();
    auto chosen = rows(QStringLiteral("SELECT * FROM round_questions WHERE round_id IN "
                                      "(SELECT id FROM rounds WHERE application_id IN "
                                      "(SELECT value FROM json_each(?))) "
                                      "ORDER BY round_id, question_id"),
                       {array});
    if (!chosen)
        return chosen.status();
    snapshot.roundQuestions = chosen.take();
    return snapshot;
}

Result<PracticeCascadeSnapshot> PracticeStore::snapshotForRounds(const QList<qint64> &ids) const
{
    PracticeCascadeSnapshot snapshot;
    const QString array = Sql::idArray(ids);
    // Links that name the round lose it (ON DELETE SET NULL); they are written back whole.
    auto links = rows(QStringLiteral("SELECT * FROM question_applications WHERE round_id IN "
                                     "(SELECT value FROM json_each(?)) "
                                     "ORDER BY application_id, question_id"),
                      {array});
    if (!links)
        return links.status();
    snapshot.applicationLinks = links.take();
    auto chosen = rows(QStringLiteral("SELECT * FROM round_questions WHERE round_id IN "
                                      "(SELECT value FROM json_each(?)) "
                                      "ORDER BY round_id, question_id"),
                       {array});
    if (!chosen)
        return chosen.status();
    snapshot.roundQuestions = chosen.take();
    return snapshot;
}

Status PracticeStore::restoreCascade(const PracticeCascadeSnapshot &snapshot)
{
    if (snapshot.isEmpty())
        return Status::success();
    if (Status s = refuseReadOnly(); !s)
        return s;
    // Nests as a savepoint inside the application or round undo that calls it.
    Transaction transaction(*m_database);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s =
            insertRows(QStringLiteral("question_applications"), snapshot.applicationLinks, true);
        !s)
        return s;
    if (Status s = insertRows(QStringLiteral("round_questions"), snapshot.roundQuestions, true); !s)
        return s;
    return transaction.commit();
}
