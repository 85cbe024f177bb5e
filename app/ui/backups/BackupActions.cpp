#include "ui/backups/BackupActions.h"

#include "core/Database.h"
#include "core/backups/Backups.h"
#include "models/FileSession.h"
#include "ui/Prompter.h"
#include "ui/WindowFrame.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace {

QString when(const Backups::Entry &entry)
{
    return QLocale().toString(entry.takenAt, QLocale::LongFormat);
}

QString counts(const Backups::Contents &contents)
{
    return BackupActions::tr("%1, %2").arg(
        BackupActions::tr("%n application(s)", nullptr, contents.applications),
        BackupActions::tr("%n round(s)", nullptr, contents.rounds));
}

} // namespace

BackupActions::BackupActions(QWidget *window, WindowFrame *frame, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_frame(frame)
    , m_hooks(std::move(hooks))
    , m_backUpNow(new QAction(tr("&Back up now"), this))
    , m_restore(new QAction(tr("Res&tore from backup…"), this))
{
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(m_backUpNow, &QAction::triggered, this, [this] { backUpNow(); });
    connect(m_restore, &QAction::triggered, this, [this] { restore(); });
    updateActions();
}

void BackupActions::updateActions()
{
    FileSession *session = m_hooks.session();
    m_backUpNow->setEnabled(session != nullptr);
    m_restore->setEnabled(session != nullptr && !session->isReadOnly());
}

BackupActions::~BackupActions()
{
    // The thread must not outlive its QThread object; nothing is shown any more.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupActions::fileOpened()
{
    FileSession *session = m_hooks.session();
    if (!session)
        return;
    finishDailyBackup();
    const Backups backups(session->path());
    if (!backups.dailyDue(session->database()))
        return;
    m_dailyPath = session->path();
    m_dailyResult = std::make_shared<Result<QString>>(Result<QString>::failure(QString()));
    m_thread = QThread::create([backups, result = m_dailyResult] {
        *result = backups.takeOnOwnConnection(Backups::Kind::Daily);
    });
    connect(m_thread, &QThread::finished, this, &BackupActions::finishDailyBackup);
    m_thread->start(QThread::LowPriority);
}

void BackupActions::finishDailyBackup()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Result<QString> result = *m_dailyResult;
    m_dailyResult.reset();
    if (!result) {
        m_frame->showStatus(tr("Today's backup could not be made: %1").arg(result.error()), 15000);
        return;
    }
    Backups(m_dailyPath).rotate();
}

bool BackupActions::backUpNow()
{
    finishDailyBackup();
    FileSession *session = m_hooks.session();
    if (!session)
        return false;
    auto taken = Backups(session->path()).take(session->database(), Backups::Kind::Manual);
    if (!taken) {
        m_frame->showError(taken.error());
        return false;
    }
    m_frame->showStatus(tr("Backed up to %1").arg(QDir::toNativeSeparators(taken.value())));
    return true;
}

bool BackupActions::restore()
{
    // The file is replaced below: nothing may still be copying it.
    finishDailyBackup();
    FileSession *session = m_hooks.session();
    if (!session)
        return false;
    if (session->isReadOnly()) {
        m_frame->showError(Database::readOnlyMessage());
        return false;
    }
    const QString path = session->path();
    const QString shownFile = QFileInfo(path).fileName();
    Backups backups(path);
    const QList<Backups::Entry> entries = backups.list();
    if (entries.isEmpty()) {
        Prompter::instance().information(
            m_window, tr("Restore from backup"),
            tr("There are no backups of “%1” yet. One is made each day the file is opened, and "
               "with File > Back up now; they are kept in “%2”.")
                .arg(shownFile, QDir::toNativeSeparators(backups.folder())));
        return false;
    }
    QStringList items;
    for (const Backups::Entry &entry : entries) {
        auto contents = Backups::inspect(entry.path, false);
        QString item = contents ? tr("%1 — %2").arg(when(entry), counts(contents.value()))
                                : tr("%1 — damaged, cannot be restored").arg(when(entry));
        if (entry.beforeRestore)
            item += tr(" (taken before a restore)");
        items << item;
    }
    const std::optional<int> chosen = Prompter::instance().choose(
        m_window, tr("Restore from backup"),
        tr("Backups of “%1”, newest first. The one you choose replaces what the file holds now.")
            .arg(shownFile),
        items, 0);
    if (!chosen || *chosen < 0 || *chosen >= entries.size())
        return false;
    const Backups::Entry &entry = entries.at(*chosen);

    // Refused before anything changes: a backup that cannot be opened restores nothing.
    auto contents = Backups::inspect(entry.path, true);
    if (!contents) {
        m_frame->showError(tr("The backup of %1 cannot be restored, so nothing was changed.\n\n%2")
                               .arg(when(entry), contents.error()));
        return false;
    }
    if (!Prompter::instance().confirm(
            m_window, tr("Restore from backup"),
            tr("Replace everything in “%1” with the backup of %2 (%3)?\n\nWhat the file holds now "
               "is backed up first, so you can go back to it from the same list.")
                .arg(shownFile, when(entry), counts(contents.value())),
            tr("Restore")))
        return false;

    auto before = backups.take(session->database(), Backups::Kind::BeforeRestore);
    if (!before) {
        m_frame->showError(tr("Nothing was changed: the file could not be backed up before the "
                              "restore.\n\n%1")
                               .arg(before.error()));
        return false;
    }

    m_hooks.closeFile();
    session = nullptr;
    if (Status replaced = Backups::replace(path, entry.path); !replaced) {
        m_hooks.openFile(path);
        m_frame->showError(tr("The backup could not be restored; the file is as it was.\n\n%1")
                               .arg(replaced.error()));
        return false;
    }
    if (!m_hooks.openFile(path)) {
        // The restored file would not open: put back what was there.
        static_cast<void>(Backups::replace(path, before.value()));
        m_hooks.openFile(path);
        return false;
    }
    m_frame->showStatus(tr("Restored the backup of %1. What the file held before is in %2")
                            .arg(when(entry), QDir::toNativeSeparators(before.value())),
                        15000);
    return true;
}
