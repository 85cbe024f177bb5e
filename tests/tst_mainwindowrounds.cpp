#include "FakePrompter.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "core/AppSettings.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/UpcomingRoundsModel.h"
#include "ui/MainWindow.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/notes/PrepSheetPreview.h"

#include "ui/pipeline/CardListView.h"
#include "ui/pipeline/PipelineView.h"
#include <QPushButton>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QUndoStack>
#include <QUrl>

// The interview features as a user reaches them from the main window: scheduling from
// the board, the calendar tab, invitations dropped on the window, reminders.
class TestMainWindowRounds : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }

    void cleanup() { tearDownWindowTest(); }

    void scheduleSecondRoundShowsOnBoardAndCalendar()
    {
        const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow(QSize(1400, 900)));
        const QStringList before = m_file->dump();
        pipelineView()->selectCards({app});
        m_prompter->confirmAnswer = true; // yes, move it to Interviewing
        m_prompter->dialogHandler = [](QDialog &dialog) {
            dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 24));
            dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->setTime(QTime(14, 0));
            auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
            zone->setCurrentIndex(zone->findText(QStringLiteral("UTC")));
            dialog.accept();
            return dialog.result();
        };
        QTest::keyClick(pipelineView()->columnView(0), Qt::Key_R, Qt::ControlModifier);

        RoundStore rounds(m_file->database);
        const QList<RoundInfo> stored = rounds.roundsForApplication(app).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().startUtc, QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
        // Scheduling from Saved offered the move to Interviewing, with its history.
        QCOMPARE(m_file->column(3), QList<qint64>{app});
        QCOMPARE(m_file->store->history(app).value().last().toStage,
                 QStringLiteral("Interviewing"));
        const QString cardText =
            boardModel()->cardIndex(app).data(BoardModel::NextRoundTextRole).toString();
        QVERIFY2(cardText.startsWith(QStringLiteral("Round 1 · ")), qPrintable(cardText));

        CalendarView *calendar = calendarView();
        calendar->setSelectedDate(QDate(2026, 11, 24));
        QCOMPARE(calendar->agendaModel()->rowCount(), 1);
        QCOMPARE(calendar->upcomingModel()->rowCount(), 1);

        // One undo takes back the round and the move together.
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(calendar->upcomingModel()->rowCount(), 0);
        QVERIFY(
            boardModel()->cardIndex(app).data(BoardModel::NextRoundTextRole).toString().isEmpty());
    }

    void invitationDroppedOnWindowIsImported()
    {
        const qint64 app = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow(QSize(1400, 900)));
        m_prompter->dialogHandler = [](QDialog &dialog) {
            dialog.accept();
            return dialog.result();
        };
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(ICS_FIXTURES "/durations.ics"))});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        RoundStore rounds(m_file->database);
        QTRY_VERIFY(!rounds.roundsForApplication(app).value().isEmpty());
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void invitationDroppedOnCalendarGridIsImported()
    {
        const qint64 app = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow(QSize(1400, 900)));
        calendarView();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            dialog.accept();
            return dialog.result();
        };
        QWidget *grid = calendarView()->monthView()->grid()->viewport();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(ICS_FIXTURES "/durations.ics"))});
        const QPoint centre = grid->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(grid, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(grid, &drop);
        RoundStore rounds(m_file->database);
        QTRY_VERIFY(!rounds.roundsForApplication(app).value().isEmpty());
    }

    void nonCalendarDropIsIgnored()
    {
        QVERIFY(openWindow(QSize(1400, 900)));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_file->dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void reminderAppearsAsBannerWithoutTray()
    {
        const qint64 app = m_file->add(QStringLiteral("Initech"), QStringLiteral("Tester"));
        qint64 roundId = 0;
        {
            RoundStore rounds(m_file->database);
            RoundFields fields;
            fields.timeZoneId = QStringLiteral("UTC");
            fields.start = Clock::nowUtc().addSecs(30 * 60);
            auto created = rounds.createRound(app, fields);
            QVERIFY(created.ok());
            roundId = created.value();
        }
        m_settings->setReminderLeadMinutes(60);
        QVERIFY(openWindow(QSize(1400, 900)));
        m_window->tab<CalendarTab>()->reminders()->checkNow();
        auto *banner = m_window->findChild<QWidget *>(QStringLiteral("reminderBanner"));
        auto *text = m_window->findChild<QLabel *>(QStringLiteral("reminderText"));
        QVERIFY(banner && text);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("Initech")), qPrintable(text->text()));

        // The reminder offers the round's prep sheet, the thing to read before going in.
        auto *offer = m_window->findChild<QPushButton *>(QStringLiteral("reminderAction"));
        QVERIFY(offer && offer->isVisible());
        QList<PrepSheetData> shown;
        PrepSheetPreview::setOverride([&shown](const PrepSheetData &sheet) { shown << sheet; });
        offer->click();
        PrepSheetPreview::clearOverride();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().roundId, roundId);
        QCOMPARE(shown.first().company, QStringLiteral("Initech"));
        QVERIFY(!banner->isVisible());
        // A plain notice afterwards has no button left over.
        m_window->showBanner(QStringLiteral("Something else"));
        QVERIFY(!offer->isVisible());
    }

    void archivingTakesRoundsOffTheCalendarButSearchingDoesNot()
    {
        const qint64 app = m_file->add(QStringLiteral("Hooli"), QStringLiteral("Engineer"));
        {
            RoundStore rounds(m_file->database);
            RoundFields fields;
            fields.timeZoneId = QStringLiteral("UTC");
            fields.start = Clock::nowUtc().addDays(2);
            QVERIFY(rounds.createRound(app, fields).ok());
        }
        QVERIFY(openWindow(QSize(1400, 900)));
        CalendarView *calendar = calendarView();
        QCOMPARE(calendar->upcomingModel()->rowCount(), 1);
        QSignalSpy applications(boardModel(), &BoardModel::applicationsChanged);
        QTest::keyClicks(pipelineView()->searchField(), QStringLiteral("zzz"));
        QCOMPARE(applications.size(), 0);
        pipelineView()->searchField()->clear();
        pipelineView()->selectCards({app});
        pipelineView()->archiveSelected();
        QCOMPARE(applications.size(), 1);
        QCOMPARE(calendar->upcomingModel()->rowCount(), 0);
        m_window->undoStack()->undo();
        QCOMPARE(calendar->upcomingModel()->rowCount(), 1);
    }

    void calendarTabAndShortcuts()
    {
        QVERIFY(openWindow(QSize(1400, 900)));
        QTabWidget *tabs = m_window->tabs();
        QVERIFY(tabs->count() >= 2); // later tabs follow the board and the calendar
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(m_window->tab<CalendarTab>()->view());
        QVERIFY(m_window->tab<CalendarTab>()->view()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(pipelineView()));
    }
};

QTEST_MAIN(TestMainWindowRounds)
#include "tst_mainwindowrounds.moc"
