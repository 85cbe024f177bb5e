#include "ui/MainWindow.h"
#include "ui/backups/BackupActions.h"
#include "ui/files/VanishedFileGuard.h"
#include "ui/languages/LanguageMenu.h"
#include "ui/placement/WindowPlacement.h"
#include "ui/theme/ThemeColours.h"

#include "core/AppSettings.h"
#include "core/BackgroundRead.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/SampleData.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "ui/Prompter.h"
#include "ui/RoundActions.h"
#include "ui/Tab.h"
#include "ui/TabList.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString fileFilter()
{
    return MainWindow::tr("SecondRound files (*.sqlite *.db);;All files (*)");
}
} // namespace

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_undoStack(new QUndoStack(this))
    , m_roundActions(new RoundActions(this, m_undoStack, this))
    , m_tabs(new QTabWidget(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_statusFile(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/secondround.svg")));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);

    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setText(tr("This file is read-only. You can look at everything, but "
                                 "changes cannot be saved. Use File > Save a copy as to make an "
                                 "editable copy."));
    m_readOnlyBanner->setStyleSheet(
        ThemeColours::bannerStyleSheet(palette(), ThemeColours::Banner::Warning,
                                       QStringLiteral("QLabel#readOnlyBanner")) +
        QStringLiteral(" QLabel#readOnlyBanner { padding: 8px 12px; }"));
    m_readOnlyBanner->hide();

    // For what must not be missed, such as a reminder where the system has no tray.
    m_banner->setObjectName(QStringLiteral("reminderBanner"));
    m_banner->setStyleSheet(ThemeColours::bannerStyleSheet(
        palette(), ThemeColours::Banner::Information, QStringLiteral("QWidget#reminderBanner")));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_bannerText->setObjectName(QStringLiteral("reminderText"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerAction = new QPushButton(m_banner);
    m_bannerAction->setObjectName(QStringLiteral("reminderAction"));
    m_bannerAction->hide();
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        // Taken first: the action may show another notice with its own handler.
        if (const std::function<void()> handler = std::exchange(m_bannerHandler, {}))
            handler();
    });
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_statusFile->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusFile);

    TabContext context;
    context.frame = this;
    context.window = this;
    context.settings = m_settings;
    context.undoStack = m_undoStack;
    context.roundActions = m_roundActions;
    m_tabList = TabList::create(context);
    m_shown.assign(m_tabList.size(), false);
    for (size_t i = 0; i < m_tabList.size(); ++i) {
        Tab *each = m_tabList.at(i).get();
        // Tabs sit on the bar in list order, so the list index is the bar index.
        connect(each, &Tab::titleChanged, this, [this, i, each] {
            if (int(i) < m_tabs->count())
                m_tabs->setTabText(int(i), each->title());
            refreshMenus();
        });
        connect(each, &Tab::activationRequested, this, [this, each] { showTab(each); });
    }
    m_roundActions->setSelection(
        [this] { return currentTab() ? currentTab()->selectedRound() : 0; },
        [this] { return currentTab() ? currentTab()->selectedApplication() : 0; });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);

    m_backups = new BackupActions(this, this,
                                  {[this] { return m_session.get(); }, [this] { closeSession(); },
                                   [this](const QString &path) {
                                       return openDatabase(path);
                                   }},
                                  this);
    createMenus();
    WindowPlacement::place(this, m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeSession();
}

Tab *MainWindow::currentTab() const
{
    const int index = m_tabs->currentIndex();
    if (!m_session || index < 0 || index >= int(m_tabList.size()))
        return nullptr;
    return m_tabList.at(index).get();
}

void MainWindow::showTab(Tab *tab)
{
    for (size_t i = 0; i < m_tabList.size(); ++i)
        if (m_tabList.at(i).get() == tab && int(i) < m_tabs->count())
            m_tabs->setCurrentIndex(int(i));
}

void MainWindow::onCurrentTabChanged()
{
    const int index = m_tabs->currentIndex();
    if (m_session && index >= 0 && index < int(m_tabList.size()) && !m_shown.at(index)) {
        m_shown[index] = true;
        m_tabList.at(index)->firstShown();
    }
    refreshMenus();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newFileAction = new QAction(tr("&New file…"), this);
    newFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newFileAction, &QAction::triggered, this, &MainWindow::newFile);
    QAction *openAction = new QAction(tr("&Open…"), this);
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::openFile);
    m_recentMenu = new QMenu(tr("Open &recent"), this);
    QAction *copyAction = new QAction(tr("Save a &copy as…"), this);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(copyAction, &QAction::triggered, this, &MainWindow::saveCopyAs);
    m_fixedFileActions = {newFileAction,
                          openAction,
                          m_recentMenu->menuAction(),
                          copyAction,
                          nullptr,
                          m_backups->backUpNowAction(),
                          m_backups->restoreAction()};
    m_fileOnlyActions = {copyAction};
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_fixedEditActions = {undo, redo};

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_goToMenu = new QMenu(tr("&Go to"), this);
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                            Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9};
    for (size_t i = 0; i < m_tabList.size(); ++i) {
        Tab *tab = m_tabList.at(i).get();
        QAction *goTo = m_goToMenu->addAction(tab->title());
        if (i < std::size(keys))
            goTo->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
        connect(goTo, &QAction::triggered, this, [this, tab] { showTab(tab); });
        m_goToActions << goTo;
    }
    m_languageMenu = new LanguageMenu(m_settings, this);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction =
        m_helpMenu->addAction(tr("&About SecondRound"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
    refreshMenus();
}

void MainWindow::addActions(QMenu *menu, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

void MainWindow::refreshMenus()
{
    Tab *current = currentTab();

    m_fileMenu->clear();
    addActions(m_fileMenu, m_fixedFileActions);
    for (QAction *action : std::as_const(m_fileOnlyActions))
        action->setEnabled(m_session != nullptr);
    m_backups->updateActions();
    for (const auto &tab : m_tabList) {
        const QList<QAction *> actions = m_session ? tab->fileActions() : QList<QAction *>();
        if (actions.isEmpty())
            continue;
        m_fileMenu->addSeparator();
        addActions(m_fileMenu, actions);
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu->clear();
    addActions(m_editMenu, m_fixedEditActions);
    if (current && !current->editActions().isEmpty()) {
        m_editMenu->addSeparator();
        addActions(m_editMenu, current->editActions());
    }

    // Only the tab in front has its menus in the bar, so that its shortcuts (Delete,
    // Return, Ctrl+N) never act on a tab the user cannot see.
    for (QMenu *menu : std::as_const(m_tabMenus)) {
        menuBar()->removeAction(menu->menuAction());
        menu->deleteLater();
    }
    m_tabMenus.clear();
    if (current) {
        for (const Tab::Menu &spec : current->menus()) {
            auto *menu = new QMenu(spec.title, this);
            addActions(menu, spec.actions);
            menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
            m_tabMenus << menu;
        }
    }

    m_viewMenu->clear();
    if (current && !current->viewActions().isEmpty()) {
        addActions(m_viewMenu, current->viewActions());
        m_viewMenu->addSeparator();
    }
    m_viewMenu->addMenu(m_goToMenu);
    m_viewMenu->addMenu(m_languageMenu);
    for (size_t i = 0; i < m_tabList.size(); ++i) {
        m_goToActions.at(int(i))->setText(m_tabList.at(i)->title());
        m_goToActions.at(int(i))->setEnabled(m_session != nullptr);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                showError(tr("“%1” no longer exists and was taken off the list.")
                              .arg(QDir::toNativeSeparators(path)));
                m_settings->removeRecentFile(path);
                rebuildRecentMenu();
                return;
            }
            openDatabase(path);
        });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear list"), this, [this] {
        m_settings->clearRecentFiles();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::closeSession()
{
    m_workAfterShown = false;
    // A check still running goes with the session, unanswered.
    m_integrityRunning = false;
    if (!m_session)
        return;
    // Undo steps, then the tabs' widgets and everything they hold, hold pointers into the
    // file; the session itself goes last and tears down its own parts in order.
    m_undoStack->clear();
    m_banner->hide();
    m_bannerHandler = {}; // it acts on a round of this file
    m_roundActions->setSession(nullptr);
    for (const auto &tab : m_tabList)
        tab->close();
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_session.reset();
    refreshMenus();
}

bool MainWindow::openDatabase(const QString &path)
{
    // The whole-file check waits until the window shows the file (runWorkAfterShown); a
    // write before that runs it first.
    auto opened = FileSession::open(path, FileSession::Integrity::CheckLater);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    closeSession();
    m_session = opened.take();
    connect(m_session.get(), &FileSession::errorOccurred, this, &MainWindow::showError);
    auto *vanished = new VanishedFileGuard(m_session.get(), this);
    connect(vanished, &VanishedFileGuard::savedAs, this, [this](const QString &copy) {
        // Not from inside the guard, which goes with the session.
        QTimer::singleShot(0, this, [this, copy] { openDatabase(copy); });
    });
    m_roundActions->setSession(m_session.get());
    m_shown.assign(m_tabList.size(), false);
    {
        // The first tab is shown once every tab is there.
        const QSignalBlocker blocker(m_tabs);
        for (const auto &tab : m_tabList)
            m_tabs->addTab(tab->open(m_session.get()), tab->title());
        m_tabs->setCurrentIndex(0);
    }
    onCurrentTabChanged();

    m_readOnlyBanner->setVisible(m_session->isReadOnly());
    m_settings->setLastDatabase(m_session->path());
    m_settings->addRecentFile(m_session->path());
    rebuildRecentMenu();
    updateTitle();
    m_backups->fileOpened();
    m_workAfterShown = true;
    // Painted already (another file was open): no paint event to wait for.
    if (isVisible())
        QTimer::singleShot(0, this, &MainWindow::runWorkAfterShown);
    const QString backup = m_session->database().backupPath();
    if (!backup.isEmpty())
        showStatus(tr("The file was updated to this version; a copy of the old one is at %1")
                       .arg(QDir::toNativeSeparators(backup)),
                   15000);
    emit fileOpened(m_session->path());
    return true;
}

void MainWindow::offerSampleData()
{
    if (!m_session || m_session->isReadOnly() || m_settings->sampleDataOffered())
        return;
    auto count = m_session->pipeline()->applicationCount();
    if (!count || count.value() > 0)
        return;
    m_settings->setSampleDataOffered(true);
    if (!Prompter::instance().confirm(
            this, tr("Welcome to SecondRound"),
            tr("Your board is empty. Would you like some invented sample applications to look "
               "around with? You can delete or archive them at any time, or start a clean file "
               "with File > New file."),
            tr("Add sample data")))
        return;
    addSampleData();
}

bool MainWindow::addSampleData()
{
    if (!m_session)
        return false;
    auto filled = SampleData::fill(m_session->database());
    if (!filled) {
        showError(filled.error());
        return false;
    }
    m_session->notifyEverythingChanged();
    return true;
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("SecondRound"));
        m_statusFile->clear();
        return;
    }
    const QString name = QFileInfo(m_session->path()).fileName();
    setWindowTitle(m_session->isReadOnly() ? tr("%1 (read-only) — SecondRound").arg(name)
                                           : tr("%1 — SecondRound").arg(name));
    m_statusFile->setText(QDir::toNativeSeparators(m_session->path()));
}

