#pragma once

#include <QList>
#include <QObject>
#include <QString>

class AppSettings;
class FileSession;
class QAction;
class QUndoStack;
class QWidget;
class RoundActions;
class WindowFrame;

// What every tab can reach, handed to it once when the window is made.
struct TabContext
{
    WindowFrame *frame = nullptr; // the window: errors, status line, banners, tab switching
    QWidget *window = nullptr;    // parent for dialogs
    AppSettings *settings = nullptr;
    QUndoStack *undoStack = nullptr;
    RoundActions *roundActions = nullptr; // open, schedule, notes, prep sheet, letters
};

// One tab of the main window. A tab lives as long as the window; its widget and everything
// it shows of a file live from open() to close(). The window builds the tab bar, the tab's
// menus, the Edit and View additions and View > Go to (Ctrl+1…) from the list in TabList.cpp.
// See docs/ARCHITECTURE.md, "How to add a tab".
class Tab : public QObject
{
    Q_OBJECT

public:
    explicit Tab(const TabContext &context, QObject *parent = nullptr);
    ~Tab() override;

    // The tab's label with its mnemonic ("&Notes"); may carry a count ("&Letters (2)").
    virtual QString title() const = 0;
    // The tab's own menus, in the menu bar while the tab is in front (so their shortcuts act
    // only there: Delete on the board never fires while typing notes). A null action is a
    // separator. Asked again whenever the window calls refreshMenus().
    struct Menu
    {
        QString title;
        QList<QAction *> actions;
    };
    virtual QList<Menu> menus() const { return {}; }
    // Added to the File menu after the file commands, whichever tab is in front (imports,
    // exports, printing).
    virtual QList<QAction *> fileActions() const { return {}; }
    // Added to the Edit and View menus while this tab is in front (Find, …).
    virtual QList<QAction *> editActions() const { return {}; }
    virtual QList<QAction *> viewActions() const { return {}; }

    // A file was opened: build the widget that shows it. The window owns the widget from
    // here and deletes it after close().
    virtual QWidget *open(FileSession *session) = 0;
    // The file is about to close: drop every pointer into it. The widget is deleted next.
    virtual void close() = 0;
    // Called the first time the tab is shown for a file, so what only this tab needs is not
    // loaded at start.
    virtual void firstShown() {}
    // Called once the window shows the file (after its integrity check passed): what a tab
    // keeps up to date in the background, such as a count in its title, starts here so it
    // never keeps the window from appearing.
    virtual void windowShown() {}

    // The round or application the user has selected on this tab, if any (0: none): the
    // shared actions (print a prep sheet, write letters) act on it.
    virtual qint64 selectedRound() const { return 0; }
    virtual qint64 selectedApplication() const { return 0; }

    const TabContext &context() const { return m_context; }

signals:
    void titleChanged();
    // Asks the window to bring this tab to the front (e.g. "open notes" from the board).
    void activationRequested();

private:
    TabContext m_context;
};
