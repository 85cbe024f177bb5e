#pragma once

#include <QMainWindow>

#include <memory>

class AppSettings;
class BoardModel;
class Database;
class PipelineStore;
class PipelineView;
class QLabel;
class QMenu;
class QTabWidget;
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

    Database *database() const { return m_database.get(); }
    BoardModel *boardModel() const { return m_model.get(); }
    PipelineView *pipelineView() const { return m_pipeline; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void newFile();
    void openFile();
    void saveCopyAs();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void rebuildMenusForFile();
    void updateTitle();
    void showError(const QString &message);
    void closeDatabase();

    AppSettings *m_settings;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<PipelineStore> m_store;
    std::unique_ptr<BoardModel> m_model;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    PipelineView *m_pipeline = nullptr;
    QLabel *m_readOnlyBanner;
    QLabel *m_statusFile;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_applicationMenu = nullptr;
    QMenu *m_stageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_findPlaceholder = nullptr;
};
