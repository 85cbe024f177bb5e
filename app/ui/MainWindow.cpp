#include "ui/MainWindow.h"

#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/SampleData.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "ui/Prompter.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/commands/RoundCommands.h"
#include "ui/ics/IcsActions.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/rounds/ApplicationRoundsDialog.h"
#include "ui/rounds/RoundDialog.h"
#include "ui/rounds/RoundScheduler.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
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
    , m_tabs(new QTabWidget(this))
    , m_nextRoundTimer(new QTimer(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_reminderBanner(new QWidget(this))
    , m_reminderText(new QLabel(m_reminderBanner))
    , m_statusFile(new QLabel(this))
{
    setAcceptDrops(true);
    // Views that take drops of their own (board columns, the month grid) would swallow a
    // dropped invitation; watching all drops lets it through to the import wherever it
    // lands in this window.
    qApp->installEventFilter(this);
    // "Round 2 · Tue 14:00" on the cards goes stale as time passes.
    m_nextRoundTimer->setInterval(5 * 60 * 1000);
    connect(m_nextRoundTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            static_cast<void>(m_model->refreshNextRounds());
    });
    m_nextRoundTimer->start();
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
        QStringLiteral("QLabel { background: #fff4ce; color: #4a3800; padding: 8px 12px; "
                       "border-bottom: 1px solid #e0c870; }"));
    m_readOnlyBanner->hide();

    // Shown where the system has no tray to carry a reminder.
    m_reminderBanner->setObjectName(QStringLiteral("reminderBanner"));
    m_reminderBanner->setStyleSheet(QStringLiteral(
        "QWidget#reminderBanner { background: #dbe9fb; border-bottom: 1px solid #9cbde6; } "
        "QLabel { color: #0b3d7a; }"));
    m_reminderBanner->setAttribute(Qt::WA_StyledBackground);
    m_reminderText->setObjectName(QStringLiteral("reminderText"));
    m_reminderText->setTextFormat(Qt::PlainText);
    m_reminderText->setWordWrap(true);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_reminderBanner);
    connect(dismiss, &QPushButton::clicked, m_reminderBanner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_reminderBanner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->addWidget(m_reminderText, 1);
    bannerLayout->addWidget(dismiss);
    m_reminderBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_reminderBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_statusFile->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusFile);

    createMenus();
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings->windowState());
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newFileAction = file->addAction(tr("&New file…"), this, &MainWindow::newFile);
    newFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openFile);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    QAction *copyAction = file->addAction(tr("Save a &copy as…"), this, &MainWindow::saveCopyAs);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *importAction =
        file->addAction(tr("&Import invitation (.ics)…"), this, &MainWindow::importInvitation);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *exportAction = file->addAction(tr("&Export scheduled rounds (.ics)…"), this,
                                            &MainWindow::exportScheduledRounds);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileActions = {copyAction, importAction, exportAction};
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();

    m_applicationMenu = menuBar()->addMenu(tr("&Application"));
    m_stageMenu = menuBar()->addMenu(tr("&Stages"));
    m_calendarMenu = menuBar()->addMenu(tr("&Calendar"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About SecondRound"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::rebuildMenusForFile()
{
    while (m_editMenu->actions().size() > 3)
        m_editMenu->removeAction(m_editMenu->actions().last());
    m_applicationMenu->clear();
    m_stageMenu->clear();
    m_viewMenu->clear();
    m_calendarMenu->clear();
    for (QAction *action : std::as_const(m_fileActions))
        action->setEnabled(m_database != nullptr);
    if (!m_pipeline)
        return;
    m_editMenu->addAction(m_pipeline->findAction());
    const QList<QAction *> applicationActions = m_pipeline->applicationActions();
    for (int i = 0; i < applicationActions.size(); ++i) {
        if (QAction *action = applicationActions.at(i))
            m_applicationMenu->addAction(action);
        else
            m_applicationMenu->addSeparator();
        if (i == 1) {
            // Rounds belong right after editing: they are part of the application.
            m_applicationMenu->addSeparator();
            QAction *schedule = m_applicationMenu->addAction(
                tr("&Schedule round…"), this, &MainWindow::scheduleRoundForSelection);
            schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
            schedule->setEnabled(!m_database->isReadOnly());
            QAction *rounds = m_applicationMenu->addAction(tr("Interview &rounds…"), this,
                                                           &MainWindow::showRoundsOfSelection);
            rounds->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        }
    }
    for (QAction *action : m_pipeline->stageActions()) {
        if (action)
            m_stageMenu->addAction(action);
        else
            m_stageMenu->addSeparator();
    }
    m_viewMenu->addAction(m_pipeline->showClosedAction());

    QAction *newRound =
        m_calendarMenu->addAction(tr("&New round on the selected day…"), this, [this] {
            newRoundOn(m_calendar ? m_calendar->selectedDate() : QDate());
        });
    newRound->setEnabled(!m_database->isReadOnly());
    m_calendarMenu->addAction(m_calendar->todayAction());
    QAction *showCalendar = m_calendarMenu->addAction(
        tr("Show the &calendar"), this, [this] { m_tabs->setCurrentWidget(m_calendar); });
    showCalendar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *showBoard = m_calendarMenu->addAction(
        tr("Show the &pipeline"), this, [this] { m_tabs->setCurrentWidget(m_pipeline); });
    showBoard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_calendarMenu->addSeparator();
    QMenu *reminderMenu = m_calendarMenu->addMenu(tr("&Reminders"));
    auto *group = new QActionGroup(reminderMenu);
    const QList<std::pair<int, QString>> choices = {{0, tr("Off")},
                                                    {15, tr("15 minutes before")},
                                                    {30, tr("30 minutes before")},
                                                    {60, tr("1 hour before")},
                                                    {120, tr("2 hours before")},
                                                    {24 * 60, tr("1 day before")}};
    for (const auto &[minutes, label] : choices) {
        QAction *choice = reminderMenu->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(m_settings->reminderLeadMinutes() == minutes);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this,
                [this, minutes = minutes] { setReminderLead(minutes); });
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

void MainWindow::closeDatabase()
{
    // Views and models first: they hold queries on the connection.
    m_undoStack->clear();
    delete m_reminders;
    m_reminders = nullptr;
    m_reminderBanner->hide();
    if (m_calendar) {
        m_tabs->removeTab(m_tabs->indexOf(m_calendar));
        delete m_calendar;
        m_calendar = nullptr;
    }
    if (m_pipeline) {
        m_tabs->removeTab(m_tabs->indexOf(m_pipeline));
        delete m_pipeline;
        m_pipeline = nullptr;
    }
    m_model.reset();
    m_roundSignals.reset();
    m_rounds.reset();
    m_store.reset();
    m_database.reset();
}

bool MainWindow::openDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    closeDatabase();
    m_database = opened.take();
    m_store = std::make_unique<PipelineStore>(m_database);
    m_model = std::make_unique<BoardModel>(m_store.get());
    connect(m_model.get(), &BoardModel::errorOccurred, this, &MainWindow::showError);
    if (Status loaded = m_model->reload(); !loaded)
        showError(loaded.error());
    m_rounds = std::make_unique<RoundStore>(m_database);
    m_roundSignals = std::make_unique<RoundSignals>();
    connect(m_roundSignals.get(), &RoundSignals::errorOccurred, this, &MainWindow::showError);
    connect(m_roundSignals.get(), &RoundSignals::roundsChanged, this, [this] {
        if (Status ok = m_model->refreshNextRounds(); !ok)
            showError(ok.error());
    });
    m_pipeline = new PipelineView(m_model.get(), m_undoStack, m_settings, m_tabs);
    m_tabs->addTab(m_pipeline, tr("&Pipeline"));
    m_calendar = new CalendarView(m_rounds.get(), m_undoStack, m_roundSignals.get(), m_tabs);
    m_tabs->addTab(m_calendar, tr("C&alendar"));
    connect(m_calendar, &CalendarView::roundOpenRequested, this, &MainWindow::openRound);
    connect(m_calendar, &CalendarView::newRoundRequested, this, &MainWindow::newRoundOn);
    m_reminders =
        new ReminderNotifier(m_rounds.get(), this, m_settings->reminderLeadMinutes(), this);
    connect(m_reminders, &ReminderNotifier::bannerRequested, this, &MainWindow::showReminderBanner);
    // Archiving or deleting an application takes its rounds off the calendar.
    connect(m_model.get(), &BoardModel::applicationsChanged, m_calendar, &CalendarView::reload);
    rebuildMenusForFile();

    m_readOnlyBanner->setVisible(m_database->isReadOnly());
    m_settings->setLastDatabase(m_database->path());
    m_settings->addRecentFile(m_database->path());
    rebuildRecentMenu();
    updateTitle();
    if (!m_database->backupPath().isEmpty())
        statusBar()->showMessage(tr("The file was updated to this version; a copy of the old "
                                    "one is at %1")
                                     .arg(QDir::toNativeSeparators(m_database->backupPath())),
                                 15000);
    return true;
}

void MainWindow::offerSampleData()
{
    if (!m_database || m_database->isReadOnly() || m_settings->sampleDataOffered())
        return;
    auto count = m_store->applicationCount();
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
    if (!m_database)
        return false;
    auto filled = SampleData::fill(*m_database);
    if (!filled) {
        showError(filled.error());
        return false;
    }
    if (Status ok = m_model->reload(); !ok) {
        showError(ok.error());
        return false;
    }
    m_roundSignals->notifyRoundsChanged();
    m_roundSignals->notifyPeopleChanged();
    return true;
}

void MainWindow::updateTitle()
{
    if (!m_database) {
        setWindowTitle(tr("SecondRound"));
        m_statusFile->clear();
        return;
    }
    const QString name = QFileInfo(m_database->path()).fileName();
    setWindowTitle(m_database->isReadOnly() ? tr("%1 (read-only) — SecondRound").arg(name)
                                            : tr("%1 — SecondRound").arg(name));
    m_statusFile->setText(QDir::toNativeSeparators(m_database->path()));
}

void MainWindow::showError(const QString &message)
{
    Prompter::instance().error(this, tr("SecondRound"), message);
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
    const QString directory = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path = Prompter::instance().openFileName(this, tr("Open SecondRound file"),
                                                           directory, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_database)
        return;
    const QString path = Prompter::instance().saveFileName(
        this, tr("Save a copy as"), QFileInfo(m_database->path()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (Status saved = m_database->saveCopyAs(path); !saved) {
        showError(saved.error());
        return;
    }
    statusBar()->showMessage(tr("A copy was saved to %1").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::about()
{
    Prompter::instance().information(
        this, tr("About SecondRound"),
        tr("SecondRound %1\n\nOrganises your job search and prepares you for every interview "
           "round. Everything stays on this computer, in one file.")
            .arg(QStringLiteral(SECONDROUND_VERSION)));
}

qint64 MainWindow::selectedApplication()
{
    const QList<qint64> ids = m_pipeline ? m_pipeline->selectedIds() : QList<qint64>();
    if (ids.isEmpty()) {
        Prompter::instance().information(this, tr("Interview rounds"),
                                         tr("Select an application on the pipeline board first."));
        return 0;
    }
    return ids.first();
}

void MainWindow::scheduleRoundForSelection()
{
    if (!m_database)
        return;
    if (const qint64 application = selectedApplication())
        RoundScheduler::scheduleRound(this, m_rounds.get(), m_model.get(), m_undoStack,
                                      m_roundSignals.get(), application);
}

void MainWindow::showRoundsOfSelection()
{
    if (!m_database)
        return;
    const qint64 application = selectedApplication();
    if (application == 0)
        return;
    ApplicationRoundsDialog dialog(m_rounds.get(), m_undoStack, m_roundSignals.get(), this);
    dialog.setBoard(m_model.get());
    if (Status ok = dialog.setApplication(application); !ok) {
        showError(ok.error());
        return;
    }
    Prompter::instance().run(dialog);
}

void MainWindow::openRound(qint64 roundId)
{
    if (!m_database)
        return;
    RoundDialog dialog(m_rounds.get(), m_undoStack, m_roundSignals.get(), this);
    if (Status ok = dialog.prepareEdit(roundId); !ok) {
        showError(ok.error());
        return;
    }
    const RoundFields before = dialog.fields();
    if (Prompter::instance().run(dialog) != QDialog::Accepted || dialog.fields() == before)
        return;
    if (m_database->isReadOnly()) {
        showError(tr("This file is open read-only, so nothing can be changed."));
        return;
    }
    m_undoStack->push(
        new EditRoundCommand(m_rounds.get(), m_roundSignals.get(), roundId, dialog.fields()));
}

void MainWindow::newRoundOn(const QDate &day)
{
    if (!m_database || m_database->isReadOnly())
        return;
    auto cards = m_store->cards();
    if (!cards) {
        showError(cards.error());
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const CardInfo &card : cards.value()) {
        names << tr("%1 — %2").arg(card.company, card.role);
        ids << card.id;
    }
    if (ids.isEmpty()) {
        showError(tr("Add an application on the pipeline board first; rounds belong to one."));
        return;
    }
    const auto choice = Prompter::instance().choose(
        this, tr("New interview round"), tr("Which application is the round for?"), names, 0);
    if (!choice || *choice < 0 || *choice >= ids.size())
        return;
    RoundScheduler::scheduleRound(this, m_rounds.get(), m_model.get(), m_undoStack,
                                  m_roundSignals.get(), ids.at(*choice), day);
}

void MainWindow::importInvitation()
{
    if (!m_database)
        return;
    const QString path = Prompter::instance().openFileName(this, tr("Import invitation"), QString(),
                                                           IcsActions::fileFilter());
    if (!path.isEmpty())
        importInvitationFile(path);
}

void MainWindow::importInvitationFile(const QString &path)
{
    if (!m_database)
        return;
    if (m_database->isReadOnly()) {
        showError(tr("This file is open read-only, so nothing can be imported into it."));
        return;
    }
    IcsActions::importFile(this, path, m_store.get(), m_rounds.get(), m_undoStack,
                           m_roundSignals.get(), m_model.get());
}

void MainWindow::exportScheduledRounds()
{
    if (m_database)
        IcsActions::exportRounds(this, m_rounds.get(), {});
}

void MainWindow::setReminderLead(int minutes)
{
    m_settings->setReminderLeadMinutes(minutes);
    if (m_reminders)
        m_reminders->setLeadMinutes(minutes);
}

void MainWindow::showReminderBanner(const QString &text)
{
    m_reminderText->setText(text);
    m_reminderBanner->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_database && !IcsActions::calendarFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QMainWindow::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget == this || widget->window() != this)
        return QMainWindow::eventFilter(watched, event);
    auto *drag = static_cast<QDropEvent *>(event);
    if (!m_database || IcsActions::calendarFilesIn(drag->mimeData()).isEmpty())
        return QMainWindow::eventFilter(watched, event);
    if (type == QEvent::Drop)
        dropEvent(drag);
    else
        drag->acceptProposedAction();
    return true;
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = IcsActions::calendarFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Let the drop finish before a modal dialog opens.
    QTimer::singleShot(0, this, [this, files] {
        for (const QString &path : files)
            importInvitationFile(path);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}
