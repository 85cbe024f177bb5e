#include "models/BoardModel.h"

#include "core/NoActivityRule.h"
#include "core/text/PlainText.h"

#include "core/BackgroundRead.h"
#include "core/Clock.h"
#include "core/LocaleFormat.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace {
constexpr quintptr StageTag = 0;
} // namespace

QString BoardModel::mimeType()
{
    return QStringLiteral("application/x-secondround-cards");
}

BoardModel::BoardModel(PipelineStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{}

Status BoardModel::reload()
{
    auto stages = m_store->stages();
    if (!stages)
        return stages.status();
    // A filtered board shows matches from anywhere in a column: it needs every card.
    if (!m_terms.isEmpty()) {
        auto cards = m_store->cards();
        if (!cards)
            return cards.status();
        resetWith(stages.value(), cards.value(), {});
        return Status::success();
    }
    auto first = m_store->firstCards(FirstPage);
    if (!first)
        return first.status();
    resetWith(stages.value(), first.value().cards, first.value().totals);
    if (!isComplete() && m_completeInBackground)
        startBackgroundCompletion();
    return Status::success();
}

void BoardModel::resetWith(const QList<StageInfo> &stages, const QList<CardInfo> &cards,
                           const QHash<qint64, int> &totals)
{
    // Whatever a read still running brings belongs to the board as it was.
    ++m_generation;
    beginResetModel();
    m_columns.clear();
    QHash<qint64, int> columnForStage;
    for (const StageInfo &stage : stages) {
        columnForStage.insert(stage.id, int(m_columns.size()));
        m_columns.append(Column{stage, {}, {}, 0});
    }
    for (const CardInfo &info : cards) {
        const int column = columnForStage.value(info.stageId, -1);
        if (column < 0)
            continue;
        Card card{info, {}, true};
        card.visible = matches(card);
        m_columns[column].cards.append(std::move(card));
    }
    m_complete = true;
    for (Column &column : m_columns) {
        rebuildVisible(column);
        if (!totals.isEmpty())
            column.unread = std::max(0, totals.value(column.stage.id) - int(column.cards.size()));
        m_complete = m_complete && column.unread == 0;
    }
    endResetModel();
    emit applicationsChanged();
}

void BoardModel::completeInBackground()
{
    m_completeInBackground = true;
    if (!isComplete())
        startBackgroundCompletion();
}

void BoardModel::startBackgroundCompletion()
{
    if (m_reading == m_generation)
        return;
    m_reading = m_generation;
    const quint64 generation = m_generation;
    BackgroundRead::start<Result<QList<CardInfo>>>(
        m_store->database().path(), this,
        [now = Clock::nowUtc()](QSqlDatabase &db) { return PipelineStore::cardsOn(db, now); },
        [this, generation](Result<QList<CardInfo>> cards) {
            if (generation != m_generation || isComplete())
                return;
            // Not readable on a connection of its own: read here instead.
            if (!cards) {
                if (Status ok = ensureComplete(); !ok)
                    emit errorOccurred(ok.error());
                return;
            }
            completeWith(cards.value());
        });
}

Status BoardModel::ensureComplete()
{
    if (isComplete())
        return Status::success();
    auto cards = m_store->cards();
    if (!cards)
        return cards.status();
    completeWith(cards.value());
    return Status::success();
}

void BoardModel::completeWith(const QList<CardInfo> &cards)
{
    ++m_generation;
    QHash<qint64, QList<const CardInfo *>> byStage;
    for (const CardInfo &info : cards)
        byStage[info.stageId].append(&info);
    // The cards shown must be the start of every column as read now; if anything differs,
    // the board starts over with what was read.
    bool prefix = byStage.size() <= m_columns.size();
    for (const Column &column : std::as_const(m_columns)) {
        const QList<const CardInfo *> fresh = byStage.value(column.stage.id);
        prefix = prefix && fresh.size() >= column.cards.size();
        for (int i = 0; prefix && i < column.cards.size(); ++i)
            prefix = fresh.at(i)->id == column.cards.at(i).info.id;
        if (!prefix)
            break;
    }
    if (!prefix) {
        QList<StageInfo> stages;
        for (const Column &column : std::as_const(m_columns))
            stages.append(column.stage);
        resetWith(stages, cards, {});
        return;
    }
    // The rest of each column goes in below the cards already shown: nothing moves.
    for (int c = 0; c < m_columns.size(); ++c) {
        Column &column = m_columns[c];
        const QList<const CardInfo *> fresh = byStage.value(column.stage.id);
        column.unread = 0;
        if (fresh.size() == column.cards.size())
            continue;
        QList<Card> more;
        more.reserve(fresh.size() - column.cards.size());
        int shown = 0;
        for (qsizetype i = column.cards.size(); i < fresh.size(); ++i) {
            Card card{*fresh.at(i), {}, true};
            card.visible = matches(card);
            shown += card.visible ? 1 : 0;
            more.append(std::move(card));
        }
        const int first = int(column.visible.size());
        if (shown > 0)
            beginInsertRows(stageIndex(c), first, first + shown - 1);
        column.cards.append(std::move(more));
        rebuildVisible(column);
        if (shown > 0)
            endInsertRows();
    }
    m_complete = true;
    emitCountsChanged();
    emit completed();
}

StageInfo BoardModel::stageAt(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row).stage : StageInfo();
}

