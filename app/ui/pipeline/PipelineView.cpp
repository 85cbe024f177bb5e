#include "ui/pipeline/PipelineView.h"

#include "core/AppSettings.h"
#include "models/BoardModel.h"
#include "models/notes/NotesFeature.h"
#include "ui/Prompter.h"
#include "ui/commands/AddApplicationCommand.h"
#include "ui/commands/EditApplicationCommand.h"
#include "ui/commands/MoveCardsCommand.h"
#include "ui/commands/RemoveApplicationsCommand.h"
#include "ui/commands/StageCommands.h"
#include "ui/notes/SalaryCommand.h"
#include "ui/pipeline/ApplicationDialog.h"
#include "ui/pipeline/ArchiveDialog.h"
#include "ui/pipeline/CardListView.h"
#include "ui/pipeline/StageColumn.h"

#include <QAction>
#include <QApplication>
#include <QDragMoveEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

PipelineView::PipelineView(BoardModel *model, QUndoStack *undoStack, AppSettings *settings,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_settings(settings)
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_board(new QWidget)
    , m_boardLayout(new QHBoxLayout(m_board))
    , m_stageMenu(new QMenu(tr("Stage"), this))
    , m_autoScroll(new QTimer(this))
{
    m_autoScroll->setInterval(30);
    connect(m_autoScroll, &QTimer::timeout, this, &PipelineView::autoScrollStep);
    setObjectName(QStringLiteral("pipelineView"));
    createActions();

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search company, role, location or notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setAccessibleName(tr("Search applications"));
    connect(m_search, &QLineEdit::textChanged, m_model, &BoardModel::setFilterText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *closedButton = new QToolButton(this);
    closedButton->setDefaultAction(m_showClosedAction);
    closedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(8, 8, 8, 4);
    toolbar->addWidget(newButton);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_search, 1);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_summary);
    toolbar->addStretch(0);
    toolbar->addSpacing(8);
    toolbar->addWidget(closedButton);

    m_boardLayout->setContentsMargins(8, 4, 8, 8);
    m_boardLayout->setSpacing(8);
    // Only a frame around the columns: Tab goes to the cards, never to an unnamed area
    // that shows no focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_board);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_scroll, 1);

    m_stageMenu->addAction(m_renameStageAction);
    m_stageMenu->addAction(m_stageLeftAction);
    m_stageMenu->addAction(m_stageRightAction);
    m_stageMenu->addSeparator();
    m_stageMenu->addAction(m_removeStageAction);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineView::rebuildColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!m_model->isCard(topLeft))
            refreshHeaders();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PipelineView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PipelineView::updateSummary);
    connect(m_model, &BoardModel::moveRequested, this, &PipelineView::onMoveRequested);
    rebuildColumns();
}

