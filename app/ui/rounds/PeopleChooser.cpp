#include "ui/rounds/PeopleChooser.h"

#include "core/RoundStore.h"
#include "models/RoundSignals.h"
#include "models/rounds/CompanyPeopleModel.h"
#include "models/rounds/PeopleChoiceModel.h"
#include "ui/rounds/PersonDeletion.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace {

// Marks the ticks' changes inside its scope as not the user's.
class Quiet
{
public:
    explicit Quiet(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~Quiet() { --m_depth; }
    Quiet(const Quiet &) = delete;
    Quiet &operator=(const Quiet &) = delete;

private:
    int &m_depth;
};

} // namespace

PeopleChooser::PeopleChooser(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_signals(roundSignals)
{
    if (m_store)
        m_model = new CompanyPeopleModel(m_store->database(), this);
    m_choice = new PeopleChoiceModel(CompanyPeopleModel::NameColumn, this);
    m_choice->setSourceModel(m_model);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setDynamicSortFilter(false);
    m_sorted->setSortRole(PeopleChoiceModel::OrderRole);
    m_sorted->setSourceModel(m_choice);
    m_sorted->sort(CompanyPeopleModel::NameColumn);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("peopleList"));
    m_view->setModel(m_sorted);
    m_view->setModelColumn(CompanyPeopleModel::NameColumn);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setToolTip(tr("Space ticks who attends; Alt+Up and Alt+Down change the order "
                          "they are listed in; Delete deletes the person."));
    const auto addViewAction = [this](const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        return action;
    };
    m_moveUpAction = addViewAction(tr("Move up in the round"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUpAction->setObjectName(QStringLiteral("movePersonUpAction"));
    m_moveDownAction =
        addViewAction(tr("Move down in the round"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDownAction->setObjectName(QStringLiteral("movePersonDownAction"));
    m_deleteAction = addViewAction(tr("Delete person…"), QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deletePersonAction"));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrentPerson(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrentPerson(1); });
    connect(m_deleteAction, &QAction::triggered, this, &PeopleChooser::deleteCurrentPerson);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("peopleProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit currentPersonChanged();
    });
    connect(m_choice, &PeopleChoiceModel::chosenChanged, this, [this] {
        updateActions();
        emit chosenChanged();
        if (m_quiet == 0)
            emit chosenEdited();
    });
    updateActions();
}

void PeopleChooser::setCompany(qint64 companyId)
{
    m_companyId = companyId;
}

void PeopleChooser::setChosen(const QList<qint64> &ids)
{
    const Quiet quiet(m_quiet);
    m_choice->setChosen(ids);
}

void PeopleChooser::setChosen(qint64 personId, bool chosen)
{
    const Quiet quiet(m_quiet);
    m_choice->setChosen(personId, chosen);
}

QList<qint64> PeopleChooser::chosen() const
{
    return m_choice->chosen();
}

void PeopleChooser::setTickable(bool tickable)
{
    m_choice->setTickable(tickable);
    updateActions();
}

Status PeopleChooser::reload(QList<qint64> *forgotten)
{
    if (!m_model)
        return Status::failure(tr("No file is open."));
    const Quiet quiet(m_quiet);
    const qint64 current = currentPersonId();
    // The ticked people stay listed even when they belong to another company, so saving
    // explains the problem instead of hiding it.
    m_model->setCompany(m_companyId, m_choice->chosen());
    if (Status read = m_model->refresh(); !read) {
        // Shown where the list is, so an empty or stale list is never taken for the truth.
        m_problem->setText(read.error());
        m_problem->show();
        if (m_signals)
            m_signals->reportError(read.error());
        updateActions();
        return read;
    }
    m_problem->hide();
    // Only once the list has its columns does the view accept the one to show.
    m_view->setModelColumn(CompanyPeopleModel::NameColumn);
    const QList<qint64> gone = m_choice->forgetUnlisted();
    if (forgotten)
        *forgotten += gone;
    m_sorted->invalidate();
    setCurrentPerson(current);
    updateActions();
    return Status::success();
}

int PeopleChooser::count() const
{
    return m_sorted->rowCount();
}

qint64 PeopleChooser::currentPersonId() const
{
    return m_view->currentIndex().data(PeopleChoiceModel::PersonIdRole).toLongLong();
}

void PeopleChooser::setCurrentPerson(qint64 personId)
{
    if (personId == 0)
        return;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, CompanyPeopleModel::NameColumn);
        if (index.data(PeopleChoiceModel::PersonIdRole).toLongLong() == personId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void PeopleChooser::updateActions()
{
    const qint64 person = currentPersonId();
    m_deleteAction->setEnabled(person != 0 && PersonDeletion::possible(m_store, m_undoStack));
    const QList<qint64> chosen = m_choice->chosen();
    const int at = m_choice->isTickable() ? int(chosen.indexOf(person)) : -1;
    m_moveUpAction->setEnabled(at > 0);
    m_moveDownAction->setEnabled(at >= 0 && at + 1 < chosen.size());
}

void PeopleChooser::moveCurrentPerson(int delta)
{
    const qint64 person = currentPersonId();
    if (!m_choice->isTickable() || !m_choice->moveChosen(person, delta))
        return;
    m_sorted->invalidate();
    setCurrentPerson(person);
    updateActions();
}

void PeopleChooser::deleteCurrentPerson()
{
    const qint64 person = currentPersonId();
    if (person == 0 || !m_deleteAction->isEnabled())
        return;
    if (!PersonDeletion::confirmAndDelete(this, m_store, m_undoStack, m_signals, person))
        return;
    emit personDeleted();
}
