#pragma once

#include "ui/Tab.h"

#include <QPointer>

class CalendarView;
class IcsDropWatcher;
class QMenu;
class QVBoxLayout;
class ReminderNotifier;

// The interview calendar, second tab. Its month and agenda are read only when the tab is
// first shown; the reminders and the invitation import work from the start.
class CalendarTab : public Tab
{
    Q_OBJECT

public:
    explicit CalendarTab(const TabContext &context, QObject *parent = nullptr);
    ~CalendarTab() override;

    QString title() const override;
    QList<Menu> menus() const override;
    QList<QAction *> fileActions() const override;
    QWidget *open(FileSession *session) override;
    void close() override;
    void firstShown() override;
    qint64 selectedRound() const override;

    // nullptr until the tab is first shown.
    CalendarView *view() const;
    ReminderNotifier *reminders() const { return m_reminders; }

    void importInvitationFile(const QString &path);

private:
    void importInvitation();
    void exportScheduledRounds();
    void setReminderLead(int minutes);
    void buildReminderMenu();

    FileSession *m_session = nullptr;
    QPointer<QWidget> m_page;
    QVBoxLayout *m_pageLayout = nullptr;
    QPointer<CalendarView> m_view;
    ReminderNotifier *m_reminders = nullptr;
    IcsDropWatcher *m_dropWatcher = nullptr;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_newRoundAction;
    QMenu *m_reminderMenu;
};
