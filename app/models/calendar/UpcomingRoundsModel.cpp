#include "models/calendar/UpcomingRoundsModel.h"
#include "core/text/PlainText.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "models/calendar/RoundMime.h"
#include "models/calendar/RoundText.h"

#include <QLocale>

UpcomingRoundsModel::UpcomingRoundsModel(RoundStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

Status UpcomingRoundsModel::refresh()
{
    auto read = m_store->upcoming(Clock::nowUtc(), Limit);
    QList<RoundInfo> rounds = read ? read.take() : QList<RoundInfo>();
    QHash<qint64, QString> readiness;
    Status status = read.status();
    if (m_readinessSource && !rounds.isEmpty()) {
        QList<qint64> ids;
        ids.reserve(rounds.size());
        for (const RoundInfo &round : std::as_const(rounds))
            ids << round.id;
        auto marks = m_readinessSource(ids);
        if (marks)
            readiness = marks.take();
        else if (status)
            status = marks.status();
    }
    beginResetModel();
    m_rounds = std::move(rounds);
    m_readiness = std::move(readiness);
    endResetModel();
    return status;
}

qint64 UpcomingRoundsModel::roundId(int row) const
{
    return row >= 0 && row < m_rounds.size() ? m_rounds.at(row).id : 0;
}

int UpcomingRoundsModel::rowOfRound(qint64 roundId) const
{
    for (int row = 0; row < m_rounds.size(); ++row)
        if (m_rounds.at(row).id == roundId)
            return row;
    return -1;
}

int UpcomingRoundsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

QVariant UpcomingRoundsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RoundInfo &round = m_rounds.at(index.row());
    const QDateTime local = round.startUtc.toLocalTime();
    const auto when = [&] {
        //: When an upcoming round starts: "Tue 24 Nov, 14:00"
        return tr("%1, %2").arg(RoundText::shortDate(local.date()), RoundText::time(local.time()));
    };
    const auto detail = [&] {
        QStringList parts{round.company};
        if (!round.role.isEmpty())
            parts << round.role;
        parts << tr("Round %1").arg(round.number);
        return parts.join(QStringLiteral(" · "));
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        //: An upcoming round: when, then company, role and round number
        const QString text = tr("%1 — %2").arg(when(), detail());
        const QString readiness = m_readiness.value(round.id);
        //: An upcoming round, then its checklist progress ("Prep 5/9")
        return readiness.isEmpty() ? text : tr("%1 · %2").arg(text, readiness);
    }
    case ReadinessTextRole:
        return m_readiness.value(round.id);
    case WhenTextRole:
        return when();
    case DetailTextRole:
        return detail();
    case RelativeTextRole: {
        const qint64 days = Clock::today().daysTo(local.date());
        if (days <= 0)
            return tr("Today");
        if (days == 1)
            return tr("Tomorrow");
        return tr("In %n day(s)", nullptr, int(days));
    }
    case Qt::ToolTipRole:
        return PlainText::toolTip(
            tr("%1\n%2 at %3")
                .arg(RoundText::roundTitle(round), RoundText::startTime(round), round.company));
    case RoundIdRole:
        return round.id;
    case StartUtcRole:
        return round.startUtc;
    case StatusColorRole:
        return RoundText::statusColor(round.fields.status);
    default:
        break;
    }
    return {};
}

Qt::ItemFlags UpcomingRoundsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList UpcomingRoundsModel::mimeTypes() const
{
    return {RoundMime::mimeType()};
}

QMimeData *UpcomingRoundsModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const qint64 id = roundId(index.row()); index.isValid() && id > 0)
            return RoundMime::create(id);
    }
    return nullptr;
}

Qt::DropActions UpcomingRoundsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
