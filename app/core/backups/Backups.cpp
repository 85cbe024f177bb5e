#include "core/backups/Backups.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Sql.h"
#include "core/SqlErrorText.h"
#include "core/files/OwnerOnlyFiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString Suffix = QStringLiteral(".sqlite");
const QString BeforeRestore = QStringLiteral("-before-restore");

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QFileInfo info(m_databasePath);
    m_baseName = info.completeBaseName();
    m_folder = info.dir().filePath(m_baseName + QStringLiteral("-backups"));
}

QString Backups::nameFor(const QDateTime &local, Kind kind, int counter) const
{
    return m_baseName + QLatin1Char('-') + local.toString(QStringLiteral("yyyy-MM-dd-HHmmss")) +
           (counter > 1 ? QStringLiteral("-%1").arg(counter) : QString()) +
           (kind == Kind::BeforeRestore ? BeforeRestore : QString()) + Suffix;
}

bool Backups::parse(const QString &fileName, Entry *entry) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?(%1)?\\.sqlite$")
            .arg(BeforeRestore));
    if (!fileName.startsWith(m_baseName))
        return false;
    const QRegularExpressionMatch match = pattern.match(fileName.mid(m_baseName.size()));
    if (!match.hasMatch())
        return false;
    const QDateTime taken =
        QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd-HHmmss"));
    if (!taken.isValid())
        return false;
    entry->takenAt = taken;
    entry->counter = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    entry->beforeRestore = !match.captured(3).isEmpty();
    return true;
}

QList<Backups::Entry> Backups::list() const
{
    QList<Entry> entries;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        Entry entry;
        entry.path = file.absoluteFilePath();
        if (parse(file.fileName(), &entry))
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.counter > b.counter;
    });
    return entries;
}

bool Backups::dailyDue(const Database &database) const
{
    if (database.isReadOnly())
        return false;
    const QDate today = Clock::nowUtc().toLocalTime().date();
    for (const Entry &entry : list())
        if (entry.takenAt.date() == today)
            return false;
    return true;
}

Result<QString> Backups::takeDaily(const Database &database)
{
    if (!dailyDue(database))
        return QString();
    auto taken = take(database, Kind::Daily);
    if (!taken)
        return taken;
    rotate();
    return taken;
}

Result<QString> Backups::newTarget(Kind kind) const
{
    if (!QFileInfo(m_folder).isDir()) {
        if (!QDir().mkpath(m_folder))
            return Result<QString>::failure(
                tr("The backup folder “%1” could not be created. Check that its folder can be "
                   "written to.")
                    .arg(QDir::toNativeSeparators(m_folder)));
        QFile::setPermissions(m_folder, OwnerOnly | QFileDevice::ExeOwner);
    }
    // Two backups within one second (a restore right after "Back up now") keep both.
    const QDateTime now = Clock::nowUtc().toLocalTime();
    const QDir folder(m_folder);
    int counter = 1;
    while (QFileInfo::exists(folder.filePath(nameFor(now, Kind::Manual, counter))) ||
           QFileInfo::exists(folder.filePath(nameFor(now, Kind::BeforeRestore, counter))))
        ++counter;
    return folder.filePath(nameFor(now, kind, counter));
}

Result<QString> Backups::take(const Database &database, Kind kind)
{
    auto target = newTarget(kind);
    if (!target)
        return target;
    if (Status copied = database.saveCopyAs(target.value()); !copied)
        return Result<QString>::failure(
            tr("The backup could not be written to “%1”: %2")
                .arg(QDir::toNativeSeparators(m_folder), copied.error()));
    // Created owner-only already; said again in case the platform widened it.
    QFile::setPermissions(target.value(), OwnerOnly);
    return target;
}

Result<QString> Backups::takeOnOwnConnection(Kind kind) const
{
    auto target = newTarget(kind);
    if (!target)
        return target;
    const QString shownFolder = QDir::toNativeSeparators(m_folder);
    QString error;
    // The mode is given when the file is made (no umask change: other threads run); VACUUM
    // INTO fills the empty file and keeps it.
    if (!OwnerOnlyFiles::createEmpty(target.value(), &error))
        return Result<QString>::failure(
            tr("The backup could not be written to “%1”: %2").arg(shownFolder, error));
    static QAtomicInt counter;
    const QString name = QStringLiteral("secondround-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery vacuum(db);
            if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
                error = vacuum.lastError().text();
            } else {
                vacuum.addBindValue(target.value());
                if (!vacuum.exec())
                    error = SqlErrorText::describe(vacuum.lastError(), QString()).trimmed();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        QFile::remove(target.value());
        return Result<QString>::failure(
            tr("The backup could not be written to “%1”: %2").arg(shownFolder, error));
    }
    QFile::setPermissions(target.value(), OwnerOnly);
    return target;
}

