#include "ui/notes/NotesPage.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "core/notes/NotesStore.h"
#include "models/notes/NotesFeature.h"
#include "models/notes/NotesRoundList.h"
#include "ui/notes/NotesEditor.h"
#include "ui/notes/NotesSearchDelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

enum ResultRole { RoundRole = Qt::UserRole + 1, ApplicationRole, CompanyRole };

} // namespace

NotesPage::NotesPage(NotesFeature *feature, RoundStore *rounds, QUndoStack *undoStack,
                     bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_feature(feature)
    , m_rounds(rounds)
    , m_list(new NotesRoundList(this))
    , m_results(new QStandardItemModel(this))
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_left(new QStackedWidget)
    , m_roundView(new QTreeView)
    , m_resultView(new QListView)
    , m_editor(new NotesEditor(feature, rounds, undoStack, readOnly))
{
    setObjectName(QStringLiteral("notesPage"));
    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setPlaceholderText(tr("Search all notes and job descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search notes"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &NotesPage::search);
    // Down from the search field goes into the list it shows.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QAbstractItemView *view = m_left->currentIndex() == 1
                                      ? static_cast<QAbstractItemView *>(m_resultView)
                                      : m_roundView;
        view->setFocus();
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    });

    m_roundView->setObjectName(QStringLiteral("notesRounds"));
    m_roundView->setModel(m_list);
    m_roundView->setHeaderHidden(true);
    m_roundView->setUniformRowHeights(true);
    m_roundView->setAccessibleName(tr("Rounds"));
    m_roundView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_roundView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { roundSelected(current); });

    m_resultView->setObjectName(QStringLiteral("notesResults"));
    m_resultView->setModel(m_results);
    m_resultView->setItemDelegate(new NotesSearchDelegate(m_resultView));
    m_resultView->setWordWrap(true);
    m_resultView->setAccessibleName(tr("Search results"));
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_resultView, &QListView::activated, this, &NotesPage::openResult);
    connect(m_resultView, &QListView::clicked, this, &NotesPage::openResult);

    m_left->addWidget(m_roundView);
    m_left->addWidget(m_resultView);

    auto *leftSide = new QWidget;
    auto *leftLayout = new QVBoxLayout(leftSide);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_left, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(leftSide);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_editor, &NotesEditor::errorOccurred, this, &NotesPage::errorOccurred);
    connect(m_feature, &NotesFeature::errorOccurred, this, &NotesPage::errorOccurred);
    // Ticks change the "Prep 5/9" in the list; a first debrief removes the prompt.
    connect(m_feature, &NotesFeature::notesChanged, this, &NotesPage::reload);
    connect(m_editor, &NotesEditor::saved, this, [this](qint64 roundId) {
        const QModelIndex current = m_roundView->currentIndex();
        // The first words of a debrief end the prompt here and elsewhere (the calendar):
        // everyone listening reads again, this page included.
        if (current.data(NotesRoundList::NeedsDebriefRole).toBool())
            m_feature->notifyChanged(roundId);
    });
}

void NotesPage::reload()
{
    const qint64 selected = m_editor->round();
    if (Status ok = m_list->reload(m_rounds, m_feature->store(), Clock::nowUtc()); !ok) {
        emit errorOccurred(ok.error());
        return;
    }
    m_roundView->expandAll();
    QModelIndex index = selected ? m_list->indexOfRound(selected) : QModelIndex();
    if (!index.isValid())
        index = m_list->firstRound();
    if (index.isValid()) {
        const QSignalBlocker blocker(m_roundView->selectionModel());
        m_roundView->setCurrentIndex(index);
        m_roundView->scrollTo(index);
    }
    m_editor->setRound(index.isValid() ? index.data(NotesRoundList::RoundIdRole).toLongLong() : 0);
}

void NotesPage::showRound(qint64 roundId)
{
    if (!m_search->text().isEmpty())
        m_search->clear();
    m_left->setCurrentIndex(0);
    QModelIndex index = m_list->indexOfRound(roundId);
    if (!index.isValid()) {
        reload(); // a round made since the list was read
        index = m_list->indexOfRound(roundId);
    }
    if (index.isValid())
        m_roundView->setCurrentIndex(index);
    m_editor->setRound(roundId);
}

void NotesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void NotesPage::roundSelected(const QModelIndex &index)
{
    const qint64 roundId = index.data(NotesRoundList::RoundIdRole).toLongLong();
    if (roundId > 0)
        m_editor->setRound(roundId);
}

void NotesPage::search()
{
    const QString text = m_search->text();
    if (NotesStore::matchExpression(text).isEmpty()) {
        m_left->setCurrentIndex(0);
        m_results->clear();
        return;
    }
    // What is typed is in the index before it is searched.
    (void)m_editor->saveNow();
    auto hits = m_feature->store()->search(text, 100);
    if (!hits) {
        emit errorOccurred(hits.error());
        return;
    }
    m_results->clear();
    for (const NotesSearchHit &hit : hits.value()) {
        QString heading;
        switch (hit.kind) {
        case NotesSearchHit::Kind::RoundNotes: {
            const QModelIndex round = m_list->indexOfRound(hit.roundId);
            heading = tr("%1: %2, round notes").arg(hit.company, hit.role);
            if (round.isValid())
                heading =
                    tr("%1 · %2").arg(round.parent().data().toString(),
                                      round.data().toString().section(QStringLiteral(" · "), 0, 0));
            break;
        }
        case NotesSearchHit::Kind::Application:
            heading = tr("%1: %2, job description and notes").arg(hit.company, hit.role);
            break;
        case NotesSearchHit::Kind::CompanyResearch:
            heading = tr("%1, company research").arg(hit.company);
            break;
        }
        auto *item = new QStandardItem(heading + QStringLiteral(": ") +
                                       NotesSearchDelegate::plain(hit.excerpt));
        item->setEditable(false);
        item->setData(heading, NotesSearchDelegate::HeadingRole);
        item->setData(hit.excerpt, NotesSearchDelegate::ExcerptRole);
        item->setData(hit.roundId, RoundRole);
        item->setData(hit.applicationId, ApplicationRole);
        item->setData(hit.company, CompanyRole);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() == 0) {
        auto *none = new QStandardItem(tr("Nothing found"));
        none->setData(tr("Nothing found"), NotesSearchDelegate::HeadingRole);
        none->setEditable(false);
        none->setSelectable(false);
        m_results->appendRow(none);
    }
    m_left->setCurrentIndex(1);
}

void NotesPage::openResult(const QModelIndex &index)
{
    qint64 roundId = index.data(RoundRole).toLongLong();
    const qint64 applicationId = index.data(ApplicationRole).toLongLong();
    const QString company = index.data(CompanyRole).toString();
    // An application or its company: its first round in the list (the soonest ahead).
    for (int row = 0; roundId == 0 && row < m_list->rowCount(); ++row) {
        const QModelIndex group = m_list->index(row, 0);
        const bool matches =
            applicationId > 0
                ? group.data(NotesRoundList::ApplicationIdRole).toLongLong() == applicationId
                : group.data().toString().startsWith(company + QLatin1Char(':'));
        if (matches && m_list->rowCount(group) > 0)
            roundId = m_list->index(0, 0, group).data(NotesRoundList::RoundIdRole).toLongLong();
    }
    if (roundId == 0)
        return;
    QModelIndex round = m_list->indexOfRound(roundId);
    if (round.isValid()) {
        const QSignalBlocker blocker(m_roundView->selectionModel());
        m_roundView->setCurrentIndex(round);
    }
    m_editor->setRound(roundId);
}
