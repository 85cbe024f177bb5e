#pragma once

#include "core/Result.h"
#include "ui/WindowFrame.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class AppSettings;
class BackupActions;
class FileSession;
class QLabel;
class QPushButton;
class QMenu;
class QTabWidget;
class QUndoStack;
class RoundActions;
class Tab;

// The frame around the tabs: file commands, the tab bar, menus built from the tabs, the
// status bar and banners, settings. What a tab does lives in the tab; what the open file
// holds lives in its FileSession.
class MainWindow : public QMainWindow, public WindowFrame
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

    FileSession *session() const { return m_session.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTabWidget *tabs() const { return m_tabs; }
    RoundActions *roundActions() const { return m_roundActions; }
    BackupActions *backupActions() const { return m_backups; }
    // The tab of that type, or nullptr.
    template<class T> T *tab() const
    {
        for (const auto &each : m_tabList)
            if (auto *found = qobject_cast<T *>(each.get()))
                return found;
        return nullptr;
    }
    Tab *currentTab() const;
    // Brings the tab to the front (and reads what it shows if it had not been shown yet).
    void showTab(Tab *tab);

    // WindowFrame
    void showError(const QString &message) override;
    void showStatus(const QString &message, int milliseconds = 8000) override;
    void showBanner(const QString &message) override;
    void showBannerWithAction(const QString &message, const QString &actionText,
                              std::function<void()> action) override;
    void refreshMenus() override;

signals:
    // A file is open now (at start or from File > Open, New, Open recent).
    void fileOpened(const QString &path);

public slots:
    void newFile();
    void openFile();
    void saveCopyAs();
    void about();

    // Work left until the window has appeared with the file (the integrity check of a
    // large file, the tabs' windowShown()) has not run yet. Tests wait for it.
    bool hasWorkAfterShown() const { return m_workAfterShown; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void updateTitle();
    void closeSession();
    void onCurrentTabChanged();
    void runWorkAfterShown();
    void finishWorkAfterShown(const Status &healthy);
    static void addActions(QMenu *menu, const QList<QAction *> &actions);

    AppSettings *m_settings;
    QUndoStack *m_undoStack;
    RoundActions *m_roundActions;
    BackupActions *m_backups = nullptr;
    QTabWidget *m_tabs;
    std::vector<std::unique_ptr<Tab>> m_tabList;
    // Which tabs were shown since the file opened (what only they need is read then).
    std::vector<bool> m_shown;
    std::unique_ptr<FileSession> m_session;
    bool m_workAfterShown = false;
    bool m_workAfterShownQueued = false;
    bool m_integrityRunning = false; // the whole-file check runs in its own thread
    QLabel *m_readOnlyBanner;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerAction = nullptr;
    std::function<void()> m_bannerHandler;
    QLabel *m_statusFile;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goToMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_fixedFileActions; // before the tabs' file actions
    QList<QAction *> m_fileOnlyActions;  // need an open file
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_fixedEditActions;
    QList<QMenu *> m_tabMenus;
    QList<QAction *> m_goToActions;
};
