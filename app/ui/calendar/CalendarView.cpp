#include "ui/calendar/CalendarView.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "core/text/PlainText.h"
#include "models/RoundSignals.h"
#include "models/calendar/MonthModel.h"
#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/UpcomingRoundsModel.h"
#include "ui/Prompter.h"
#include "ui/calendar/CalendarDelegates.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/RoundListViews.h"
#include "ui/theme/ThemeColours.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QFont headingFont(const QFont &base, qreal factor)
{
    QFont font = base;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}
} // namespace

CalendarView::CalendarView(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_agendaModel(new RoundAgendaModel(store, this))
    , m_upcomingModel(new UpcomingRoundsModel(store, this))
    , m_month(new MonthView(store, undoStack, roundSignals, this))
    , m_agenda(new AgendaView(this))
    , m_upcoming(new UpcomingView(this))
    , m_heading(new QLabel(this))
    , m_count(new QLabel(this))
    , m_dayButton(new QToolButton(this))
    , m_weekButton(new QToolButton(this))
    , m_newRoundButton(new QToolButton(this))
    , m_minuteTimer(new QTimer(this))
    , m_debrief(new QWidget(this))
    , m_debriefText(new QLabel(m_debrief))
    , m_debriefButton(new QPushButton(tr("Write the debrief"), m_debrief))
{
    setObjectName(QStringLiteral("calendarView"));
    createActions();

    m_agenda->setObjectName(QStringLiteral("agendaView"));
    m_agenda->setModel(m_agendaModel);
    m_agenda->setItemDelegate(new AgendaDelegate(m_agenda));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setContextMenuPolicy(Qt::CustomContextMenu);
    m_agenda->setFlexibleColumns({RoundAgendaModel::CompanyColumn, RoundAgendaModel::RoleColumn,
                                  RoundAgendaModel::RoundColumn, RoundAgendaModel::PeopleColumn});

    m_upcoming->setObjectName(QStringLiteral("upcomingView"));
    m_upcoming->setModel(m_upcomingModel);
    m_upcoming->setItemDelegate(new UpcomingDelegate(m_upcoming));
    m_upcoming->setAccessibleName(tr("Upcoming interviews"));
    m_upcoming->setEmptyText(tr("No interviews coming up"));
    m_upcoming->setContextMenuPolicy(Qt::CustomContextMenu);

    m_heading->setObjectName(QStringLiteral("agendaHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setFont(headingFont(m_heading->font(), 1.2));
    m_count->setObjectName(QStringLiteral("agendaCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_dayButton->setObjectName(QStringLiteral("dayButton"));
    m_dayButton->setText(tr("Day"));
    m_dayButton->setToolTip(tr("List the rounds of the chosen day"));
    m_weekButton->setObjectName(QStringLiteral("weekButton"));
    m_weekButton->setText(tr("Week"));
    m_weekButton->setToolTip(tr("List the rounds of the week around the chosen day"));
    auto *spanGroup = new QButtonGroup(this);
    for (QToolButton *button : {m_dayButton, m_weekButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        spanGroup->addButton(button);
    }
    m_dayButton->setChecked(true);
    connect(m_dayButton, &QToolButton::toggled, this, [this](bool checked) {
        if (checked)
            setAgendaSpan(AgendaSpan::Day);
    });
    connect(m_weekButton, &QToolButton::toggled, this, [this](bool checked) {
        if (checked)
            setAgendaSpan(AgendaSpan::Week);
    });
    m_newRoundButton->setObjectName(QStringLiteral("newRoundButton"));
    m_newRoundButton->setDefaultAction(m_newRoundAction);
    m_newRoundButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // A round that ended without a debrief is prompted for right above what comes next.
    m_debrief->setObjectName(QStringLiteral("debriefPrompt"));
    m_debrief->setAttribute(Qt::WA_StyledBackground);
    m_debrief->setStyleSheet(ThemeColours::bannerStyleSheet(
        palette(), ThemeColours::Banner::Warning, QStringLiteral("QWidget#debriefPrompt")));
    m_debriefText->setObjectName(QStringLiteral("debriefText"));
    m_debriefText->setTextFormat(Qt::PlainText);
    m_debriefText->setWordWrap(true);
    m_debriefButton->setObjectName(QStringLiteral("debriefButton"));
    auto *debriefLayout = new QVBoxLayout(m_debrief);
    debriefLayout->setContentsMargins(8, 6, 8, 6);
    debriefLayout->addWidget(m_debriefText);
    debriefLayout->addWidget(m_debriefButton, 0, Qt::AlignRight);
    m_debrief->hide();
    connect(m_debriefButton, &QPushButton::clicked, this, [this] {
        if (m_debriefRound > 0)
            emit debriefRequested(m_debriefRound);
    });

    auto *upcomingTitle = new QLabel(tr("Upcoming"), this);
    upcomingTitle->setObjectName(QStringLiteral("upcomingTitle"));
    upcomingTitle->setTextFormat(Qt::PlainText);
    upcomingTitle->setFont(headingFont(upcomingTitle->font(), 1.05));
    upcomingTitle->setBuddy(m_upcoming);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(10, 10, 6, 10);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_month, 3);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(upcomingTitle);
    leftLayout->addWidget(m_debrief);
    leftLayout->addWidget(m_upcoming, 2);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 6);
    header->setSpacing(6);
    header->addWidget(m_heading);
    header->addSpacing(6);
    header->addWidget(m_count);
    header->addStretch(1);
    // Side by side without a gap, so the pair reads as one two-way switch.
    auto *span = new QHBoxLayout;
    span->setSpacing(0);
    span->addWidget(m_dayButton);
    span->addWidget(m_weekButton);
    header->addLayout(span);
    header->addSpacing(10);
    header->addWidget(m_newRoundButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 10, 10, 10);
    rightLayout->setSpacing(0);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_agenda, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // The agenda has six columns to fit, the month only seven narrow days.
    splitter->setSizes({390, 890});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_month, &MonthView::selectedDateChanged, this, &CalendarView::updateAgenda);
    connect(m_month, &MonthView::dateActivated, this, [this] {
        // Enter on a day goes on to its rounds, or offers a new one when it has none.
        if (m_agendaModel->rowCount() > 0) {
            m_agenda->setFocus(Qt::OtherFocusReason);
            if (!m_agenda->currentIndex().isValid())
                m_agenda->selectRound(m_agendaModel->roundId(0));
        } else if (m_newRoundAction->isEnabled()) {
            m_newRoundAction->trigger();
        }
    });
    connect(m_agenda, &AgendaView::openRequested, this, &CalendarView::roundOpenRequested);
    connect(m_upcoming, &UpcomingView::openRequested, this, &CalendarView::roundOpenRequested);
    connect(m_agenda, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showContextMenu(m_agenda, position); });
    connect(m_upcoming, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showContextMenu(m_upcoming, position); });
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CalendarView::updateActions);
    connect(m_upcoming->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CalendarView::updateActions);
    // Clicking a coming round shows its day, so the month and the agenda agree.
    connect(m_upcoming, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QDateTime start = index.data(UpcomingRoundsModel::StartUtcRole).toDateTime();
        if (!start.isValid())
            return;
        setSelectedDate(start.toLocalTime().date());
        m_agenda->selectRound(index.data(UpcomingRoundsModel::RoundIdRole).toLongLong());
    });
    if (m_signals) {
        connect(m_signals, &RoundSignals::roundsChanged, this, &CalendarView::reload);
        connect(m_signals, &RoundSignals::peopleChanged, this, &CalendarView::reload);
    }

    // Rounds that have begun leave the upcoming list, and "Tomorrow" becomes "Today",
    // without the user doing anything.
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        reloadUpcoming();
        m_month->grid()->viewport()->update();
    });
    m_minuteTimer->start();

    reload();
}

