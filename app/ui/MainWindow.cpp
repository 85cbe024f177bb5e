#include "ui/MainWindow.h"

#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/SampleData.h"
#include "models/BoardModel.h"
#include "ui/Prompter.h"
#include "ui/pipeline/PipelineView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
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
    , m_readOnlyBanner(new QLabel(this))
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
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #4a3800; padding: 8px 12px; "
        "border-bottom: 1px solid #e0c870; }"));
    m_readOnlyBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
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
    if (!m_pipeline)
        return;
    m_editMenu->addAction(m_pipeline->findAction());
    for (QAction *action : m_pipeline->applicationActions()) {
        if (action)
            m_applicationMenu->addAction(action);
        else
            m_applicationMenu->addSeparator();
    }
    for (QAction *action : m_pipeline->stageActions()) {
        if (action)
            m_stageMenu->addAction(action);
        else
            m_stageMenu->addSeparator();
    }
    m_viewMenu->addAction(m_pipeline->showClosedAction());
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
    if (m_pipeline) {
        m_tabs->removeTab(m_tabs->indexOf(m_pipeline));
        delete m_pipeline;
        m_pipeline = nullptr;
    }
    m_model.reset();
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
    m_pipeline = new PipelineView(m_model.get(), m_undoStack, m_settings, m_tabs);
    m_tabs->addTab(m_pipeline, tr("&Pipeline"));
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
    auto filled = SampleData::fill(*m_database);
    if (!filled) {
        showError(filled.error());
        return;
    }
    if (Status ok = m_model->reload(); !ok)
        showError(ok.error());
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
    const QString directory = m_database ? QFileInfo(m_database->path()).absolutePath()
                                         : QString();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}
