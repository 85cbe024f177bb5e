#include "FakePrompter.h"
#include "TestSupport.h"

#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "models/RoundSignals.h"
#include "models/calendar/MonthModel.h"
#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/RoundMime.h"
#include "models/calendar/UpcomingRoundsModel.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/calendar/RoundListViews.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

#include <ctime>

namespace {
const QString Berlin = QStringLiteral("Europe/Berlin");
const QString NewYork = QStringLiteral("America/New_York");

// Drags mime data onto a point of the month grid the way a drag from the agenda
// arrives: enter, move, drop.
void dropOn(QTableView *grid, QMimeData *mime, const QPoint &point)
{
    QWidget *viewport = grid->viewport();
    QDragEnterEvent enter(point, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(point, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(point), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

QList<qint64> agendaIds(CalendarView *view)
{
    QList<qint64> ids;
    QAbstractItemModel *model = view->agendaView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(RoundAgendaModel::RoundIdRole).toLongLong();
    return ids;
}

QString agendaText(CalendarView *view, int row, int column)
{
    return view->agendaView()->model()->index(row, column).data().toString();
}
} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // ctest sets TZ; this covers running the executable by hand.
        qputenv("TZ", "Europe/Berlin");
#ifdef Q_OS_UNIX
        tzset();
#endif
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_file = std::make_unique<TestFile>();
        m_store = std::make_unique<RoundStore>(m_file->database);
        m_prompter = std::make_unique<FakePrompter>();
        m_undo = std::make_unique<QUndoStack>();
        m_signals = std::make_unique<RoundSignals>();
        connect(m_signals.get(), &RoundSignals::errorOccurred, this,
                [this](const QString &message) { m_prompter->errors << message; });
        m_acme = m_file->add(QStringLiteral("Acme"), QStringLiteral("Backend engineer"));
        m_globex = m_file->add(QStringLiteral("Globex"), QStringLiteral("Data analyst"));
    }

    void cleanup()
    {
        m_view.reset();
        m_undo.reset();
        m_signals.reset();
        m_store.reset();
        m_prompter.reset();
        m_file.reset();
    }

    void clickingADayListsExactlyItsRounds()
    {
        const qint64 a = addRound(m_acme, {2026, 11, 24}, {14, 0});
        const qint64 b = addRound(m_globex, {2026, 11, 24}, {9, 0}, NewYork);
        const qint64 c = addRound(m_acme, {2026, 11, 25}, {10, 0});
        addRound(m_globex, {2026, 11, 23}, {23, 30}); // late on the day before
        openView();
        MonthView *month = m_view->monthView();
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 20));

