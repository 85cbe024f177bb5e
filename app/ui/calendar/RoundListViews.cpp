#include "ui/calendar/RoundListViews.h"

#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/UpcomingRoundsModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

namespace {
// Both views find the round id under one role number, whichever model they show.
constexpr int RoundIdRole = RoundAgendaModel::RoundIdRole;
static_assert(RoundIdRole == int(UpcomingRoundsModel::RoundIdRole));

void paintEmptyState(QAbstractItemView *view, const QString &text)
{
    if (!view->model() || view->model()->rowCount(view->rootIndex()) > 0 || text.isEmpty())
        return;
    QPainter painter(view->viewport());
    QColor color = view->palette().color(QPalette::Text);
    color.setAlphaF(0.5f);
    painter.setPen(color);
    const QRect area = view->viewport()->rect().adjusted(16, 28, -16, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

bool isOpenKey(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

qint64 roundIdOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(RoundIdRole).toLongLong() : 0;
}
} // namespace

AgendaView::AgendaView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    // A move that lands elsewhere must not blank the row here; the reload does the rest.
    setDragDropOverwriteMode(false);
    setDefaultDropAction(Qt::MoveAction);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    // Header labels start where the cell text does (see AgendaDelegate's padding).
    horizontalHeader()->setStyleSheet(
        QStringLiteral("QHeaderView::section { padding-left: 6px; }"));
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = roundIdOf(index))
            emit openRequested(id);
    });
}

void AgendaView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

qint64 AgendaView::currentRoundId() const
{
    return roundIdOf(currentIndex());
}

void AgendaView::selectRound(qint64 roundId)
{
    if (!model())
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (roundIdOf(index) == roundId) {
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
            scrollTo(index);
            return;
        }
    }
}

void AgendaView::setFlexibleColumns(const QList<int> &columns)
{
    m_flexible = columns;
    fitColumns();
}

void AgendaView::setModel(QAbstractItemModel *newModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(newModel);
    if (!newModel)
        return;
    m_modelConnections = {
        connect(newModel, &QAbstractItemModel::modelReset, this, &AgendaView::fitColumns),
        connect(newModel, &QAbstractItemModel::layoutChanged, this, &AgendaView::fitColumns),
        connect(newModel, &QAbstractItemModel::dataChanged, this, &AgendaView::fitColumns),
    };
    fitColumns();
}

void AgendaView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void AgendaView::fitColumns()
{
    // QHeaderView can either fit contents or stretch, not both: contents-sized columns
    // push stretched ones down to nothing. So widths are shared out here: every column
    // asks for its contents, flexible ones absorb the surplus or the shortage.
    if (!model() || model()->columnCount() == 0)
        return;
    QHeaderView *header = horizontalHeader();
    const int columns = model()->columnCount();
    const int minimumFlexible = fontMetrics().averageCharWidth() * 10;
    QList<int> wanted(columns);
    QList<int> floor(columns);
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        const int headerWidth = header->sectionSizeHint(column);
        wanted[column] = std::max(sizeHintForColumn(column), headerWidth);
        floor[column] = m_flexible.contains(column)
                            ? std::min(wanted[column], std::max(headerWidth, minimumFlexible))
                            : wanted[column];
        total += wanted[column];
    }
    const int available = viewport()->width();
    QList<int> widths = wanted;
    if (!m_flexible.isEmpty() && total < available) {
        // Surplus in proportion to what each column asked for, so long texts gain most.
        int flexibleWanted = 0;
        for (int column : std::as_const(m_flexible))
            flexibleWanted += wanted[column];
        const int extra = available - total;
        int given = 0;
        for (int i = 0; i < m_flexible.size(); ++i) {
            const int column = m_flexible.at(i);
            const int share =
                i + 1 == m_flexible.size()
                    ? extra - given
                    : int(qint64(extra) * wanted[column] / std::max(1, flexibleWanted));
            widths[column] += share;
            given += share;
        }
    } else if (!m_flexible.isEmpty() && total > available) {
        int slack = 0;
        for (int column : std::as_const(m_flexible))
            slack += wanted[column] - floor[column];
        const int shortage = std::min(total - available, slack);
        int taken = 0;
        for (int i = 0; i < m_flexible.size() && slack > 0; ++i) {
            const int column = m_flexible.at(i);
            const int room = wanted[column] - floor[column];
            const int take = i + 1 == m_flexible.size() ? std::min(room, shortage - taken)
                                                        : int(qint64(shortage) * room / slack);
            widths[column] -= take;
            taken += take;
        }
    }
    for (int column = 0; column < columns; ++column)
        header->resizeSection(column, widths[column]);
}

void AgendaView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    paintEmptyState(this, m_emptyText);
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if (isOpenKey(event) && currentRoundId() > 0) {
        emit openRequested(currentRoundId());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

UpcomingView::UpcomingView(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = roundIdOf(index))
            emit openRequested(id);
    });
}

void UpcomingView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

qint64 UpcomingView::currentRoundId() const
{
    return roundIdOf(currentIndex());
}

void UpcomingView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    paintEmptyState(this, m_emptyText);
}

void UpcomingView::keyPressEvent(QKeyEvent *event)
{
    if (isOpenKey(event) && currentRoundId() > 0) {
        emit openRequested(currentRoundId());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}