void CalendarView::createActions()
{
    m_newRoundAction = new QAction(tr("&New round on this day…"), this);
    m_newRoundAction->setObjectName(QStringLiteral("newRoundAction"));
    m_newRoundAction->setToolTip(tr("Schedule an interview round on the chosen day"));
    connect(m_newRoundAction, &QAction::triggered, this,
            [this] { emit newRoundRequested(selectedDate()); });

    m_openRoundAction = new QAction(tr("&Open round…"), this);
    m_openRoundAction->setObjectName(QStringLiteral("openRoundAction"));
    connect(m_openRoundAction, &QAction::triggered, this, &CalendarView::openCurrent);

    m_todayAction = new QAction(tr("Go to &today"), this);
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    connect(m_todayAction, &QAction::triggered, this, [this] {
        m_month->showToday();
        m_month->setFocus(Qt::ShortcutFocusReason);
    });
}

QDate CalendarView::selectedDate() const
{
    return m_month->selectedDate();
}

void CalendarView::setSelectedDate(const QDate &date)
{
    m_month->setSelectedDate(date);
}

void CalendarView::setAgendaSpan(AgendaSpan span)
{
    if (span == m_span)
        return;
    m_span = span;
    (span == AgendaSpan::Day ? m_dayButton : m_weekButton)->setChecked(true);
    updateAgenda();
}

QDate CalendarView::agendaFirstDay() const
{
    return m_agendaModel->firstDay();
}

QDate CalendarView::agendaLastDay() const
{
    return m_agendaModel->lastDay();
}

QTableView *CalendarView::agendaView() const
{
    return m_agenda;
}

QListView *CalendarView::upcomingView() const
{
    return m_upcoming;
}

void CalendarView::reload()
{
    m_month->reload();
    updateAgenda();
    reloadUpcoming();
}

