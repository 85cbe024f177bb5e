#pragma once

#include "core/reminders/ReminderScheduler.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;
class RoundStore;

// Reminds the user of interview rounds a set time before they start. Every 30 seconds
// it asks ReminderScheduler which rounds are due, then shows each through the system
// tray where there is one, or asks the window for an in-window banner where there is not.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 30 * 1000;

    ReminderNotifier(RoundStore *store, QWidget *window, int leadMinutes,
                     QObject *parent = nullptr);
    ~ReminderNotifier() override;

    // What the tray shows for a reminder: literal text on every platform.
    static QString trayBody(const QString &text);

    int leadMinutes() const { return m_scheduler.leadMinutes(); }
    void setLeadMinutes(int minutes);
    QDateTime lastCheckUtc() const { return m_lastCheckUtc; }

    // "Round 2 at Acme (Backend engineer) starts at 14:00 — in 60 minutes."
    static QString reminderText(const RoundInfo &round, const QDateTime &nowUtc);

public slots:
    // Looks for due reminders now rather than at the next tick.
    void checkNow();

signals:
    // No system tray: the window should show text in a banner.
    void bannerRequested(const QString &text);
    // Every reminder, however it was shown (for logs and tests).
    void reminded(qint64 roundId, const QString &text);

private:
    void show(const RoundInfo &round, const QString &text);

    RoundStore *m_store;
    QPointer<QWidget> m_window;
    ReminderScheduler m_scheduler;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_lastCheckUtc;
};