QAction *PipelineView::makeAction(const QString &text, const QKeySequence &shortcut,
                                  void (PipelineView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void PipelineView::createActions()
{
    m_newAction =
        makeAction(tr("&New application…"), QKeySequence::New, &PipelineView::newApplication);
    m_editAction = makeAction(tr("&Edit application…"), QKeySequence(Qt::Key_Return),
                              &PipelineView::editSelected);
    // Return only edits when a column has focus, never while typing in the search field.
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_archiveAction = makeAction(tr("&Archive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                 &PipelineView::archiveSelected);
    m_deleteAction =
        makeAction(tr("&Delete…"), QKeySequence::Delete, &PipelineView::deleteSelected);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_archiveListAction = new QAction(tr("Archi&ved applications…"), this);
    connect(m_archiveListAction, &QAction::triggered, this, &PipelineView::showArchive);

    m_previousStageAction = new QAction(tr("Move to &previous stage"), this);
    m_previousStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(m_previousStageAction, &QAction::triggered, this,
            [this] { moveSelectedToNeighbourStage(-1); });
    m_nextStageAction = new QAction(tr("Move to ne&xt stage"), this);
    m_nextStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_nextStageAction, &QAction::triggered, this,
            [this] { moveSelectedToNeighbourStage(1); });
    m_upAction = new QAction(tr("Move &up"), this);
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelectedWithinStage(-1); });
    m_downAction = new QAction(tr("Move do&wn"), this);
    m_downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelectedWithinStage(1); });
    for (QAction *action : {m_previousStageAction, m_nextStageAction, m_upAction, m_downAction})
        addAction(action);

    m_addStageAction = new QAction(tr("&Add stage…"), this);
    connect(m_addStageAction, &QAction::triggered, this, [this] { addStage(false); });
    m_addClosedStageAction = new QAction(tr("Add &closed stage…"), this);
    connect(m_addClosedStageAction, &QAction::triggered, this, [this] { addStage(true); });
    m_renameStageAction = new QAction(tr("&Rename stage…"), this);
    connect(m_renameStageAction, &QAction::triggered, this, &PipelineView::renameStage);
    m_stageLeftAction = new QAction(tr("Move stage &left"), this);
    connect(m_stageLeftAction, &QAction::triggered, this, [this] { moveStage(-1); });
    m_stageRightAction = new QAction(tr("Move stage r&ight"), this);
    connect(m_stageRightAction, &QAction::triggered, this, [this] { moveStage(1); });
    m_removeStageAction = new QAction(tr("Re&move stage…"), this);
    connect(m_removeStageAction, &QAction::triggered, this, &PipelineView::removeStage);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_showClosedAction = new QAction(tr("Show &closed stages"), this);
    m_showClosedAction->setCheckable(true);
    m_showClosedAction->setChecked(m_settings ? m_settings->showClosedStages() : true);
    connect(m_showClosedAction, &QAction::toggled, this, [this](bool show) {
        for (QWidget *widget : std::as_const(m_closedWidgets))
            widget->setVisible(show);
        if (m_settings)
            m_settings->setShowClosedStages(show);
    });
}

QList<QAction *> PipelineView::editingActions() const
{
    return {m_newAction, m_editAction};
}

QList<QAction *> PipelineView::movingActions() const
{
    return {m_previousStageAction, m_nextStageAction, m_upAction, m_downAction};
}

QList<QAction *> PipelineView::removingActions() const
{
    return {m_archiveAction, m_deleteAction, nullptr, m_archiveListAction};
}

QList<QAction *> PipelineView::stageActions() const
{
    return {m_addStageAction,   m_addClosedStageAction, m_renameStageAction,
            m_stageLeftAction,  m_stageRightAction,     nullptr,
            m_removeStageAction};
}

CardListView *PipelineView::columnView(int stageRow) const
{
    return stageRow >= 0 && stageRow < m_columns.size() ? m_columns.at(stageRow)->view() : nullptr;
}

void PipelineView::rebuildColumns()
{
    const int scrollX = m_scroll->horizontalScrollBar()->value();
    // The closed group lists its columns too; delete each widget once.
    for (QWidget *widget : std::as_const(m_closedWidgets))
        if (!m_columns.contains(qobject_cast<StageColumn *>(widget)))
            delete widget;
    m_closedWidgets.clear();
    qDeleteAll(m_columns);
    m_columns.clear();
    while (QLayoutItem *item = m_boardLayout->takeAt(0))
        delete item;

    bool closedStarted = false;
    for (int row = 0; row < m_model->stageCount(); ++row) {
        const StageInfo stage = m_model->stageAt(row);
        if (stage.closed && !closedStarted) {
            closedStarted = true;
            auto *separator = new QFrame(m_board);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            m_boardLayout->addWidget(separator);
            m_closedWidgets.append(separator);
        }
        auto *column = new StageColumn(m_model, row, m_stageMenu, m_board);
        m_boardLayout->addWidget(column);
        m_columns.append(column);
        if (stage.closed)
            m_closedWidgets.append(column);
        CardListView *view = column->view();
        view->viewport()->installEventFilter(this);
        view->addAction(m_editAction);
        view->addAction(m_deleteAction);
        connect(view, &QAbstractItemView::activated, this, &PipelineView::editSelected);
        connect(view, &CardListView::focused, this, [this, row] { setActiveStageRow(row); });
        connect(view, &CardListView::neighbourRequested, this, [this, row](int direction) {
            int next = row + direction;
            while (next >= 0 && next < m_columns.size() && !m_columns.at(next)->isVisible())
                next += direction;
            if (next < 0 || next >= m_columns.size())
                return;
            CardListView *target = m_columns.at(next)->view();
            target->setFocus(Qt::TabFocusReason);
            // The card with the keyboard's focus is the one the next command acts on, so it
            // becomes the selection and nothing stays selected in the column left behind.
            QModelIndex current = target->currentIndex();
            if (!current.isValid() && m_model->rowCount(target->rootIndex()) > 0)
                current = m_model->index(0, 0, target->rootIndex());
            m_clearingSelection = true;
            for (StageColumn *other : std::as_const(m_columns))
                if (other->view() != target)
                    other->view()->selectionModel()->clearSelection();
            m_clearingSelection = false;
            if (current.isValid())
                target->selectionModel()->setCurrentIndex(current,
                                                          QItemSelectionModel::ClearAndSelect);
            setActiveStageRow(next);
        });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, row] { onSelectionChanged(row); });
    }
    m_boardLayout->addStretch(1);
    for (QWidget *widget : std::as_const(m_closedWidgets))
        widget->setVisible(m_showClosedAction->isChecked());
    m_activeStage = std::clamp(m_activeStage, 0, std::max(0, int(m_columns.size()) - 1));
    if (!m_columns.isEmpty())
        m_columns.at(m_activeStage)->setActive(true);
    m_scroll->horizontalScrollBar()->setValue(scrollX);
    updateSummary();
    updateActions();
}