void CalendarView::updateAgenda()
{
    const QDate day = m_month->selectedDate();
    QDate first = day;
    QDate last = day;
    if (m_span == AgendaSpan::Week) {
        const int firstDayOfWeek = int(m_month->model()->firstDayOfWeek());
        first = day.addDays(-((day.dayOfWeek() - firstDayOfWeek + 7) % 7));
        last = first.addDays(6);
    }
    const qint64 keep = m_agenda->currentRoundId();
    if (Status read = m_agendaModel->setRange(first, last); !read)
        showError(read.error());
    if (keep > 0)
        m_agenda->selectRound(keep);
    m_agenda->setEmptyText(m_span == AgendaSpan::Day ? tr("No interviews on this day")
                                                     : tr("No interviews this week"));
    updateHeading();
    updateActions();
}

void CalendarView::setRoundNotesSources(UpcomingRoundsModel::ReadinessSource readiness,
                                        DebriefSource debrief)
{
    m_upcomingModel->setReadinessSource(std::move(readiness));
    m_debriefSource = std::move(debrief);
    reloadUpcoming();
}

void CalendarView::reloadUpcoming()
{
    const qint64 keep = m_upcoming->currentRoundId();
    if (Status read = m_upcomingModel->refresh(); !read)
        showError(read.error());
    if (const int row = m_upcomingModel->rowOfRound(keep); row >= 0)
        m_upcoming->setCurrentIndex(m_upcomingModel->index(row));
    updateDebriefPrompt();
    updateActions();
}

void CalendarView::updateDebriefPrompt()
{
    m_debriefRound = 0;
    if (m_debriefSource) {
        // A failure to read leaves the prompt out: the list itself still shows.
        if (auto needing = m_debriefSource(); needing && !needing.value().isEmpty()) {
            if (auto round = m_store->round(needing.value().first()); round) {
                m_debriefRound = round.value().id;
                QString text = tr("Round %1 at %2 has ended. Write it down while it is fresh: "
                                  "what they asked, your weak answers, their concerns.")
                                   .arg(round.value().number)
                                   .arg(PlainText::singleLine(round.value().company));
                if (needing.value().size() > 1)
                    text += QLatin1Char(' ') + tr("(%n more round(s) without a debrief)", nullptr,
                                                  int(needing.value().size() - 1));
                m_debriefText->setText(text);
            }
        }
    }
    m_debrief->setVisible(m_debriefRound > 0);
}

void CalendarView::updateHeading()
{
    const QLocale locale;
    const QDate first = m_agendaModel->firstDay();
    const QDate last = m_agendaModel->lastDay();
    if (!first.isValid()) {
        m_heading->clear();
        m_count->clear();
        return;
    }
    if (first == last) {
        m_heading->setText(locale.toString(first, QLocale::LongFormat));
    } else {
        //: Last day of a week in the agenda heading (Qt date format)
        const QString end = locale.toString(last, tr("d MMMM yyyy"));
        QString start;
        if (first.year() != last.year())
            start = locale.toString(first, tr("d MMMM yyyy"));
        else if (first.month() != last.month())
            //: First day of a week whose month differs from the last day's (Qt date format)
            start = locale.toString(first, tr("d MMMM"));
        else
            //: First day of a week within one month (Qt date format; German: "d.")
            start = locale.toString(first, tr("d", "first day of a week in the same month"));
        //: A week in the agenda heading: "23 – 29 November 2026"
        m_heading->setText(tr("%1 – %2").arg(start, end));
    }
    const int count = m_agendaModel->rowCount();
    m_count->setText(count > 0 ? tr("%n interview(s)", nullptr, count) : QString());
}

void CalendarView::updateActions()
{
    const bool writable = !m_store->database().isReadOnly();
    m_newRoundAction->setEnabled(writable);
    m_openRoundAction->setEnabled(m_agenda->currentRoundId() > 0 ||
                                  m_upcoming->currentRoundId() > 0);
}

qint64 CalendarView::currentRound() const
{
    // The list the user worked in last decides which round is meant.
    qint64 id = m_upcoming->hasFocus() ? m_upcoming->currentRoundId() : 0;
    if (id == 0)
        id = m_agenda->currentRoundId();
    if (id == 0)
        id = m_upcoming->currentRoundId();
    return id;
}

void CalendarView::openCurrent()
{
    const qint64 id = currentRound();
    if (id > 0)
        emit roundOpenRequested(id);
}

void CalendarView::showContextMenu(QWidget *view, const QPoint &position)
{
    auto *itemView = qobject_cast<QAbstractItemView *>(view);
    if (!itemView)
        return;
    const QModelIndex index = itemView->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        const qint64 id = index.data(RoundAgendaModel::RoundIdRole).toLongLong();
        itemView->setCurrentIndex(index);
        QAction *open = menu.addAction(m_openRoundAction->text());
        connect(open, &QAction::triggered, this, [this, id] { emit roundOpenRequested(id); });
        menu.addSeparator();
    }
    menu.addAction(m_newRoundAction);
    menu.exec(itemView->viewport()->mapToGlobal(position));
}

void CalendarView::showError(const QString &message)
{
    Prompter::instance().error(this, tr("Calendar"), message);
}
