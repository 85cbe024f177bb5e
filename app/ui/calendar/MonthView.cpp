#include "ui/calendar/MonthView.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "models/RoundSignals.h"
#include "models/calendar/MonthModel.h"
#include "models/calendar/RoundText.h"
#include "ui/Prompter.h"
#include "ui/calendar/CalendarDelegates.h"
#include "ui/calendar/MonthGrid.h"
#include "ui/commands/RoundCommands.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

MonthView::MonthView(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_signals(roundSignals)
    , m_model(new MonthModel(store, this))
    , m_grid(new MonthGrid(this))
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_today(new QToolButton(this))
{
    setObjectName(QStringLiteral("monthView"));
    m_grid->setObjectName(QStringLiteral("monthGrid"));
    m_grid->setMonthModel(m_model);
    m_grid->setItemDelegate(new MonthDayDelegate(m_grid));
    m_grid->setAccessibleName(tr("Month"));
    m_grid->setMinimumSize(7 * 48, 6 * 44);

    m_title->setObjectName(QStringLiteral("monthTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_previous->setObjectName(QStringLiteral("previousMonthButton"));
    m_previous->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow : Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setObjectName(QStringLiteral("nextMonthButton"));
    m_next->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_next->setAccessibleName(tr("Next month"));
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Go to today (Home)"));
    // The buttons must not take the focus away from the grid the keys work in.
    for (QToolButton *button : {m_previous, m_next, m_today})
        button->setFocusPolicy(Qt::TabFocus);
    for (QToolButton *button : {m_previous, m_next})
        button->setFixedSize(28, 26);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 0, 6);
    header->setSpacing(4);
    header->addWidget(m_title, 1);
    header->addWidget(m_today);
    header->addSpacing(4);
    header->addWidget(m_previous);
    header->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_grid, 1);
    setFocusProxy(m_grid);

    connect(m_previous, &QToolButton::clicked, this, &MonthView::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, this, &MonthView::showNextMonth);
    connect(m_today, &QToolButton::clicked, this, &MonthView::showToday);
    connect(m_grid, &MonthGrid::dateRequested, this, &MonthView::setSelectedDate);
    connect(m_grid, &MonthGrid::dateActivated, this, &MonthView::dateActivated);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // A click picks the day; picking a day of the next or previous month
                // turns the page, as paper calendars do.
                if (!m_syncing && current.isValid())
                    setSelectedDate(m_model->dateForIndex(current));
            });
    connect(m_model, &MonthModel::roundDropped, this, &MonthView::onRoundDropped);

    m_selected = Clock::today();
    if (Status shown = m_model->setMonth(m_selected.year(), m_selected.month()); !shown)
        showError(shown.error());
    updateTitle();
    syncCurrentCell();
}

int MonthView::shownYear() const
{
    return m_model->year();
}

int MonthView::shownMonth() const
{
    return m_model->month();
}

QTableView *MonthView::grid() const
{
    return m_grid;
}

QRect MonthView::dayRect(const QDate &date) const
{
    const QModelIndex index = m_model->indexForDate(date);
    return index.isValid() ? m_grid->visualRect(index) : QRect();
}

void MonthView::setSelectedDate(const QDate &date)
{
    if (!date.isValid())
        return;
    if (date.year() != m_model->year() || date.month() != m_model->month()) {
        if (Status shown = m_model->setMonth(date.year(), date.month()); !shown)
            showError(shown.error());
        updateTitle();
    }
    const bool changed = date != m_selected;
    m_selected = date;
    syncCurrentCell();
    if (changed)
        emit selectedDateChanged(date);
}

void MonthView::showPreviousMonth()
{
    setSelectedDate(m_selected.addMonths(-1));
}

void MonthView::showNextMonth()
{
    setSelectedDate(m_selected.addMonths(1));
}

void MonthView::showToday()
{
    setSelectedDate(Clock::today());
}

void MonthView::reload()
{
    if (Status read = m_model->refresh(); !read)
        showError(read.error());
}

void MonthView::updateTitle()
{
    const QLocale locale;
    //: Month page title: month name, then year
    m_title->setText(tr("%1 %2").arg(locale.standaloneMonthName(m_model->month()),
                                     QString::number(m_model->year())));
}

void MonthView::syncCurrentCell()
{
    const QModelIndex index = m_model->indexForDate(m_selected);
    if (!index.isValid() || index == m_grid->currentIndex())
        return;
    m_syncing = true;
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

void MonthView::onRoundDropped(qint64 roundId, const QDate &day)
{
    if (m_store->database().isReadOnly()) {
        showError(tr("This file is open read-only, so nothing can be changed. Use File > Save "
                     "a copy as to make an editable copy."));
        return;
    }
    auto read = m_store->round(roundId);
    if (!read) {
        showError(read.error());
        return;
    }
    const RoundInfo &round = read.value();
    // Move by whole days in the round's own zone: the interview keeps its time of day
    // where it happens, and lands on the day the user dropped it on.
    const qint64 shift = round.startUtc.toLocalTime().date().daysTo(day);
    if (shift == 0) {
        setSelectedDate(day);
        return;
    }
    const QDateTime own = round.startInOwnZone();
    const QDate ownDay = own.date().addDays(shift);
    const QDateTime target =
        RoundValidator::localToInstant(ownDay, own.time(), round.fields.timeZoneId);
    if (!target.isValid()) {
        showError(tr("%1 does not exist on %2 in %3 because the clocks change that night. "
                     "Open the round to choose another time.")
                      .arg(RoundText::time(own.time()),
                           QLocale().toString(ownDay, QLocale::LongFormat),
                           RoundText::zoneCity(round.fields.timeZoneId)));
        return;
    }
    m_undoStack->push(new RescheduleRoundCommand(m_store, m_signals, roundId, target.toUTC()));
    setSelectedDate(day);
}

void MonthView::showError(const QString &message)
{
    Prompter::instance().error(this, tr("Calendar"), message);
}