bool PipelineView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragMove: {
        auto *viewport = qobject_cast<QWidget *>(watched);
        const QPoint pos = static_cast<QDragMoveEvent *>(event)->position().toPoint();
        const int x = viewport->mapTo(m_scroll->viewport(), pos).x();
        const int edge = 48;
        m_autoScrollDirection = x < edge ? -1 : (x > m_scroll->viewport()->width() - edge ? 1 : 0);
        if (m_autoScrollDirection != 0 && !m_autoScroll->isActive())
            m_autoScroll->start();
        break;
    }
    case QEvent::DragLeave:
    case QEvent::Drop:
        m_autoScrollDirection = 0;
        m_autoScroll->stop();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineView::autoScrollStep()
{
    QScrollBar *bar = m_scroll->horizontalScrollBar();
    if (m_autoScrollDirection == 0 ||
        bar->value() == (m_autoScrollDirection < 0 ? bar->minimum() : bar->maximum())) {
        m_autoScroll->stop();
        return;
    }
    bar->setValue(bar->value() + m_autoScrollDirection * 24);
}

void PipelineView::refreshHeaders()
{
    for (StageColumn *column : std::as_const(m_columns))
        column->refreshHeader();
    updateSummary();
}

void PipelineView::updateSummary()
{
    const int total = m_model->totalCards();
    const int visible = m_model->visibleCards();
    if (m_model->filterText().trimmed().isEmpty())
        m_summary->setText(tr("%n application(s)", nullptr, total));
    else
        m_summary->setText(
            tr("%1 of %n application(s) match", nullptr, total).arg(QLocale().toString(visible)));
}

void PipelineView::setActiveStageRow(int row)
{
    if (row < 0 || row >= m_columns.size())
        return;
    if (m_activeStage >= 0 && m_activeStage < m_columns.size())
        m_columns.at(m_activeStage)->setActive(false);
    m_activeStage = row;
    m_columns.at(row)->setActive(true);
    updateActions();
}

void PipelineView::onSelectionChanged(int stageRow)
{
    if (m_clearingSelection)
        return;
    // A plain click selects in one column only; Ctrl or Shift adds across columns.
    const Qt::KeyboardModifiers modifiers = QApplication::keyboardModifiers();
    CardListView *view = columnView(stageRow);
    if (view && view->selectionModel()->hasSelection() &&
        !(modifiers & (Qt::ControlModifier | Qt::ShiftModifier))) {
        m_clearingSelection = true;
        for (int row = 0; row < m_columns.size(); ++row)
            if (row != stageRow)
                m_columns.at(row)->view()->selectionModel()->clearSelection();
        m_clearingSelection = false;
    }
    if (view && view->selectionModel()->hasSelection())
        setActiveStageRow(stageRow);
    updateActions();
}

QList<qint64> PipelineView::selectedIds() const
{
    QList<qint64> ids;
    for (StageColumn *column : m_columns) {
        QModelIndexList rows = column->view()->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : std::as_const(rows))
            if (m_model->isCard(index))
                ids.append(m_model->cardId(index));
    }
    return ids;
}

