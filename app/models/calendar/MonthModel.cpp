#include "models/calendar/MonthModel.h"
#include "core/text/PlainText.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "models/calendar/RoundMime.h"

#include <QLocale>
#include <QMimeData>

MonthModel::MonthModel(RoundStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_firstDayOfWeek(QLocale().firstDayOfWeek())
{
    const QDate today = Clock::today();
    m_year = today.year();
    m_month = today.month();
    m_summary = MonthSummary::fromRounds(
        {}, MonthSummary::firstVisibleDay(m_year, m_month, m_firstDayOfWeek));
}

Status MonthModel::setMonth(int year, int month)
{
    if (!QDate(year, month, 1).isValid())
        return Status::failure(tr("That month cannot be shown."));
    m_year = year;
    m_month = month;
    return refresh();
}

Status MonthModel::refresh()
{
    auto summary = MonthSummary::compute(*m_store, m_year, m_month, m_firstDayOfWeek);
    // On failure the page still moves to the requested month, only without counts, so
    // the grid never shows one month's dates under another month's title.
    m_summary = summary ? summary.take()
                        : MonthSummary::fromRounds(
                              {}, MonthSummary::firstVisibleDay(m_year, m_month, m_firstDayOfWeek));
    // The grid's shape never changes, so the cells are updated in place and the view
    // keeps its focus and scroll state.
    emit dataChanged(index(0, 0), index(MonthSummary::Weeks - 1, 6));
    return summary.status();
}

QModelIndex MonthModel::indexForDate(const QDate &date) const
{
    if (!m_summary.contains(date))
        return {};
    const qint64 offset = m_summary.firstDay().daysTo(date);
    return index(int(offset / 7), int(offset % 7));
}

QDate MonthModel::dateForIndex(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_summary.firstDay().addDays(index.row() * 7 + index.column());
}

int MonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MonthSummary::Weeks;
}

int MonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant MonthModel::data(const QModelIndex &index, int role) const
{
    const QDate date = dateForIndex(index);
    if (!date.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(date.day());
    case DateRole:
        return date;
    case CountRole:
        return m_summary.day(date).count;
    case StatusColorRole:
        return m_summary.color(date);
    case InMonthRole:
        return date.month() == m_month && date.year() == m_year;
    case TodayRole:
        return date == Clock::today();
    case Qt::ToolTipRole: {
        const QStringList lines = m_summary.day(date).lines;
        return lines.isEmpty() ? QVariant()
                               : QVariant(PlainText::toolTip(lines.join(QLatin1Char('\n'))));
    }
    case Qt::AccessibleTextRole: {
        const QString day = QLocale().toString(date, QLocale::LongFormat);
        const int count = m_summary.day(date).count;
        if (count == 0)
            return tr("%1, no interviews").arg(day);
        return tr("%1, %n interview(s)", nullptr, count).arg(day);
    }
    default:
        break;
    }
    return {};
}

Qt::DayOfWeek MonthModel::dayOfWeekForColumn(int column) const
{
    return Qt::DayOfWeek((int(m_firstDayOfWeek) - 1 + column) % 7 + 1);
}

QVariant MonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= 7)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int day = int(dayOfWeekForColumn(section));
    if (role == Qt::DisplayRole)
        return QLocale().standaloneDayName(day, QLocale::ShortFormat);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return QLocale().standaloneDayName(day, QLocale::LongFormat);
    return {};
}

Qt::ItemFlags MonthModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList MonthModel::mimeTypes() const
{
    return {RoundMime::mimeType()};
}

QDate MonthModel::dropTarget(int row, int column, const QModelIndex &parent) const
{
    // Dropped on a cell the view passes the cell as parent; a drop between cells cannot
    // happen in a table that overwrites, but a row and column are accepted all the same.
    if (parent.isValid())
        return dateForIndex(parent);
    if (row >= 0 && column >= 0)
        return dateForIndex(index(row, column));
    return {};
}

bool MonthModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    if (m_store->database().isReadOnly() || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    return RoundMime::roundId(data).has_value();
}

bool MonthModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QDate day = dropTarget(row, column, parent);
    const auto roundId = RoundMime::roundId(data);
    if (!day.isValid() || !roundId)
        return false;
    emit roundDropped(*roundId, day);
    return true;
}

Qt::DropActions MonthModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}