        clickDay(QDate(2026, 11, 24));
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 24));
        QCOMPARE(agendaIds(m_view.get()), (QList<qint64>{a, b}));
        QCOMPARE(agendaText(m_view.get(), 0, RoundAgendaModel::TimeColumn),
                 QStringLiteral("14:00"));
        QCOMPARE(agendaText(m_view.get(), 1, RoundAgendaModel::TimeColumn),
                 QStringLiteral("15:00 (09:00 New York)"));
        QCOMPARE(agendaText(m_view.get(), 1, RoundAgendaModel::CompanyColumn),
                 QStringLiteral("Globex"));
        QCOMPARE(agendaText(m_view.get(), 1, RoundAgendaModel::RoleColumn),
                 QStringLiteral("Data analyst"));
        QCOMPARE(agendaText(m_view.get(), 0, RoundAgendaModel::RoundColumn),
                 QStringLiteral("Round 1 · Technical interview"));
        QCOMPARE(agendaText(m_view.get(), 0, RoundAgendaModel::PeopleColumn),
                 QStringLiteral("Ask who will attend"));
        QCOMPARE(agendaText(m_view.get(), 0, RoundAgendaModel::StatusColumn),
                 QStringLiteral("Scheduled"));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agendaHeading"))->text(),
                 QStringLiteral("Tuesday, 24 November 2026"));

        clickDay(QDate(2026, 11, 25));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>{c});
        clickDay(QDate(2026, 11, 26));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>());
        auto *agenda = qobject_cast<AgendaView *>(m_view->agendaView());
        QVERIFY(agenda);
        QCOMPARE(agenda->emptyText(), QStringLiteral("No interviews on this day"));

        // A grey day of the next month turns the page.
        clickDay(QDate(2026, 12, 1));
        QCOMPARE(month->shownMonth(), 12);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 12, 1));
    }

    void monthShowsCountsAndTheWorstStatus()
    {
        addRound(m_acme, {2026, 11, 24}, {14, 0});
        addRound(m_globex, {2026, 11, 24}, {16, 0}, Berlin, RoundStatus::NoShow);
        addRound(m_acme, {2026, 11, 25}, {10, 0}, Berlin, RoundStatus::Done);
        addRound(m_acme, {2026, 11, 26}, {10, 0}, Berlin, RoundStatus::Cancelled);
        openView();
        MonthModel *model = m_view->monthView()->model();
        const auto cell = [model](int day) {
            return model->indexForDate(QDate(2026, 11, day));
        };
        QCOMPARE(cell(24).data(MonthModel::CountRole).toInt(), 2);
        QCOMPARE(cell(24).data(MonthModel::StatusColorRole).value<QColor>(),
                 QColor(0xd2, 0x3f, 0x3f));
        QCOMPARE(cell(25).data(MonthModel::StatusColorRole).value<QColor>(),
                 QColor(0x2e, 0x9a, 0x55));
        QCOMPARE(cell(26).data(MonthModel::StatusColorRole).value<QColor>(),
                 QColor(0x8b, 0x90, 0x98));
        QCOMPARE(cell(27).data(MonthModel::CountRole).toInt(), 0);
        QVERIFY(!cell(27).data(MonthModel::StatusColorRole).value<QColor>().isValid());
        QVERIFY(cell(20).data(MonthModel::TodayRole).toBool());
        // Tests load no translation, so plural forms come from the source text.
        QCOMPARE(cell(24).data(Qt::AccessibleTextRole).toString(),
                 MonthModel::tr("%1, %n interview(s)", nullptr, 2)
                     .arg(QStringLiteral("Tuesday, 24 November 2026")));
        // The page starts on Monday 26 October for en_GB.
        QCOMPARE(model->dateForIndex(model->index(0, 0)), QDate(2026, 10, 26));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Mon"));
    }

    void dropMovesARoundToThatDayAtTheSameLocalTime()
    {
        const qint64 id = addRound(m_globex, {2026, 11, 24}, {9, 0}, NewYork);
        openView();
        setDay(QDate(2026, 11, 24));
        const RoundSnapshot before = m_store->snapshot(id).value();
        const QDateTime originalStart = m_store->round(id).value().startUtc;

        // The agenda supplies the drag data, exactly as a drag out of it would.
        QAbstractItemModel *agenda = m_view->agendaView()->model();
        std::unique_ptr<QMimeData> mime(agenda->mimeData({agenda->index(0, 0)}));
        QVERIFY(mime && mime->hasFormat(QStringLiteral("application/x-secondround-round")));
        MonthView *month = m_view->monthView();
        dropOn(month->grid(), mime.get(), month->dayRect(QDate(2026, 11, 27)).center());

        const RoundInfo moved = m_store->round(id).value();
        QCOMPARE(moved.startInOwnZone().date(), QDate(2026, 11, 27));
        QCOMPARE(moved.startInOwnZone().time(), QTime(9, 0));
        QCOMPARE(moved.fields.timeZoneId, NewYork);
        QCOMPARE(moved.startUtc, QDateTime(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 27));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>{id});
        QCOMPARE(
            month->model()->indexForDate(QDate(2026, 11, 24)).data(MonthModel::CountRole).toInt(),
            0);
        QCOMPARE(
            month->model()->indexForDate(QDate(2026, 11, 27)).data(MonthModel::CountRole).toInt(),
            1);

        m_undo->undo();
        QCOMPARE(m_store->round(id).value().startUtc, originalStart);
        QCOMPARE(m_store->snapshot(id).value().row, before.row);
        QCOMPARE(
            month->model()->indexForDate(QDate(2026, 11, 24)).data(MonthModel::CountRole).toInt(),
            1);
        m_undo->redo();
        QCOMPARE(m_store->round(id).value().startUtc, moved.startUtc);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void dropAcrossADaylightSavingChangeKeepsTheWallClockTime()
    {
        // 20 October is summer time in Berlin, 27 October is not: the instant shifts by an
        // hour so the interview stays at 14:00 where it happens.
        const qint64 id = addRound(m_acme, {2026, 10, 20}, {14, 0});
        openView();
        setDay(QDate(2026, 10, 20));
        QAbstractItemModel *agenda = m_view->agendaView()->model();
        std::unique_ptr<QMimeData> mime(agenda->mimeData({agenda->index(0, 2)}));
        MonthView *month = m_view->monthView();
        dropOn(month->grid(), mime.get(), month->dayRect(QDate(2026, 10, 27)).center());
        const RoundInfo moved = m_store->round(id).value();
        QCOMPARE(moved.startUtc, QDateTime(QDate(2026, 10, 27), QTime(13, 0), Qt::UTC));
        QCOMPARE(moved.startInOwnZone().time(), QTime(14, 0));
        m_undo->undo();
        QCOMPARE(m_store->round(id).value().startUtc,
                 QDateTime(QDate(2026, 10, 20), QTime(12, 0), Qt::UTC));
    }

    void dropOnTheSameDayOrOtherDataChangesNothing()
    {
        const qint64 id = addRound(m_acme, {2026, 11, 24}, {14, 0});
        openView();
        MonthView *month = m_view->monthView();
        const RoundSnapshot before = m_store->snapshot(id).value();
        std::unique_ptr<QMimeData> same(RoundMime::create(id));
        dropOn(month->grid(), same.get(), month->dayRect(QDate(2026, 11, 24)).center());
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        dropOn(month->grid(), &text, month->dayRect(QDate(2026, 11, 25)).center());
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(m_store->snapshot(id).value().row, before.row);
    }

    void upcomingListsScheduledRoundsSoonestFirst()
    {
        addRound(m_acme, {2026, 11, 19}, {10, 0}, Berlin, RoundStatus::Done); // past
        const qint64 later = addRound(m_globex, {2026, 12, 2}, {9, 30});
        const qint64 soon = addRound(m_acme, {2026, 11, 24}, {14, 0});
        addRound(m_acme, {2026, 11, 22}, {14, 0}, Berlin, RoundStatus::Cancelled);
        const qint64 today = addRound(m_globex, {2026, 11, 20}, {16, 0});
        addRound(m_globex, {2026, 11, 20}, {8, 0}); // started before now (10:30)
        openView();
        QListView *upcoming = m_view->upcomingView();
        QList<qint64> ids;
        for (int row = 0; row < upcoming->model()->rowCount(); ++row)
            ids << upcoming->model()
                       ->index(row, 0)
                       .data(UpcomingRoundsModel::RoundIdRole)
                       .toLongLong();
        QCOMPARE(ids, (QList<qint64>{today, soon, later}));
        const QModelIndex second = upcoming->model()->index(1, 0);
        QCOMPARE(second.data().toString(),
                 QStringLiteral("Tue 24 Nov, 14:00 — Acme · Backend engineer · Round 3"));
        QCOMPARE(
            upcoming->model()->index(0, 0).data(UpcomingRoundsModel::RelativeTextRole).toString(),
            QStringLiteral("Today"));
        QCOMPARE(second.data(UpcomingRoundsModel::RelativeTextRole).toString(),
                 UpcomingRoundsModel::tr("In %n day(s)", nullptr, 4));

        // Clicking one shows its day.
        QTest::mouseClick(upcoming->viewport(), Qt::LeftButton, {},
                          upcoming->visualRect(second).center());
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 24));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>{soon});
    }

    void dayAndWeekToggle()
    {
        const qint64 monday = addRound(m_acme, {2026, 11, 23}, {9, 0});
        const qint64 tuesday = addRound(m_globex, {2026, 11, 24}, {14, 0});
        const qint64 sunday = addRound(m_acme, {2026, 11, 29}, {18, 0});
        addRound(m_acme, {2026, 11, 30}, {9, 0}); // next week
        addRound(m_acme, {2026, 11, 22}, {9, 0}); // last week
        openView();
        setDay(QDate(2026, 11, 24));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>{tuesday});

        auto *week = m_view->findChild<QToolButton *>(QStringLiteral("weekButton"));
        QTest::mouseClick(week, Qt::LeftButton);
        QCOMPARE(m_view->agendaSpan(), CalendarView::AgendaSpan::Week);
        QCOMPARE(m_view->agendaFirstDay(), QDate(2026, 11, 23));
        QCOMPARE(m_view->agendaLastDay(), QDate(2026, 11, 29));
        QCOMPARE(agendaIds(m_view.get()), (QList<qint64>{monday, tuesday, sunday}));
        QCOMPARE(agendaText(m_view.get(), 1, RoundAgendaModel::TimeColumn),
                 QStringLiteral("Tue 24 Nov, 14:00"));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agendaHeading"))->text(),
                 QStringLiteral("23 – 29 November 2026"));
        // Another day of the same week keeps the list; the next week replaces it.
        clickDay(QDate(2026, 11, 26));
        QCOMPARE(agendaIds(m_view.get()), (QList<qint64>{monday, tuesday, sunday}));
        clickDay(QDate(2026, 12, 2));
        QCOMPARE(m_view->agendaFirstDay(), QDate(2026, 11, 30));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agendaHeading"))->text(),
                 QStringLiteral("30 November – 6 December 2026"));

        auto *day = m_view->findChild<QToolButton *>(QStringLiteral("dayButton"));
        QTest::mouseClick(day, Qt::LeftButton);
        QCOMPARE(m_view->agendaSpan(), CalendarView::AgendaSpan::Day);
        QCOMPARE(m_view->agendaFirstDay(), QDate(2026, 12, 2));
        QCOMPARE(m_view->agendaLastDay(), QDate(2026, 12, 2));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>());
    }

    void keyboardMovesByDayWeekAndMonth()
    {
        openView();
        MonthView *month = m_view->monthView();
        QTableView *grid = month->grid();
        grid->setFocus();
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 20));
        QTest::keyClick(grid, Qt::Key_PageDown);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 12, 20));
        QCOMPARE(month->shownMonth(), 12);
        QCOMPARE(m_view->agendaFirstDay(), QDate(2026, 12, 20));
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 12, 21));
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 12, 28));
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(m_view->selectedDate(), QDate(2027, 1, 4));
        QCOMPARE(month->shownYear(), 2027);
        QTest::keyClick(grid, Qt::Key_Home);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 20));
        QCOMPARE(month->shownMonth(), 11);
        QTest::keyClick(grid, Qt::Key_Up);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 13));
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 12));
        QTest::keyClick(grid, Qt::Key_PageUp);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 10, 12));
        QTest::keyClick(grid, Qt::Key_End);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 10, 31));
        QTest::keyClick(grid, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_view->selectedDate(), QDate(2027, 10, 31));
        // The highlighted cell follows.
        QCOMPARE(month->model()->dateForIndex(grid->currentIndex()), QDate(2027, 10, 31));
        QTest::mouseClick(month->findChild<QToolButton *>(QStringLiteral("todayButton")),
                          Qt::LeftButton);
        QCOMPARE(m_view->selectedDate(), QDate(2026, 11, 20));
    }

    void enterAndDoubleClickOpenARound()
    {
        const qint64 id = addRound(m_acme, {2026, 11, 24}, {14, 0});
        openView();
        setDay(QDate(2026, 11, 24));
        QSignalSpy opened(m_view.get(), &CalendarView::roundOpenRequested);
        QTableView *agenda = m_view->agendaView();
        agenda->setFocus();
        agenda->setCurrentIndex(agenda->model()->index(0, 0));
        QTest::keyClick(agenda, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().at(0).toLongLong(), id);
        const QPoint cell = agenda->visualRect(agenda->model()->index(0, 1)).center();
        // QTest's double-click alone sends no first release; a click before it makes the
        // sequence a real one.
        QTest::mouseClick(agenda->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(agenda->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().at(0).toLongLong(), id);

        QListView *upcoming = m_view->upcomingView();
        upcoming->setFocus();
        upcoming->setCurrentIndex(upcoming->model()->index(0, 0));
        QTest::keyClick(upcoming, Qt::Key_Enter);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().at(0).toLongLong(), id);
    }

    void newRoundOnTheChosenDay()
    {
        openView();
        setDay(QDate(2026, 12, 3));
        QSignalSpy requested(m_view.get(), &CalendarView::newRoundRequested);
        QTest::mouseClick(m_view->findChild<QToolButton *>(QStringLiteral("newRoundButton")),
                          Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.takeFirst().at(0).toDate(), QDate(2026, 12, 3));
        // Enter on an empty day offers a new round there too.
        QTest::keyClick(m_view->monthView()->grid(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
    }

    void reloadsWhenRoundsChange()
    {
        openView();
        setDay(QDate(2026, 11, 24));
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>());
        const qint64 id = addRound(m_acme, {2026, 11, 24}, {11, 0});
        m_signals->notifyRoundsChanged();
        QCOMPARE(agendaIds(m_view.get()), QList<qint64>{id});
        QCOMPARE(m_view->upcomingView()->model()->rowCount(), 1);
        QCOMPARE(m_view->monthView()
                     ->model()
                     ->indexForDate(QDate(2026, 11, 24))
                     .data(MonthModel::CountRole)
                     .toInt(),
                 1);
    }

    void remindersBecomeBannersWithoutATray()
    {
        // 11:30 and 13:00 in Berlin are 10:30 and 12:00 UTC; the clock says 09:30 UTC.
        const qint64 first = addRound(m_acme, {2026, 11, 20}, {11, 30});
        const qint64 second = addRound(m_globex, {2026, 11, 20}, {13, 0});
        QWidget window;
        ReminderNotifier notifier(m_store.get(), &window, 60);
        QSignalSpy banners(&notifier, &ReminderNotifier::bannerRequested);
        QSignalSpy reminded(&notifier, &ReminderNotifier::reminded);
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());

        notifier.checkNow();
        QCOMPARE(banners.count(), 1);
        QCOMPARE(banners.at(0).at(0).toString(),
                 QStringLiteral("Round 1 at Acme (Backend engineer) starts at 11:30 — %1.")
                     .arg(inMinutes(60)));
        QCOMPARE(reminded.at(0).at(0).toLongLong(), first);
        notifier.checkNow();
        QCOMPARE(banners.count(), 1);

        setClock(QDateTime(QDate(2026, 11, 20), QTime(10, 59, 40), Qt::UTC));
        notifier.checkNow();
        QCOMPARE(banners.count(), 1);
        setClock(QDateTime(QDate(2026, 11, 20), QTime(11, 0, 10), Qt::UTC));
        notifier.checkNow();
        QCOMPARE(banners.count(), 2);
        QCOMPARE(banners.at(1).at(0).toString(),
                 QStringLiteral("Round 1 at Globex (Data analyst) starts at 13:00 — %1.")
                     .arg(inMinutes(60)));
        QCOMPARE(reminded.at(1).at(0).toLongLong(), second);
        setClock(QDateTime(QDate(2026, 11, 20), QTime(12, 0, 30), Qt::UTC));
        notifier.checkNow();
        QCOMPARE(banners.count(), 2);

        // A longer lead cannot bring back what was already said.
        notifier.setLeadMinutes(180);
        notifier.checkNow();
        QCOMPARE(banners.count(), 2);
    }

    void reminderTextForAnotherDay()
    {
        const qint64 id = addRound(m_acme, {2026, 11, 21}, {9, 0});
        const RoundInfo round = m_store->round(id).value();
        QCOMPARE(ReminderNotifier::reminderText(
                     round, QDateTime(QDate(2026, 11, 20), QTime(20, 0), Qt::UTC)),
                 QStringLiteral("Round 1 at Acme (Backend engineer) starts on Sat 21 Nov at "
                                "09:00 — %1.")
                     .arg(ReminderNotifier::tr("in %n hour(s)", nullptr, 12)));
    }

