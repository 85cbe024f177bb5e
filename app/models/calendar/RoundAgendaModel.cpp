#include "models/calendar/RoundAgendaModel.h"
#include "core/text/PlainText.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "models/calendar/RoundMime.h"
#include "models/calendar/RoundText.h"

#include <QLocale>

RoundAgendaModel::RoundAgendaModel(RoundStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

Status RoundAgendaModel::setRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Status::failure(tr("Those days cannot be shown."));
    m_first = first;
    m_last = last;
    return refresh();
}

Status RoundAgendaModel::refresh()
{
    QList<RoundInfo> rounds;
    Status status = Status::success();
    if (m_first.isValid()) {
        // Local midnights: the agenda lists the days as the user lives them.
        auto read = m_store->roundsBetween(m_first.startOfDay().toUTC(),
                                           m_last.addDays(1).startOfDay().toUTC());
        if (read)
            rounds = read.take();
        else
            status = read.status();
    }
    beginResetModel();
    m_rounds = std::move(rounds);
    endResetModel();
    return status;
}

qint64 RoundAgendaModel::roundId(int row) const
{
    return row >= 0 && row < m_rounds.size() ? m_rounds.at(row).id : 0;
}

int RoundAgendaModel::rowOfRound(qint64 roundId) const
{
    for (int row = 0; row < m_rounds.size(); ++row)
        if (m_rounds.at(row).id == roundId)
            return row;
    return -1;
}

int RoundAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

int RoundAgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoundAgendaModel::timeText(const RoundInfo &round) const
{
    const QString time = RoundText::startTime(round);
    if (!spansSeveralDays())
        return time;
    //: Day and time of a round in the week agenda: "Tue 24 Nov, 14:00"
    return tr("%1, %2").arg(RoundText::shortDate(round.startUtc.toLocalTime().date()), time);
}

QString RoundAgendaModel::toolTip(const RoundInfo &round) const
{
    // Everything a narrow column may have cut short, in one place.
    QStringList lines;
    lines << (round.role.isEmpty()
                  ? round.company
                  : tr("%1 — %2", "company, then role").arg(round.company, round.role));
    lines << RoundText::roundTitle(round);
    const QDateTime local = round.startUtc.toLocalTime();
    lines << tr("%1, %2 to %3")
                 .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                      RoundText::startTime(round),
                      RoundText::time(round.endUtc().toLocalTime().time()));
    lines << (RoundText::peopleKnown(round) ? tr("With: %1").arg(RoundText::people(round))
                                            : RoundText::people(round));
    if (!round.fields.location.isEmpty())
        lines << tr("Where: %1").arg(round.fields.location);
    if (!round.fields.meetingUrl.isEmpty())
        lines << tr("Link: %1").arg(round.fields.meetingUrl);
    return lines.join(QLatin1Char('\n'));
}

QVariant RoundAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RoundInfo &round = m_rounds.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(round);
        case CompanyColumn:
            return round.company;
        case RoleColumn:
            return round.role;
        case RoundColumn:
            return RoundText::roundTitle(round);
        case PeopleColumn:
            return RoundText::people(round);
        case StatusColumn:
            return RoundCatalog::label(round.fields.status);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return PlainText::toolTip(toolTip(round));
    case RoundIdRole:
        return round.id;
    case StartUtcRole:
        return round.startUtc;
    case StatusRole:
        return int(round.fields.status);
    case StatusColorRole:
        return RoundText::statusColor(round.fields.status);
    case PeopleKnownRole:
        return RoundText::peopleKnown(round);
    default:
        break;
    }
    return {};
}

QVariant RoundAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CompanyColumn:
        return tr("Company");
    case RoleColumn:
        return tr("Role");
    case RoundColumn:
        return tr("Round");
    case PeopleColumn:
        return tr("People");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags RoundAgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList RoundAgendaModel::mimeTypes() const
{
    return {RoundMime::mimeType()};
}

QMimeData *RoundAgendaModel::mimeData(const QModelIndexList &indexes) const
{
    // A row arrives as one index per column; a round is moved one at a time.
    for (const QModelIndex &index : indexes) {
        if (const qint64 id = roundId(index.row()); index.isValid() && id > 0)
            return RoundMime::create(id);
    }
    return nullptr;
}

Qt::DropActions RoundAgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