void PipelineView::selectCards(const QList<qint64> &ids)
{
    m_clearingSelection = true;
    for (StageColumn *column : std::as_const(m_columns))
        column->view()->selectionModel()->clearSelection();
    CardListView *focusView = nullptr;
    for (qint64 id : ids) {
        const QModelIndex index = m_model->cardIndex(id);
        if (!index.isValid())
            continue;
        CardListView *view = columnView(index.parent().row());
        if (!view)
            continue;
        if (!focusView) {
            focusView = view;
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            setActiveStageRow(index.parent().row());
        }
        view->selectionModel()->select(index, QItemSelectionModel::Select);
        view->scrollTo(index);
    }
    m_clearingSelection = false;
    if (focusView)
        focusView->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void PipelineView::focusBoard()
{
    for (StageColumn *column : std::as_const(m_columns)) {
        CardListView *view = column->view();
        if (!column->isVisibleTo(this) || m_model->rowCount(view->rootIndex()) == 0)
            continue;
        if (!view->currentIndex().isValid())
            view->selectionModel()->setCurrentIndex(m_model->index(0, 0, view->rootIndex()),
                                                    QItemSelectionModel::ClearAndSelect);
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_columns.isEmpty())
        m_columns.first()->view()->setFocus(Qt::OtherFocusReason);
}

void PipelineView::updateActions()
{
    const bool writable = !m_model->store()->database().isReadOnly();
    const bool hasSelection = !selectedIds().isEmpty();
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(hasSelection);
    for (QAction *action : {m_archiveAction, m_deleteAction, m_previousStageAction,
                            m_nextStageAction, m_upAction, m_downAction})
        action->setEnabled(writable && hasSelection);
    const bool hasStage = !m_columns.isEmpty();
    for (QAction *action : {m_addStageAction, m_addClosedStageAction})
        action->setEnabled(writable);
    for (QAction *action :
         {m_renameStageAction, m_stageLeftAction, m_stageRightAction, m_removeStageAction})
        action->setEnabled(writable && hasStage);
}

void PipelineView::showError(const QString &message)
{
    Prompter::instance().error(window(), tr("SecondRound"), message);
}

bool PipelineView::refuseIfReadOnly()
{
    if (!m_model->store()->database().isReadOnly())
        return false;
    showError(tr("This file is open read-only, so nothing can be changed. Use File > Save a "
                 "copy as to make an editable copy."));
    return true;
}

// ---- Applications ---------------------------------------------------------------------

void PipelineView::newApplication()
{
    if (refuseIfReadOnly())
        return;
    auto stages = m_model->store()->stages();
    if (!stages) {
        showError(stages.error());
        return;
    }
    StageInfo preselected = m_model->stageAt(m_activeStage);
    if (preselected.closed || preselected.id == 0)
        preselected = m_model->stageAt(0);
    ApplicationDialog dialog(m_model->store(), window());
    dialog.prepareNew(stages.value(), preselected.id);
    if (m_notes)
        dialog.showSalaryFigures({});
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    const SalaryFigures figures = dialog.salaryFigures();
    // The application and its figures are one step: undo takes back both.
    if (!figures.isEmpty())
        m_undoStack->beginMacro(tr("New application"));
    auto *command = new AddApplicationCommand(m_model, dialog.fields(), dialog.stageId());
    m_undoStack->push(command);
    if (!figures.isEmpty()) {
        if (command->applicationId() != 0)
            m_undoStack->push(new SalaryCommand(m_notes, command->applicationId(), {}, figures));
        m_undoStack->endMacro();
    }
    if (command->applicationId() != 0)
        selectCards({command->applicationId()});
}

void PipelineView::editSelected()
{
    const QList<qint64> ids = selectedIds();
    qint64 id = ids.isEmpty() ? 0 : ids.first();
    if (CardListView *view = columnView(m_activeStage);
        view && view->currentIndex().isValid() &&
        ids.contains(m_model->cardId(view->currentIndex())))
        id = m_model->cardId(view->currentIndex());
    if (id == 0)
        return;
    ApplicationDialog dialog(m_model->store(), window());
    if (Status loaded = dialog.prepareEdit(id); !loaded) {
        showError(loaded.error());
        return;
    }
    SalaryFigures storedFigures;
    if (m_notes) {
        auto figures = m_notes->store()->salary(id);
        if (!figures) {
            showError(figures.error());
            return;
        }
        storedFigures = figures.value();
        dialog.showSalaryFigures(storedFigures);
    }
    const ApplicationFields before = dialog.fields();
    const SalaryFigures figuresBefore = dialog.salaryFigures();
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    if (refuseIfReadOnly())
        return;
    const ApplicationFields after = dialog.fields();
    const SalaryFigures figuresAfter = dialog.salaryFigures();
    const bool fieldsChanged = after != before;
    const bool figuresChanged = m_notes && figuresAfter != figuresBefore;
    if (!fieldsChanged && !figuresChanged)
        return;
    // One undo step for one press of Save, whatever it changed.
    if (fieldsChanged && figuresChanged)
        m_undoStack->beginMacro(tr("Edit application"));
    if (fieldsChanged)
        m_undoStack->push(new EditApplicationCommand(m_model, id, after));
    if (figuresChanged)
        m_undoStack->push(new SalaryCommand(m_notes, id, storedFigures, figuresAfter));
    if (fieldsChanged && figuresChanged)
        m_undoStack->endMacro();
    selectCards({id});
}

void PipelineView::archiveSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || refuseIfReadOnly())
        return;
    m_undoStack->push(
        new RemoveApplicationsCommand(m_model, ids, RemoveApplicationsCommand::Mode::Archive));
}

