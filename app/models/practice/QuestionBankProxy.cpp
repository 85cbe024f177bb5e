#include "models/practice/QuestionBankProxy.h"

#include "core/Clock.h"
#include "core/PipelineStore.h"
#include "core/practice/QuestionCategory.h"

#include <QLocale>
#include <QSqlRecord>
#include <QSqlTableModel>

QuestionBankProxy::QuestionBankProxy(QSqlTableModel *table, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_table(table)
{
    setSourceModel(table);
    const QSqlRecord record = table->record();
    m_id = record.indexOf(QStringLiteral("id"));
    m_text = record.indexOf(QStringLiteral("text"));
    m_categoryColumn = record.indexOf(QStringLiteral("category"));
    m_answer = record.indexOf(QStringLiteral("answer"));
    m_tags = record.indexOf(QStringLiteral("tags"));
    m_due = record.indexOf(QStringLiteral("due"));
    m_reps = record.indexOf(QStringLiteral("reps"));
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void QuestionBankProxy::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    invalidateFilter();
}

void QuestionBankProxy::setCategory(const QString &key)
{
    if (key == m_category)
        return;
    m_category = key;
    invalidateFilter();
}

qint64 QuestionBankProxy::questionId(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return 0;
    const QModelIndex source = mapToSource(proxyIndex);
    return m_table->data(m_table->index(source.row(), m_id)).toLongLong();
}

QModelIndex QuestionBankProxy::indexOfQuestion(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex candidate = index(row, m_text);
        if (questionId(candidate) == id)
            return candidate;
    }
    return {};
}

QList<int> QuestionBankProxy::visibleColumns() const
{
    return {m_text, m_categoryColumn, m_tags, m_due};
}

bool QuestionBankProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (!m_category.isEmpty() &&
        m_table->data(m_table->index(sourceRow, m_categoryColumn)).toString() != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {m_text, m_answer, m_tags}) {
        if (m_table->data(m_table->index(sourceRow, column))
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant QuestionBankProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = mapToSource(index).column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QVariant raw = QSortFilterProxyModel::data(index, Qt::DisplayRole);
        if (column == m_categoryColumn)
            return QuestionCategory::name(raw.toString());
        if (column == m_text && role == Qt::DisplayRole)
            return raw.toString().simplified(); // one line per question in the list
        if (column == m_due) {
            const int row = mapToSource(index).row();
            if (m_table->data(m_table->index(row, m_reps)).toInt() == 0)
                return tr("New");
            const QDateTime due = PipelineStore::fromStoredTime(raw.toString());
            if (due <= Clock::nowUtc())
                return tr("Due now");
            return QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat);
        }
        return raw;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant QuestionBankProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == m_text)
            return tr("Question");
        if (section == m_categoryColumn)
            return tr("Category");
        if (section == m_tags)
            return tr("Tags");
        if (section == m_due)
            return tr("Next practice");
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags QuestionBankProxy::flags(const QModelIndex &index) const
{
    return QSortFilterProxyModel::flags(index) & ~Qt::ItemIsEditable;
}
