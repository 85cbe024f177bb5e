#include "ui/pipeline/ArchiveDialog.h"

#include "models/ArchivedListModel.h"
#include "models/BoardModel.h"
#include "ui/Prompter.h"
#include "ui/commands/UnarchiveCommand.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

ArchiveDialog::ArchiveDialog(BoardModel *board, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_undoStack(undoStack)
    , m_model(new ArchivedListModel(board->store()->database(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_restore(new QPushButton(tr("&Put back on the board"), this))
{
    setWindowTitle(tr("Archived applications"));
    setObjectName(QStringLiteral("archiveDialog"));
    auto *intro = new QLabel(tr("Archived applications are kept with their history but hidden "
                                "from the board. Put one back and it returns to the top of its "
                                "stage."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("archivedTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    // Newest first, as the store orders them, until the user clicks a column heading.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->hideColumn(ArchivedListModel::IdColumn);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(!board->store()->database().isReadOnly());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &ArchiveDialog::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArchiveDialog::updateButtons);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ArchiveDialog::restoreSelected);
    connect(m_model, &SqlListModel::errorOccurred, this, [this](const QString &message) {
        Prompter::instance().error(this, windowTitle(), message);
    });
    // Undo and redo anywhere change what is archived.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        static_cast<void>(m_model->refresh());
        updateButtons();
    });
    static_cast<void>(m_model->refresh());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    updateButtons();
}

void ArchiveDialog::updateButtons()
{
    m_restore->setEnabled(!m_board->store()->database().isReadOnly() &&
                          m_table->selectionModel()->hasSelection());
}

void ArchiveDialog::restoreSelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_model->applicationId(m_proxy->mapToSource(row).row());
    if (ids.isEmpty() || m_board->store()->database().isReadOnly())
        return;
    m_undoStack->push(new UnarchiveCommand(m_board, ids));
}