void PipelineView::showArchive()
{
    ArchiveDialog dialog(m_model, m_undoStack, window());
    Prompter::instance().run(dialog);
}

void PipelineView::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || refuseIfReadOnly())
        return;
    // Say what goes with them: the rounds and everything written about them.
    auto rounds = m_model->store()->roundCount(ids);
    if (!rounds) {
        showError(rounds.error());
        return;
    }
    const int roundCount = rounds.value();
    QString question;
    if (ids.size() == 1) {
        const QModelIndex index = m_model->cardIndex(ids.first());
        const QString job = index.data(BoardModel::JobRole).toString();
        const QString company = index.data(BoardModel::CompanyRole).toString();
        question = roundCount == 0
                       ? tr("Delete the application for %1 at %2? Its stage history is deleted "
                            "too. Edit > Undo brings it back.")
                             .arg(job, company)
                       : tr("Delete the application for %1 at %2 and its %n interview round(s)? "
                            "Their people, notes and letters go with them, and the stage "
                            "history too. Edit > Undo brings it all back.",
                            nullptr, roundCount)
                             .arg(job, company);
    } else {
        const QString applications = tr("Delete %n applications?", nullptr, int(ids.size()));
        question = roundCount == 0
                       ? tr("%1 Their stage history is deleted too. Edit > Undo brings them "
                            "back.")
                             .arg(applications)
                       : tr("%1 Their %n interview round(s), with people, notes and letters, "
                            "and their stage history are deleted too. Edit > Undo brings it all "
                            "back.",
                            nullptr, roundCount)
                             .arg(applications);
    }
    if (!Prompter::instance().confirm(window(), tr("Delete applications"), question, tr("Delete")))
        return;
    m_undoStack->push(
        new RemoveApplicationsCommand(m_model, ids, RemoveApplicationsCommand::Mode::Delete));
}

void PipelineView::onMoveRequested(const QList<qint64> &ids, qint64 toStageId, qint64 beforeId)
{
    if (refuseIfReadOnly())
        return;
    const StageInfo stage = m_model->stageAt(m_model->stageRow(toStageId));
    m_undoStack->push(new MoveCardsCommand(
        m_model, ids, toStageId, beforeId,
        tr("Move %n card(s) to %1", nullptr, int(ids.size())).arg(stage.name)));
    selectCards(ids);
}

void PipelineView::moveSelectedToNeighbourStage(int direction)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || refuseIfReadOnly())
        return;
    const int from = m_model->cardIndex(ids.first()).parent().row();
    int target = from + direction;
    while (target >= 0 && target < m_columns.size() && !m_columns.at(target)->isVisible())
        target += direction;
    if (from < 0 || target < 0 || target >= m_model->stageCount())
        return;
    // Land on top of the column, where it is seen at once.
    onMoveRequested(ids, m_model->stageAt(target).id, m_model->anchorForDrop(target, 0, ids));
}