int BoardModel::stageRow(qint64 stageId) const
{
    return columnOf(stageId);
}

QModelIndex BoardModel::stageIndex(int row) const
{
    return index(row, 0);
}

QModelIndex BoardModel::cardIndex(qint64 applicationId) const
{
    int column = 0;
    int cardRow = 0;
    if (!locate(applicationId, &column, &cardRow))
        return {};
    const int visibleRow = visibleRowOf(m_columns.at(column), cardRow);
    if (visibleRow < 0)
        return {};
    return createIndex(visibleRow, 0, quintptr(column + 1));
}

qint64 BoardModel::cardId(const QModelIndex &index) const
{
    return isCard(index) ? index.data(IdRole).toLongLong() : 0;
}

bool BoardModel::isCard(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() != StageTag;
}

int BoardModel::totalCards() const
{
    int total = 0;
    for (const Column &column : m_columns)
        total += int(column.cards.size()) + column.unread;
    return total;
}

int BoardModel::visibleCards() const
{
    // Cards not read yet match: a board is only partly read while unfiltered.
    int total = 0;
    for (const Column &column : m_columns)
        total += int(column.visible.size()) + column.unread;
    return total;
}

// ---- Filtering ------------------------------------------------------------------------

QString BoardModel::haystackFor(const CardInfo &info)
{
    return QStringList{info.company, info.role, info.location, info.notes}
        .join(QLatin1Char('\n'))
        .toCaseFolded();
}

bool BoardModel::matches(Card &card) const
{
    if (m_terms.isEmpty())
        return true;
    // Made the first time a filter needs it: most boards are never filtered.
    if (card.haystack.isNull())
        card.haystack = haystackFor(card.info);
    for (const QString &term : m_terms)
        if (!card.haystack.contains(term))
            return false;
    return true;
}

void BoardModel::rebuildVisible(Column &column)
{
    column.visible.clear();
    column.visible.reserve(column.cards.size());
    for (int i = 0; i < column.cards.size(); ++i)
        if (column.cards.at(i).visible)
            column.visible.append(i);
}

void BoardModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    // Matches may be anywhere in a column.
    if (Status ok = ensureComplete(); !ok)
        emit errorOccurred(ok.error());
    m_filter = text;
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int c = 0; c < m_columns.size(); ++c) {
        Column &column = m_columns[c];
        bool changed = false;
        QList<bool> now;
        now.reserve(column.cards.size());
        for (Card &card : column.cards) {
            const bool visible = matches(card);
            changed = changed || visible != card.visible;
            now.append(visible);
        }
        if (!changed)
            continue;
        // Whole-column remove and insert keeps the stage indexes (the views' roots) valid
        // and costs two signals instead of one per changed card.
        const QModelIndex parent = stageIndex(c);
        if (!column.visible.isEmpty()) {
            beginRemoveRows(parent, 0, int(column.visible.size()) - 1);
            column.visible.clear();
            endRemoveRows();
        }
        for (int i = 0; i < column.cards.size(); ++i)
            column.cards[i].visible = now.at(i);
        const int count = int(std::count(now.cbegin(), now.cend(), true));
        if (count > 0) {
            beginInsertRows(parent, 0, count - 1);
            rebuildVisible(column);
            endInsertRows();
        }
    }
    emitCountsChanged();
}