QList<Backups::Entry> Backups::toRemove(const QList<Entry> &entries)
{
    QList<Entry> newestFirst = entries;
    std::sort(newestFirst.begin(), newestFirst.end(), [](const Entry &a, const Entry &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.counter > b.counter;
    });
    QSet<QDate> days;
    QSet<QDate> weeks; // by their Monday
    QList<Entry> removed;
    for (const Entry &entry : std::as_const(newestFirst)) {
        const QDate day = entry.takenAt.date();
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        bool keep = false;
        if (!days.contains(day) && days.size() < KeepDaily) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(monday) && weeks.size() < KeepWeekly) {
            weeks.insert(monday);
            keep = true;
        }
        // A day or week already counted keeps only its newest.
        if (!keep)
            removed.append(entry);
    }
    return removed;
}

QStringList Backups::rotate() const
{
    QStringList removed;
    for (const Entry &entry : toRemove(list()))
        if (QFile::remove(entry.path))
            removed << entry.path;
    return removed;
}

Result<Backups::Contents> Backups::inspect(const QString &backupPath, bool thorough)
{
    using R = Result<Contents>;
    Database::Options options;
    options.inspectOnly = true;
    options.createIfMissing = false;
    auto opened = Database::open(backupPath, options);
    if (!opened)
        return R::failure(opened.error());
    const std::shared_ptr<Database> database = opened.take();
    if (database->schemaVersion() < 1)
        return R::failure(
            tr("“%1” holds no SecondRound data.").arg(QDir::toNativeSeparators(backupPath)));
    if (thorough) {
        if (auto checked = database->check(); !checked)
            return R::failure(tr("“%1” is damaged: %2")
                                  .arg(QDir::toNativeSeparators(backupPath), checked.error()));
    }
    const QString failed = tr("“%1” could not be read.").arg(QDir::toNativeSeparators(backupPath));
    Contents contents;
    contents.schemaVersion = database->schemaVersion();
    auto applications = Sql::scalar(
        database->sql(), QStringLiteral("SELECT count(*) FROM applications"), {}, failed);
    if (!applications)
        return applications.status();
    contents.applications = applications.value().toInt();
    // The rounds arrived with schema 2.
    auto hasRounds = Sql::scalar(database->sql(),
                                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                "type = 'table' AND name = 'rounds'"),
                                 {}, failed);
    if (!hasRounds)
        return hasRounds.status();
    if (hasRounds.value().toInt() > 0) {
        auto rounds =
            Sql::scalar(database->sql(), QStringLiteral("SELECT count(*) FROM rounds"), {}, failed);
        if (!rounds)
            return rounds.status();
        contents.rounds = rounds.value().toInt();
    }
    return contents;
}

Status Backups::replace(const QString &databasePath, const QString &backupPath)
{
    const QString shown = QDir::toNativeSeparators(databasePath);
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("The backup “%1” could not be read: %2")
                .arg(QDir::toNativeSeparators(backupPath), source.errorString()));
    const OwnerOnlyFiles ownerOnly;
    QSaveFile target(databasePath);
    // Written beside the file and renamed over it: the file is either as it was or restored.
    if (!target.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("“%1” could not be replaced: %2").arg(shown, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            break;
        if (target.write(chunk) != chunk.size())
            break;
    }
    if (source.error() != QFileDevice::NoError) {
        target.cancelWriting();
        static_cast<void>(target.commit());
        return Status::failure(
            tr("The backup “%1” could not be read: %2")
                .arg(QDir::toNativeSeparators(backupPath), source.errorString()));
    }
    // A -wal left from the old content would be applied to the new one.
    for (const QString &side :
         {databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm")})
        if (QFile::exists(side) && !QFile::remove(side)) {
            target.cancelWriting();
            static_cast<void>(target.commit());
            return Status::failure(tr("“%1” could not be replaced: %2 could not be removed.")
                                       .arg(shown, QDir::toNativeSeparators(side)));
        }
    if (!target.commit())
        return Status::failure(
            tr("“%1” could not be replaced: %2").arg(shown, target.errorString()));
    QFile::setPermissions(databasePath, OwnerOnly);
    return Status::success();
}