private:
    qint64 addRound(qint64 application, QDate date, QTime time, const QString &zone = Berlin,
                    RoundStatus status = RoundStatus::Scheduled)
    {
        RoundFields fields;
        fields.kind = RoundKind::Technical;
        fields.start = RoundValidator::localToInstant(date, time, zone);
        fields.timeZoneId = zone;
        fields.status = status;
        auto id = m_store->createRound(application, fields);
        if (!id)
            qFatal("could not add round: %s", qPrintable(id.error()));
        return id.value();
    }

    void openView()
    {
        m_view = std::make_unique<CalendarView>(m_store.get(), m_undo.get(), m_signals.get());
        m_view->resize(1200, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void clickDay(const QDate &date)
    {
        MonthView *month = m_view->monthView();
        const QRect rect = month->dayRect(date);
        QVERIFY2(rect.isValid(), qPrintable(date.toString(Qt::ISODate)));
        QTest::mouseClick(month->grid()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    void setDay(const QDate &date)
    {
        m_view->setSelectedDate(date);
        QCOMPARE(m_view->selectedDate(), date);
    }

    // Tests load no translation, so plural forms come from the source text.
    static QString inMinutes(int minutes)
    {
        return ReminderNotifier::tr("in %n minute(s)", nullptr, minutes);
    }

    static void setClock(const QDateTime &now)
    {
        Clock::setOverride([now] { return now; });
    }

    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<RoundStore> m_store;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RoundSignals> m_signals;
    std::unique_ptr<CalendarView> m_view;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