// ---- Mutations ------------------------------------------------------------------------

int BoardModel::columnOf(qint64 stageId) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).stage.id == stageId)
            return i;
    return -1;
}

bool BoardModel::locate(qint64 applicationId, int *columnRow, int *cardRow) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const QList<Card> &cards = m_columns.at(c).cards;
        for (int i = 0; i < cards.size(); ++i)
            if (cards.at(i).info.id == applicationId) {
                *columnRow = c;
                *cardRow = i;
                return true;
            }
    }
    return false;
}

int BoardModel::visibleRowOf(const Column &column, int cardRow) const
{
    const auto it = std::lower_bound(column.visible.cbegin(), column.visible.cend(), cardRow);
    if (it == column.visible.cend() || *it != cardRow)
        return -1;
    return int(it - column.visible.cbegin());
}

void BoardModel::emitCountsChanged()
{
    if (m_columns.isEmpty())
        return;
    emit dataChanged(stageIndex(0), stageIndex(int(m_columns.size()) - 1),
                     {Qt::DisplayRole, VisibleCountRole, TotalCountRole});
}

void BoardModel::applyMove(qint64 applicationId, qint64 fromStage, int fromIndex, qint64 toStage,
                           int toIndex)
{
    const int src = columnOf(fromStage);
    const int dst = columnOf(toStage);
    if (src < 0 || dst < 0 || fromIndex < 0 || fromIndex >= m_columns.at(src).cards.size() ||
        m_columns.at(src).cards.at(fromIndex).info.id != applicationId) {
        // The cache no longer mirrors the file; the file is the truth.
        static_cast<void>(reload());
        return;
    }
    Column &from = m_columns[src];
    Column &to = m_columns[dst];
    const bool visible = from.cards.at(fromIndex).visible;
    if (!visible) {
        Card card = from.cards.takeAt(fromIndex);
        card.info.stageId = toStage;
        to.cards.insert(std::clamp(toIndex, 0, int(to.cards.size())), card);
        rebuildVisible(from);
        if (src != dst)
            rebuildVisible(to);
        return;
    }
    const int visibleFrom = visibleRowOf(from, fromIndex);
    // Visible cards that will sit above the card once it lands.
    int visibleAbove = 0;
    {
        int seen = 0;
        for (int i = 0; i < to.cards.size() && seen < toIndex; ++i) {
            if (src == dst && i == fromIndex)
                continue;
            if (to.cards.at(i).visible)
                ++visibleAbove;
            ++seen;
        }
    }
    int destination = visibleAbove;
    if (src == dst && visibleAbove > visibleFrom)
        destination = visibleAbove + 1;
    const bool signalled =
        !(src == dst && (destination == visibleFrom || destination == visibleFrom + 1));
    if (signalled)
        beginMoveRows(stageIndex(src), visibleFrom, visibleFrom, stageIndex(dst), destination);
    Card card = from.cards.takeAt(fromIndex);
    card.info.stageId = toStage;
    m_columns[dst].cards.insert(std::clamp(toIndex, 0, int(m_columns[dst].cards.size())), card);
    rebuildVisible(m_columns[src]);
    if (src != dst)
        rebuildVisible(m_columns[dst]);
    if (signalled)
        endMoveRows();
}

Result<QList<CardMove>> BoardModel::moveCards(const QList<qint64> &ids, qint64 toStageId,
                                              qint64 beforeId)
{
    // A change applies to the whole board: read the rest of it first.
    if (Status ok = ensureComplete(); !ok)
        return ok;
    auto moves = m_store->moveApplications(ids, toStageId, beforeId);
    if (!moves)
        return moves;
    const QDateTime now = Clock::nowUtc();
    for (const CardMove &move : moves.value()) {
        applyMove(move.applicationId, move.fromStageId, move.fromIndex, move.toStageId,
                  move.toIndex);
        if (move.historyId != 0) {
            int c = 0;
            int i = 0;
            if (locate(move.applicationId, &c, &i)) {
                m_columns[c].cards[i].info.stageEnteredAt = now;
                m_columns[c].cards[i].info.lastActivityAt = now;
                const QModelIndex changed = cardIndex(move.applicationId);
                if (changed.isValid())
                    emit dataChanged(changed, changed);
            }
        }
    }
    emitCountsChanged();
    return moves;
}

