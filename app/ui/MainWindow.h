#pragma once

#include <QMainWindow>

#include <memory>

class AppSettings;
class BoardModel;
class CalendarView;
class Database;
class ReminderNotifier;
class RoundSignals;
class RoundStore;
class PipelineStore;
class PipelineView;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoStack;

// One window, one open file. Tabs hold the features; the menus reach all of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a file; on failure the current file stays open and the reason
    // is shown. Returns whether the file is now open.
    bool openDatabase(const QString &path);
    void offerSampleData();
    // Fills an empty file with sample data and refreshes every tab; errors are shown.
    bool addSampleData();

    Database *database() const { return m_database.get(); }
    BoardModel *boardModel() const { return m_model.get(); }
    PipelineView *pipelineView() const { return m_pipeline; }
    CalendarView *calendarView() const { return m_calendar; }
    RoundStore *roundStore() const { return m_rounds.get(); }
    RoundSignals *roundSignals() const { return m_roundSignals.get(); }
    ReminderNotifier *reminders() const { return m_reminders; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void newFile();
    void openFile();
    void saveCopyAs();
    void about();
    void scheduleRoundForSelection();
    void showRoundsOfSelection();
    void openRound(qint64 roundId);
    void newRoundOn(const QDate &day);
    void importInvitation();
    void importInvitationFile(const QString &path);
    void exportScheduledRounds();
    void setReminderLead(int minutes);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void rebuildMenusForFile();
    void updateTitle();
    void showError(const QString &message);
    void closeDatabase();
    qint64 selectedApplication();
    void showReminderBanner(const QString &text);

    AppSettings *m_settings;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<PipelineStore> m_store;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<RoundStore> m_rounds;
    std::unique_ptr<RoundSignals> m_roundSignals;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    PipelineView *m_pipeline = nullptr;
    CalendarView *m_calendar = nullptr;
    ReminderNotifier *m_reminders = nullptr;
    QTimer *m_nextRoundTimer;
    QLabel *m_readOnlyBanner;
    QWidget *m_reminderBanner;
    QLabel *m_reminderText;
    QLabel *m_statusFile;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_applicationMenu = nullptr;
    QMenu *m_stageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QList<QAction *> m_fileActions; // need an open file
    QMenu *m_editMenu = nullptr;
    QAction *m_findPlaceholder = nullptr;
};
