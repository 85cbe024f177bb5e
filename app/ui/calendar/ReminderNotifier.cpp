#include "ui/calendar/ReminderNotifier.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "models/calendar/RoundText.h"

#include <QApplication>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

ReminderNotifier::ReminderNotifier(RoundStore *store, QWidget *window, int leadMinutes,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
    , m_scheduler(leadMinutes)
    , m_timer(new QTimer(this))
{
    // Start as if the last check was one lead time ago: opening the app shortly before
    // an interview still brings up its reminder, while older ones stay quiet.
    m_lastCheckUtc = Clock::nowUtc().addSecs(-qint64(m_scheduler.leadMinutes()) * 60);
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::checkNow);
    m_timer->start();
}

ReminderNotifier::~ReminderNotifier()
{
    if (m_tray)
        m_tray->hide();
}

void ReminderNotifier::setLeadMinutes(int minutes)
{
    // Rounds already reminded of stay remembered, so a longer lead cannot repeat them.
    m_scheduler.setLeadMinutes(minutes);
}

void ReminderNotifier::checkNow()
{
    const QDateTime now = Clock::nowUtc();
    if (now < m_lastCheckUtc) {
        // The clock went back (travel, a correction): start afresh from here rather than
        // replay reminders already given.
        m_lastCheckUtc = now;
        return;
    }
    // Only rounds starting within one lead time from now can be due.
    auto rounds =
        m_store->roundsBetween(now, now.addSecs(qint64(m_scheduler.leadMinutes()) * 60 + 1));
    if (!rounds) {
        // Try the same window again at the next tick; a busy file is not worth a dialog.
        return;
    }
    const QList<RoundInfo> due = m_scheduler.take(rounds.value(), m_lastCheckUtc, now);
    m_lastCheckUtc = now;
    for (const RoundInfo &round : due)
        show(round, reminderText(round, now));
}

QString ReminderNotifier::reminderText(const RoundInfo &round, const QDateTime &nowUtc)
{
    const QDateTime local = round.startUtc.toLocalTime();
    const QString time = RoundText::time(local.time());
    const bool sameDay = local.date() == nowUtc.toLocalTime().date();
    const int minutes = std::max(1, int((nowUtc.secsTo(round.startUtc) + 30) / 60));
    QString in;
    if (minutes < 120)
        in = tr("in %n minute(s)", nullptr, minutes);
    else if (minutes < 48 * 60)
        in = tr("in %n hour(s)", nullptr, (minutes + 30) / 60);
    else
        in = tr("in %n day(s)", nullptr, (minutes + 12 * 60) / (24 * 60));
    const QString number = QString::number(round.number);
    if (sameDay) {
        if (round.role.isEmpty())
            return tr("Round %1 at %2 starts at %3 — %4.").arg(number, round.company, time, in);
        //: Reminder: round number, company, role, start time, how long from now
        return tr("Round %1 at %2 (%3) starts at %4 — %5.")
            .arg(number, round.company, round.role, time, in);
    }
    //: A start on another day: "Tue 24 Nov at 09:00"
    const QString when = tr("%1 at %2").arg(RoundText::shortDate(local.date()), time);
    if (round.role.isEmpty())
        return tr("Round %1 at %2 starts on %3 — %4.").arg(number, round.company, when, in);
    return tr("Round %1 at %2 (%3) starts on %4 — %5.")
        .arg(number, round.company, round.role, when, in);
}

QString ReminderNotifier::trayBody(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Desktop notification servers on Linux read the body as markup (<b>, <a>, <img>); a
    // company called "<img src=…>" must arrive as those characters, not as a picture.
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

void ReminderNotifier::show(const RoundInfo &round, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(this);
            m_tray->setIcon(m_window ? m_window->windowIcon() : QApplication::windowIcon());
            m_tray->setToolTip(QApplication::applicationDisplayName());
            // Clicking the message brings the window forward, where the round is.
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (!m_window)
                    return;
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Interview soon"), trayBody(text), QSystemTrayIcon::Information,
                            20 * 1000);
    } else {
        emit bannerRequested(text);
    }
    emit reminded(round.id, text);
}