Status BoardModel::revertMoves(const QList<CardMove> &moves)
{
    // A change applies to the whole board: read the rest of it first.
    if (Status ok = ensureComplete(); !ok)
        return ok;
    if (Status ok = m_store->revertMoves(moves); !ok)
        return ok;
    for (auto it = moves.crbegin(); it != moves.crend(); ++it)
        applyMove(it->applicationId, it->toStageId, it->toIndex, it->fromStageId, it->fromIndex);
    // Days-in-stage come from the history that was just taken back.
    for (const CardMove &move : moves)
        if (move.historyId != 0) {
            if (Status ok = refreshCard(move.applicationId); !ok)
                return ok;
        }
    emitCountsChanged();
    return Status::success();
}

Status BoardModel::insertCardsFromStore(QList<qint64> ids)
{
    // A change applies to the whole board: read the rest of it first.
    if (Status ok = ensureComplete(); !ok)
        return ok;
    QList<CardInfo> infos;
    for (qint64 id : ids) {
        auto info = m_store->card(id);
        if (!info)
            return info.status();
        infos.append(info.value());
    }
    std::sort(infos.begin(), infos.end(), [](const CardInfo &a, const CardInfo &b) {
        return std::pair(a.stageId, a.position) < std::pair(b.stageId, b.position);
    });
    for (const CardInfo &info : infos) {
        const int c = columnOf(info.stageId);
        if (c < 0)
            return reload();
        Column &column = m_columns[c];
        Card card{info, {}, true};
        card.visible = matches(card);
        const int at = std::clamp(info.position, 0, int(column.cards.size()));
        if (!card.visible) {
            column.cards.insert(at, card);
            rebuildVisible(column);
            continue;
        }
        int visibleRow = 0;
        for (int i = 0; i < at; ++i)
            if (column.cards.at(i).visible)
                ++visibleRow;
        beginInsertRows(stageIndex(c), visibleRow, visibleRow);
        column.cards.insert(at, card);
        rebuildVisible(column);
        endInsertRows();
    }
    emitCountsChanged();
    emit applicationsChanged();
    return Status::success();
}

void BoardModel::removeCards(const QList<qint64> &ids)
{
    if (Status ok = ensureComplete(); !ok)
        emit errorOccurred(ok.error());
    for (qint64 id : ids) {
        int c = 0;
        int i = 0;
        if (!locate(id, &c, &i))
            continue;
        Column &column = m_columns[c];
        const int visibleRow = visibleRowOf(column, i);
        if (visibleRow >= 0)
            beginRemoveRows(stageIndex(c), visibleRow, visibleRow);
        column.cards.removeAt(i);
        rebuildVisible(column);
        if (visibleRow >= 0)
            endRemoveRows();
    }
    emitCountsChanged();
    emit applicationsChanged();
}

Status BoardModel::refreshCard(qint64 applicationId)
{
    // A change applies to the whole board: read the rest of it first.
    if (Status ok = ensureComplete(); !ok)
        return ok;
    auto info = m_store->card(applicationId);
    if (!info)
        return info.status();
    int c = 0;
    int i = 0;
    if (!locate(applicationId, &c, &i))
        return Status::success();
    Card &card = m_columns[c].cards[i];
    card.info = info.value();
    card.haystack = m_terms.isEmpty() ? QString() : haystackFor(card.info);
    const QModelIndex changed = cardIndex(applicationId);
    if (changed.isValid())
        emit dataChanged(changed, changed);
    return Status::success();
}

Status BoardModel::refreshNextRounds()
{
    // A change applies to the whole board: read the rest of it first.
    if (Status ok = ensureComplete(); !ok)
        return ok;
    auto cards = m_store->cards();
    if (!cards)
        return cards.status();
    QHash<qint64, const CardInfo *> byId;
    for (const CardInfo &info : cards.value())
        byId.insert(info.id, &info);
    for (int c = 0; c < m_columns.size(); ++c) {
        Column &column = m_columns[c];
        for (int i = 0; i < column.cards.size(); ++i) {
            CardInfo &info = column.cards[i].info;
            const CardInfo *fresh = byId.value(info.id);
            if (!fresh || (fresh->nextRoundStart == info.nextRoundStart &&
                           fresh->nextRoundNumber == info.nextRoundNumber))
                continue;
            info.nextRoundStart = fresh->nextRoundStart;
            info.nextRoundNumber = fresh->nextRoundNumber;
            const int row = visibleRowOf(column, i);
            if (row >= 0) {
                const QModelIndex changed = createIndex(row, 0, quintptr(c + 1));
                emit dataChanged(changed, changed, {NextRoundTextRole});
            }
        }
    }
    return Status::success();
}