void PipelineView::moveSelectedWithinStage(int direction)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || refuseIfReadOnly())
        return;
    const QModelIndex first = m_model->cardIndex(ids.first());
    const QModelIndex last = m_model->cardIndex(ids.last());
    if (!first.isValid() || first.parent() != last.parent())
        return;
    const int stageRow = first.parent().row();
    qint64 before = 0;
    if (direction < 0) {
        if (first.row() == 0)
            return;
        before = m_model->cardId(m_model->index(first.row() - 1, 0, first.parent()));
    } else {
        if (last.row() + 1 >= m_model->rowCount(last.parent()))
            return;
        before = m_model->anchorForDrop(stageRow, last.row() + 2, ids);
    }
    m_undoStack->push(new MoveCardsCommand(m_model, ids, m_model->stageAt(stageRow).id, before,
                                           tr("Reorder cards")));
    selectCards(ids);
}

// ---- Stages ---------------------------------------------------------------------------

void PipelineView::addStage(bool closed)
{
    if (refuseIfReadOnly())
        return;
    const auto name = Prompter::instance().text(
        window(), closed ? tr("Add closed stage") : tr("Add stage"), tr("Stage name:"), QString());
    if (!name)
        return;
    if (Status valid = m_model->store()->validateStageName(*name, 0); !valid) {
        showError(valid.error());
        return;
    }
    m_undoStack->push(new AddStageCommand(m_model, *name, closed));
}

void PipelineView::renameStage()
{
    if (refuseIfReadOnly())
        return;
    const StageInfo stage = m_model->stageAt(m_activeStage);
    if (stage.id == 0)
        return;
    const auto name =
        Prompter::instance().text(window(), tr("Rename stage"), tr("Stage name:"), stage.name);
    if (!name || name->trimmed() == stage.name)
        return;
    if (Status valid = m_model->store()->validateStageName(*name, stage.id); !valid) {
        showError(valid.error());
        return;
    }
    m_undoStack->push(new RenameStageCommand(m_model, stage.id, stage.name, *name));
}

void PipelineView::moveStage(int direction)
{
    if (refuseIfReadOnly())
        return;
    const StageInfo stage = m_model->stageAt(m_activeStage);
    const StageInfo neighbour = m_model->stageAt(m_activeStage + direction);
    // Open and closed stages keep to their own groups.
    if (stage.id == 0 || neighbour.id == 0 || neighbour.closed != stage.closed)
        return;
    m_undoStack->push(new SwapStagesCommand(m_model, stage.id, neighbour.id));
    setActiveStageRow(m_model->stageRow(stage.id));
}

void PipelineView::removeStage()
{
    if (refuseIfReadOnly())
        return;
    const StageInfo stage = m_model->stageAt(m_activeStage);
    if (stage.id == 0)
        return;
    if (m_model->stageCount() <= 1) {
        showError(tr("The board needs at least one stage."));
        return;
    }
    const int cards = m_model->stageIndex(m_activeStage).data(BoardModel::TotalCountRole).toInt();
    qint64 target = 0;
    if (cards > 0) {
        QStringList names;
        QList<qint64> ids;
        for (int row = 0; row < m_model->stageCount(); ++row)
            if (row != m_activeStage) {
                names << m_model->stageAt(row).name;
                ids << m_model->stageAt(row).id;
            }
        const auto choice = Prompter::instance().choose(
            window(), tr("Remove stage “%1”").arg(stage.name),
            tr("Choose the stage for the %n application(s) now in “%1”:", nullptr, cards)
                .arg(stage.name),
            names, 0);
        if (!choice || *choice < 0 || *choice >= ids.size())
            return;
        target = ids.at(*choice);
    } else if (!Prompter::instance().confirm(window(), tr("Remove stage"),
                                             tr("Remove the empty stage “%1”?").arg(stage.name),
                                             tr("Remove"))) {
        return;
    }
    m_undoStack->push(new RemoveStageCommand(m_model, stage.id, target, stage.name));
}