void MainWindow::showError(const QString &message)
{
    Prompter::instance().error(this, tr("SecondRound"), message);
}

void MainWindow::showStatus(const QString &message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

void MainWindow::showBanner(const QString &message)
{
    m_bannerHandler = {};
    m_bannerAction->hide();
    m_bannerText->setText(message);
    m_banner->show();
}

void MainWindow::showBannerWithAction(const QString &message, const QString &actionText,
                                      std::function<void()> action)
{
    m_bannerText->setText(message);
    m_bannerAction->setText(actionText);
    m_bannerHandler = std::move(action);
    m_bannerAction->setVisible(bool(m_bannerHandler));
    m_banner->show();
}

void MainWindow::newFile()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompter::instance().saveFileName(this, tr("New SecondRound file"),
                                                           directory, fileFilter());
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".sqlite");
    if (QFileInfo::exists(target)) {
        showError(tr("“%1” already exists. Choose a new name, or use File > Open to open it.")
                      .arg(QDir::toNativeSeparators(target)));
        return;
    }
    openDatabase(target);
}

void MainWindow::openFile()
{
    const QString directory = m_session ? QFileInfo(m_session->path()).absolutePath() : QString();
    const QString path = Prompter::instance().openFileName(this, tr("Open SecondRound file"),
                                                           directory, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_session)
        return;
    const QString path = Prompter::instance().saveFileName(
        this, tr("Save a copy as"), QFileInfo(m_session->path()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (Status saved = m_session->database().saveCopyAs(path); !saved) {
        showError(saved.error());
        return;
    }
    showStatus(tr("A copy was saved to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::about()
{
    Prompter::instance().information(
        this, tr("About SecondRound"),
        tr("SecondRound %1\n\nOrganises your job search and prepares you for every interview "
           "round. Everything stays on this computer, in one file.")
            .arg(QStringLiteral(SECONDROUND_VERSION)));
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // One whole turn of the event loop after the first paint, so the painted window reaches
    // the screen before the work that follows keeps the loop busy.
    if (event->type() == QEvent::Paint && m_workAfterShown && !m_workAfterShownQueued) {
        m_workAfterShownQueued = true;
        QTimer::singleShot(0, this,
                           [this] { QTimer::singleShot(0, this, &MainWindow::runWorkAfterShown); });
    }
    return handled;
}

void MainWindow::runWorkAfterShown()
{
    m_workAfterShownQueued = false;
    if (!m_workAfterShown || !m_session || m_integrityRunning)
        return;
    // Only the first screenful of each column was read for the first paint.
    m_session->board()->completeInBackground();
    const Database &database = m_session->database();
    if (!database.integrityCheckDeferred()) {
        finishWorkAfterShown(Status::success());
        return;
    }
    // The whole-file check reads every page: on a connection and in a thread of its own, so
    // the window answers meanwhile. A write before it ends runs the check itself first
    // (Transaction::begin), and the tabs' own work waits for it, since it may write.
    m_integrityRunning = true;
    const QString shown = QDir::toNativeSeparators(database.path());
    BackgroundRead::start<Status>(
        database.path(), m_session.get(),
        [shown](QSqlDatabase &db) { return Database::quickCheck(db, shown); },
        [this](Status healthy) {
            m_integrityRunning = false;
            finishWorkAfterShown(healthy);
        },
        [this](const Status &) {
            // No second connection to the file (a share may refuse one): the check runs on
            // the window's own, as it did before the window appeared.
            m_integrityRunning = false;
            if (m_workAfterShown && m_session)
                finishWorkAfterShown(m_session->database().verifyIntegrity());
        });
}

void MainWindow::finishWorkAfterShown(const Status &healthy)
{
    if (!m_workAfterShown || !m_session)
        return;
    m_workAfterShown = false;
    if (!healthy) {
        closeSession();
        updateTitle();
        showError(healthy.error());
        return;
    }
    m_session->database().integrityVerified();
    for (const auto &tab : m_tabList)
        tab->windowShown();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}