void BoardModel::setReadinessTexts(QHash<qint64, QString> texts)
{
    if (texts == m_readinessTexts)
        return;
    m_readinessTexts = std::move(texts);
    emitCardsChanged({ReadinessTextRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void BoardModel::setReadinessText(qint64 applicationId, const QString &text)
{
    if (m_readinessTexts.value(applicationId) == text)
        return;
    if (text.isEmpty())
        m_readinessTexts.remove(applicationId);
    else
        m_readinessTexts.insert(applicationId, text);
    if (const QModelIndex card = cardIndex(applicationId); card.isValid())
        emit dataChanged(card, card, {ReadinessTextRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void BoardModel::setThankYouDue(QSet<qint64> applicationIds)
{
    if (applicationIds == m_thankYouDue)
        return;
    m_thankYouDue = std::move(applicationIds);
    emitCardsChanged({ThankYouDueRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void BoardModel::emitCardsChanged(const QList<int> &roles)
{
    // One signal per column rather than one per card.
    for (int c = 0; c < m_columns.size(); ++c) {
        const int count = int(m_columns.at(c).visible.size());
        if (count > 0)
            emit dataChanged(index(0, 0, stageIndex(c)), index(count - 1, 0, stageIndex(c)), roles);
    }
}

qint64 BoardModel::anchorForDrop(int stageRow, int visibleRow, const QList<qint64> &moving) const
{
    if (stageRow < 0 || stageRow >= m_columns.size() || visibleRow < 0)
        return 0;
    const Column &column = m_columns.at(stageRow);
    for (int row = visibleRow; row < column.visible.size(); ++row) {
        const qint64 id = column.cards.at(column.visible.at(row)).info.id;
        if (!moving.contains(id))
            return id;
    }
    return 0;
}

// ---- QAbstractItemModel ---------------------------------------------------------------

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, StageTag) : QModelIndex();
    if (parent.internalId() != StageTag || parent.row() >= m_columns.size())
        return {};
    if (row >= m_columns.at(parent.row()).visible.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StageTag)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, StageTag);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.column() != 0 || parent.internalId() != StageTag || parent.row() >= m_columns.size())
        return 0;
    return int(m_columns.at(parent.row()).visible.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QString BoardModel::salaryText(const CardInfo &info) const
{
    const QLocale locale;
    if (info.salaryMin && info.salaryMax)
        return tr("%1–%2 %3")
            .arg(locale.toString(*info.salaryMin), locale.toString(*info.salaryMax), info.currency);
    if (info.salaryMin)
        return tr("from %1 %2").arg(locale.toString(*info.salaryMin), info.currency);
    if (info.salaryMax)
        return tr("up to %1 %2").arg(locale.toString(*info.salaryMax), info.currency);
    return {};
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == StageTag) {
        if (index.row() >= m_columns.size())
            return {};
        const Column &column = m_columns.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return column.stage.name;
        case IdRole:
        case StageIdRole:
            return column.stage.id;
        case IsStageRole:
            return true;
        case ClosedRole:
            return column.stage.closed;
        case VisibleCountRole:
            return int(column.visible.size()) + column.unread;
        case TotalCountRole:
            return int(column.cards.size()) + column.unread;
        default:
            return {};
        }
    }
    const int c = int(index.internalId()) - 1;
    if (c < 0 || c >= m_columns.size() || index.row() >= m_columns.at(c).visible.size())
        return {};
    const Column &column = m_columns.at(c);
    const CardInfo &info = column.cards.at(column.visible.at(index.row())).info;
    const QDate today = Clock::today();
    const int days = int(info.stageEnteredAt.toLocalTime().date().daysTo(today));
    const bool stale = NoActivityRule::applies(info, column.stage.closed, today);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(info.company, info.role);
    case Qt::ToolTipRole: {
        QStringList lines{info.company, info.role};
        if (!info.location.isEmpty())
            lines << info.location;
        const QString salary = salaryText(info);
        if (!salary.isEmpty())
            lines << salary;
        lines << tr("%n day(s) in %1", nullptr, std::max(0, days)).arg(column.stage.name);
        if (stale)
            lines << tr("No activity for %n day(s)", nullptr,
                        NoActivityRule::quietDays(info, today));
        if (const QString readiness = m_readinessTexts.value(info.id);
            !readiness.isEmpty() && info.nextRoundStart.isValid())
            lines << tr("Next round: %1").arg(readiness);
        if (m_thankYouDue.contains(info.id))
            lines << tr("Thank-you due");
        lines << tr("Application number %1").arg(info.id);
        return PlainText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleTextRole: {
        // What the card shows, in reading order: a screen reader user gets the badge too.
        QString spoken = tr("%1, %2, %n day(s) in stage", nullptr, std::max(0, days))
                             .arg(info.company, info.role);
        if (const QString next = data(index, NextRoundTextRole).toString(); !next.isEmpty()) {
            spoken += tr(", next: %1").arg(next);
            if (const QString readiness = data(index, ReadinessTextRole).toString();
                !readiness.isEmpty())
                spoken += tr(", %1").arg(readiness);
        } else if (stale) {
            spoken += tr(", no activity");
        }
        if (m_thankYouDue.contains(info.id))
            spoken += tr(", thank-you due");
        return spoken;
    }
    case IdRole:
        return info.id;
    case IsStageRole:
        return false;
    case StageIdRole:
        return info.stageId;
    case CompanyRole:
        return info.company;
    case JobRole:
        return info.role;
    case LocationRole:
        return info.location;
    case SalaryTextRole:
        return salaryText(info);
    case DaysInStageRole:
        return std::max(0, days);
    case StaleRole:
        return stale;
    case NextRoundTextRole: {
        if (!info.nextRoundStart.isValid())
            return QString();
        const QDateTime local = info.nextRoundStart.toLocalTime();
        const QLocale locale;
        // Within a week the weekday says enough; further out the date is clearer.
        const QString time = locale.toString(local.time(), LocaleFormat::shortTime());
        const QString when =
            local.date() >= today && today.daysTo(local.date()) < 7
                ? tr("%1 %2", "weekday and time")
                      .arg(locale.toString(local, QStringLiteral("ddd")), time)
                : tr("%1 %2", "day, month and time")
                      .arg(locale.toString(local.date(), tr("d MMM", "short date on a card")),
                           time);
        return tr("Round %1 · %2").arg(info.nextRoundNumber).arg(when);
    }
    case ReadinessTextRole:
        // Only beside the round it belongs to: none shown, none said.
        return info.nextRoundStart.isValid() ? m_readinessTexts.value(info.id) : QString();
    case ThankYouDueRole:
        return m_thankYouDue.contains(info.id);
    case ClosedRole:
        return column.stage.closed;
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == StageTag)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_store->database().isReadOnly())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList BoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList cards;
    for (const QModelIndex &index : indexes)
        if (isCard(index))
            cards.append(index);
    if (cards.isEmpty())
        return nullptr;
    // Top to bottom, left to right: the order the cards will land in.
    std::sort(cards.begin(), cards.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return std::pair(a.parent().row(), a.row()) < std::pair(b.parent().row(), b.row());
    });
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint32(cards.size());
    for (const QModelIndex &index : cards)
        stream << qint64(cardId(index));
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<qint64> BoardModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    qint32 count = 0;
    stream >> count;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() == QDataStream::Ok && id > 0)
            ids.append(id);
    }
    return ids;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (m_store->database().isReadOnly() || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    return data && data->hasFormat(mimeType()) && parent.isValid();
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = idsFromMime(data);
    if (ids.isEmpty())
        return false;
    int stage = parent.row();
    int visibleRow = row;
    if (isCard(parent)) {
        // Dropped onto a card: land just before it.
        stage = parent.parent().row();
        visibleRow = parent.row();
    }
    if (stage < 0 || stage >= m_columns.size())
        return false;
    const qint64 anchor = visibleRow < 0 ? 0 : anchorForDrop(stage, visibleRow, ids);
    emit moveRequested(ids, m_columns.at(stage).stage.id, anchor);
    return true;
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
