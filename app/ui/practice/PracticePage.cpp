#include "ui/practice/PracticePage.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "core/notes/NotesRules.h"
#include "core/notes/NotesStore.h"
#include "core/practice/PracticeStore.h"
#include "core/practice/QuestionCategory.h"
#include "core/practice/QuestionFile.h"
#include "models/practice/PracticeSignals.h"
#include "models/practice/QuestionBankProxy.h"
#include "ui/Prompter.h"
#include "ui/practice/PracticeChart.h"
#include "ui/practice/PracticeCommands.h"
#include "ui/practice/PracticeSession.h"
#include "ui/practice/QuestionDialog.h"
#include "ui/practice/RoundQuestionsDialog.h"
#include "ui/practice/StoryDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQueryModel>
#include <QSqlTableModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

PracticePage::PracticePage(PracticeStore *store, QUndoStack *undoStack,
                           PracticeSignals *practiceSignals, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_signals(practiceSignals ? practiceSignals : new PracticeSignals(this))
    , m_table(new QSqlTableModel(this, store->database().sql()))
    , m_proxy(nullptr)
    , m_storyModel(new QSqlQueryModel(this))
{
    m_table->setTable(QStringLiteral("questions"));
    m_table->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m_table->setSort(0, Qt::AscendingOrder);
    m_proxy = new QuestionBankProxy(m_table, this);

    m_newAction = makeAction(tr("&New question…"), QKeySequence::New, &PracticePage::newQuestion);
    m_editAction = makeAction(tr("&Edit question…"), QKeySequence(Qt::Key_Return),
                              &PracticePage::editQuestion);
    m_deleteAction =
        makeAction(tr("&Delete question"), QKeySequence::Delete, &PracticePage::deleteQuestions);
    m_newStoryAction = makeAction(tr("New s&tory…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                  &PracticePage::newStory);
    m_startAction = makeAction(tr("&Start practice"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                               &PracticePage::startPractice);
    m_linkAction = makeAction(tr("&Link to application…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                              &PracticePage::linkToApplication);
    m_debriefAction =
        makeAction(tr("Questions from a de&brief…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   &PracticePage::addFromDebriefs);
    m_toAskAction = makeAction(tr("Questions to &ask in the round…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                               &PracticePage::chooseQuestionsToAsk);
    m_findAction = new QAction(tr("&Find question"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_stack->setCurrentIndex(0);
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    m_importAction = new QAction(tr("Import &questions (CSV)…"), this);
    m_exportAction = new QAction(tr("Export q&uestions (CSV)…"), this);
    m_ankiAction = new QAction(tr("Export questions for &Anki…"), this);
    connect(m_importAction, &QAction::triggered, this, &PracticePage::importQuestions);
    connect(m_exportAction, &QAction::triggered, this, &PracticePage::exportQuestions);
    connect(m_ankiAction, &QAction::triggered, this, &PracticePage::exportAnki);

    m_stack = new QStackedWidget(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildBank(), tr("Questions"));
    m_tabs->addTab(buildStories(), tr("Stories"));
    m_tabs->addTab(buildProgress(), tr("Readiness and progress"));
    m_session = new PracticeSession(store, m_signals, undoStack, this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_session);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildStartBar());
    layout->addWidget(m_stack, 1);

    connect(m_session, &PracticeSession::finished, this, [this] {
        m_stack->setCurrentIndex(0);
        m_bankView->setFocus();
    });
    connect(m_signals, &PracticeSignals::errorOccurred, this, &PracticePage::errorOccurred);
    connect(m_signals, &PracticeSignals::questionsChanged, this, &PracticePage::reload);
    connect(m_signals, &PracticeSignals::storiesChanged, this, &PracticePage::reloadStories);
    connect(m_signals, &PracticeSignals::reviewsChanged, this, [this] {
        reloadBank();
        reloadProgress();
    });
}

PracticePage::~PracticePage() = default;

QAction *PracticePage::makeAction(const QString &text, const QKeySequence &shortcut,
                                  void (PracticePage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

QList<QAction *> PracticePage::menuActions() const
{
    return {m_startAction,  nullptr, m_newAction,     m_editAction,
            m_deleteAction, nullptr, m_newStoryAction};
}

QList<QAction *> PracticePage::fileActions() const
{
    return {m_importAction, m_exportAction, m_ankiAction};
}

QWidget *PracticePage::buildStartBar()
{
    auto *bar = new QWidget(this);
    m_mode = new QComboBox(bar);
    m_mode->addItem(tr("What is due"), Due);
    m_mode->addItem(tr("A category"), Category);
    m_mode->addItem(tr("For a round"), ForRound);
    m_mode->addItem(tr("At random"), Random);
    m_choice = new QComboBox(bar);
    m_choice->setMinimumContentsLength(24);
    m_count = new QSpinBox(bar);
    m_count->setRange(1, 200);
    m_count->setValue(10);
    m_count->setSuffix(tr(" questions"));
    m_seconds = new QSpinBox(bar);
    m_seconds->setRange(30, 600);
    m_seconds->setSingleStep(15);
    m_seconds->setValue(120);
    m_seconds->setSuffix(tr(" s per answer"));
    m_dueLabel = new QLabel(bar);
    m_dueLabel->setTextFormat(Qt::PlainText);
    auto *practise = new QLabel(tr("&Practise:"), bar);
    practise->setBuddy(m_mode);
    auto *start = new QPushButton(tr("Start"), bar);
    start->setToolTip(m_startAction->shortcut().toString(QKeySequence::NativeText));
    connect(start, &QPushButton::clicked, this, &PracticePage::startPractice);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PracticePage::updateChoices);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(practise);
    row->addWidget(m_mode);
    row->addWidget(m_choice);
    row->addWidget(m_count);
    row->addWidget(m_seconds);
    row->addWidget(start);
    row->addWidget(m_dueLabel, 1);
    updateChoices();
    return bar;
}

QWidget *PracticePage::buildBank()
{
    auto *page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search questions, answers and tags (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_categoryFilter = new QComboBox(page);
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString &key : QuestionCategory::keys())
        m_categoryFilter->addItem(QuestionCategory::name(key), key);
    m_bankView = new QTableView(page);
    m_bankView->setModel(m_proxy);
    m_bankView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bankView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The bank's own order (by category, as shipped) until the user sorts by a column;
    // enabling sorting would otherwise sort by the first column, descending.
    m_bankView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_bankView->setSortingEnabled(true);
    m_bankView->setWordWrap(false);
    m_bankView->verticalHeader()->hide();
    m_bankView->setAlternatingRowColors(true);
    m_detail = new QPlainTextEdit(page);
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Answer and stories of the chosen question"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_categoryFilter);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_newAction, m_editAction, m_deleteAction, m_linkAction})
        buttons->addWidget(buttonFor(action, page));
    buttons->addStretch();
    for (QAction *action : {m_importAction, m_exportAction, m_ankiAction})
        buttons->addWidget(buttonFor(action, page));
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_bankView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QuestionBankProxy::setSearchText);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_categoryFilter->currentData().toString()); });
    // Return and Delete act on the list only, never while typing in the search field.
    for (QAction *action : {m_editAction, m_deleteAction}) {
        removeAction(action);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_bankView->addAction(action);
    }
    connect(m_bankView, &QTableView::doubleClicked, this, &PracticePage::editQuestion);
    connect(m_bankView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PracticePage::updateDetail);
    return page;
}

QWidget *PracticePage::buildStories()
{
    auto *page = new QWidget(this);
    m_storyView = new QTableView(page);
    m_storyView->setModel(m_storyModel);
    m_storyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_storyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_storyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_storyView->verticalHeader()->hide();
    auto *edit = new QAction(tr("Edit story…"), page);
    edit->setShortcut(QKeySequence(Qt::Key_Return));
    edit->setShortcutContext(Qt::WidgetShortcut);
    m_storyView->addAction(edit);
    connect(edit, &QAction::triggered, this, &PracticePage::editStory);
    auto *remove = new QAction(tr("Delete story"), page);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_storyView->addAction(remove);
    connect(remove, &QAction::triggered, this, &PracticePage::deleteStory);
    connect(m_storyView, &QTableView::doubleClicked, this, &PracticePage::editStory);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_newStoryAction, edit, remove})
        buttons->addWidget(buttonFor(action, page));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_storyView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PracticePage::buildProgress()
{
    auto *page = new QWidget(this);
    m_readiness = new QListWidget(page);
    m_readiness->setMaximumHeight(140);
    m_retention = new QDoubleSpinBox(page);
    m_retention->setRange(0.80, 0.97);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setValue(m_store->desiredRetention());
    m_retention->setToolTip(tr("How likely you want to be to recall an answer when it falls due. "
                               "Higher means more practice."));
    m_chart = new PracticeChart(page);
    auto *form = new QFormLayout;
    auto *readinessTitle = new QLabel(tr("&Upcoming rounds:"), page);
    readinessTitle->setBuddy(m_readiness);
    form->addRow(readinessTitle, m_readiness);
    form->addRow(tr("&Desired retention:"), m_retention);
    auto *roundButtons = new QHBoxLayout;
    roundButtons->addWidget(buttonFor(m_toAskAction, page));
    roundButtons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(roundButtons);
    layout->addWidget(m_chart, 1);
    connect(m_retention, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (qFuzzyCompare(value, m_store->desiredRetention()))
            return;
        if (Status s = m_store->setDesiredRetention(value); !s)
            emit errorOccurred(s.error());
        reloadProgress();
    });
    connect(m_readiness, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_mode->setCurrentIndex(m_mode->findData(ForRound));
        m_choice->setCurrentIndex(m_choice->findData(item->data(Qt::UserRole)));
        startPractice();
    });
    return page;
}

void PracticePage::reload()
{
    reloadBank();
    reloadStories();
    reloadProgress();
}

void PracticePage::reloadBank()
{
    const qint64 current = currentQuestion();
    if (!m_table->select()) {
        emit errorOccurred(
            tr("The question bank could not be read: %1").arg(m_table->lastError().text()));
        return;
    }
    while (m_table->canFetchMore())
        m_table->fetchMore();
    const QList<int> visible = m_proxy->visibleColumns();
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_bankView->setColumnHidden(column, !visible.contains(column));
    QHeaderView *header = m_bankView->horizontalHeader();
    for (int i = 0; i < visible.size(); ++i)
        header->moveSection(header->visualIndex(visible.at(i)), i);
    header->setSectionResizeMode(m_proxy->textColumn(), QHeaderView::Stretch);
    header->setSectionResizeMode(visible.at(1), QHeaderView::ResizeToContents);
    if (current)
        selectQuestion(current);
    else if (m_proxy->rowCount() > 0 && !m_bankView->currentIndex().isValid())
        m_bankView->setCurrentIndex(m_proxy->index(0, m_proxy->textColumn()));
    updateDetail();
}

void PracticePage::reloadStories()
{
    m_storyModel->setQuery(QStringLiteral("SELECT id, title, measurable_result, skills FROM "
                                          "stories ORDER BY title COLLATE NOCASE, id"),
                           m_store->database().sql());
    if (m_storyModel->lastError().isValid())
        emit errorOccurred(m_storyModel->lastError().text());
    m_storyModel->setHeaderData(1, Qt::Horizontal, tr("Story"));
    m_storyModel->setHeaderData(2, Qt::Horizontal, tr("Measurable result"));
    m_storyModel->setHeaderData(3, Qt::Horizontal, tr("Skills"));
    m_storyView->setColumnHidden(0, true);
    m_storyView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    updateDetail();
}

void PracticePage::reloadProgress()
{
    const QDateTime now = Clock::nowUtc();
    auto readiness = m_store->readiness(now);
    if (!readiness) {
        emit errorOccurred(readiness.error());
        return;
    }
    m_rounds = readiness.take();
    m_readiness->clear();
    for (const RoundReadiness &round : std::as_const(m_rounds)) {
        auto *item = new QListWidgetItem(readinessText(round), m_readiness);
        item->setData(Qt::UserRole, round.roundId);
    }
    if (m_rounds.isEmpty())
        m_readiness->addItem(tr("No interview rounds ahead. Link questions to an application "
                                "to practise toward its rounds."));
    auto due = m_store->dueQueue(now);
    if (due)
        m_dueLabel->setText(tr("%n question(s) due", nullptr, int(due.value().size())));
    m_mode->setItemText(m_mode->findData(Due),
                        due ? tr("What is due (%1)").arg(due.value().size()) : tr("What is due"));
    const QDate today = now.toLocalTime().date();
    auto perDay = m_store->reviewsPerDay(today, 30);
    auto recall = m_store->recallByCategory();
    if (perDay && recall)
        m_chart->setData(today, perDay.value(), recall.value());
    updateChoices();
}

QString PracticePage::readinessText(const RoundReadiness &readiness)
{
    const QDateTime local = readiness.startsAt.toLocalTime();
    const qint64 days = Clock::nowUtc().toLocalTime().date().daysTo(local.date());
    const QString when = days < 7 ? QLocale().toString(local, QStringLiteral("ddd"))
                                  : QLocale().toString(local.date(), QLocale::ShortFormat);
    return tr("%1, round %2, %3: %4 of %n question(s) ready", nullptr, readiness.total)
        .arg(readiness.company)
        .arg(readiness.number)
        .arg(when)
        .arg(readiness.ready);
}

void PracticePage::updateChoices()
{
    const QVariant previous = m_choice->currentData();
    const int mode = m_mode->currentData().toInt();
    m_choice->clear();
    if (mode == Category) {
        for (const QString &key : QuestionCategory::keys())
            m_choice->addItem(QuestionCategory::name(key), key);
    } else if (mode == ForRound) {
        for (const RoundReadiness &round : std::as_const(m_rounds))
            m_choice->addItem(readinessText(round), round.roundId);
    }
    const int again = m_choice->findData(previous);
    if (again >= 0)
        m_choice->setCurrentIndex(again);
    m_choice->setVisible(mode == Category || mode == ForRound);
    m_count->setVisible(mode == Random);
}

void PracticePage::startPractice()
{
    const int mode = m_mode->currentData().toInt();
    Result<QList<qint64>> ids = QList<qint64>();
    QString title;
    if (mode == Due) {
        auto queue = m_store->dueQueue(Clock::nowUtc());
        if (!queue) {
            ids = queue.status();
        } else {
            QList<qint64> list;
            for (const QueueEntry &entry : queue.value())
                list << entry.questionId;
            ids = list;
        }
        title = tr("What is due");
    } else if (mode == Category) {
        ids = m_store->questionsInCategory(m_choice->currentData().toString());
        title = m_choice->currentText();
    } else if (mode == ForRound) {
        if (m_choice->count() == 0) {
            emit statusMessage(tr("No interview rounds ahead."));
            return;
        }
        ids = m_store->questionsForRound(m_choice->currentData().toLongLong());
        title = m_choice->currentText();
    } else {
        ids = m_store->randomQuestions(m_count->value());
        title = tr("At random");
    }
    if (!ids) {
        emit errorOccurred(ids.error());
        return;
    }
    if (ids.value().isEmpty()) {
        emit statusMessage(tr("Nothing to practise there right now."));
        return;
    }
    m_stack->setCurrentIndex(1);
    m_session->start(ids.value(), m_seconds->value(), title);
}

qint64 PracticePage::currentQuestion() const
{
    return m_proxy->questionId(m_bankView->currentIndex());
}

void PracticePage::selectQuestion(qint64 id)
{
    const QModelIndex index = m_proxy->indexOfQuestion(id);
    if (index.isValid()) {
        m_bankView->setCurrentIndex(index);
        m_bankView->scrollTo(index);
    }
}

void PracticePage::updateDetail()
{
    const qint64 id = currentQuestion();
    if (!id) {
        m_detail->setPlainText(tr("Choose a question to see your answer and stories."));
        return;
    }
    auto info = m_store->question(id);
    if (!info) {
        m_detail->setPlainText(info.error());
        return;
    }
    const QuestionFields &f = info.value().fields;
    QStringList lines{f.text};
    if (!f.audience.isEmpty())
        lines << tr("Suits: %1").arg(QuestionCategory::audienceName(f.audience));
    lines << (f.answer.trimmed().isEmpty() ? tr("No answer written yet.") : f.answer.trimmed());
    QStringList titles;
    for (qint64 storyId : f.storyIds) {
        auto story = m_store->story(storyId);
        if (story)
            titles << story.value().fields.title;
    }
    if (!titles.isEmpty())
        lines << tr("Stories: %1").arg(titles.join(QStringLiteral(", ")));
    if (!f.tags.isEmpty())
        lines << tr("Tags: %1").arg(f.tags.join(QStringLiteral(", ")));
    auto asked = m_store->askedAt(id);
    if (asked && !asked.value().isEmpty())
        lines << tr("Asked at: %1").arg(asked.value().join(QStringLiteral("; ")));
    const FsrsCard &card = info.value().card;
    if (card.reps > 0)
        lines << tr("Practised %n time(s); next: %1", nullptr, card.reps)
                     .arg(QLocale().toString(card.due.toLocalTime().date(), QLocale::ShortFormat));
    auto history = m_store->reviewHistory(id, 5);
    if (history && !history.value().isEmpty()) {
        static const char *const ratings[] = {QT_TR_NOOP("Again"), QT_TR_NOOP("Hard"),
                                              QT_TR_NOOP("Good"), QT_TR_NOOP("Easy")};
        lines << tr("History:");
        for (const ReviewRecord &record : history.value()) {
            QString line =
                tr("%1: %2, %3:%4")
                    .arg(QLocale().toString(record.at.toLocalTime().date(), QLocale::ShortFormat),
                         tr(ratings[int(record.rating) - 1]))
                    .arg(record.seconds / 60)
                    .arg(record.seconds % 60, 2, 10, QLatin1Char('0'));
            if (!record.forgot.isEmpty())
                line += QStringLiteral(" · ") + tr("forgot: %1").arg(record.forgot);
            lines << QStringLiteral("  ") + line;
        }
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

QList<StoryInfo> PracticePage::allStories() const
{
    auto stories = m_store->stories();
    return stories ? stories.value() : QList<StoryInfo>();
}

void PracticePage::newQuestion()
{
    QuestionFields fields;
    const QString category = m_categoryFilter->currentData().toString();
    if (!category.isEmpty())
        fields.category = category;
    QuestionDialog dialog(fields, allStories(), this);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    auto *command = new AddQuestionCommand(m_store, m_signals, dialog.fields());
    m_undoStack->push(command);
    if (command->questionId()) {
        // A new question may be hidden by the search; show it.
        if (!m_proxy->indexOfQuestion(command->questionId()).isValid()) {
            m_search->clear();
            m_categoryFilter->setCurrentIndex(0);
        }
        selectQuestion(command->questionId());
    }
}

void PracticePage::addFromDebrief(const QString &text, qint64 applicationId, qint64 roundId)
{
    QuestionFields fields;
    fields.text = text;
    auto existing = m_store->findByText(text);
    if (existing && existing.value() > 0) {
        if (Status s = m_store->linkApplication(existing.value(), applicationId, roundId); !s)
            emit errorOccurred(s.error());
        reload();
        selectQuestion(existing.value());
        return;
    }
    m_undoStack->push(new AddQuestionCommand(m_store, m_signals, fields, applicationId, roundId));
}

void PracticePage::editQuestion()
{
    const qint64 id = currentQuestion();
    if (!id)
        return;
    auto info = m_store->question(id);
    if (!info) {
        emit errorOccurred(info.error());
        return;
    }
    QuestionDialog dialog(info.value().fields, allStories(), this);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    m_undoStack->push(new EditQuestionCommand(m_store, m_signals, id, dialog.fields()));
    selectQuestion(id);
}

void PracticePage::deleteQuestions()
{
    QList<qint64> ids;
    for (const QModelIndex &index :
         m_bankView->selectionModel()->selectedRows(m_proxy->textColumn()))
        ids << m_proxy->questionId(index);
    if (ids.isEmpty() && currentQuestion())
        ids << currentQuestion();
    if (ids.isEmpty())
        return;
    // Undo brings everything back, history included, so no question is asked first.
    m_undoStack->push(new DeleteQuestionsCommand(m_store, m_signals, ids));
    emit statusMessage(
        tr("%n question(s) deleted. Edit > Undo brings them back.", nullptr, int(ids.size())));
}

qint64 PracticePage::currentStory() const
{
    const QModelIndex index = m_storyView->currentIndex();
    if (!index.isValid())
        return 0;
    return m_storyModel->data(m_storyModel->index(index.row(), 0)).toLongLong();
}

void PracticePage::newStory()
{
    StoryDialog dialog(StoryFields(), this);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    m_undoStack->push(new SaveStoryCommand(m_store, m_signals, 0, dialog.fields()));
    m_tabs->setCurrentIndex(1);
}

void PracticePage::editStory()
{
    const qint64 id = currentStory();
    if (!id)
        return;
    auto story = m_store->story(id);
    if (!story) {
        emit errorOccurred(story.error());
        return;
    }
    StoryDialog dialog(story.value().fields, this);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    m_undoStack->push(new SaveStoryCommand(m_store, m_signals, id, dialog.fields()));
}

void PracticePage::deleteStory()
{
    const qint64 id = currentStory();
    if (id)
        m_undoStack->push(new DeleteStoryCommand(m_store, m_signals, id));
}

void PracticePage::importQuestions()
{
    const QString path = Prompter::instance().openFileName(
        this, tr("Import questions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto rows = QuestionFile::read(path);
    if (!rows) {
        Prompter::instance().error(this, tr("Import questions"), rows.error());
        return;
    }
    auto *command = new ImportQuestionsCommand(m_store, m_signals, rows.take());
    m_undoStack->push(command);
    if (command->failed())
        return;
    const ImportSummary &summary = command->summary();
    emit statusMessage(tr("%n added, ", nullptr, summary.added) +
                       tr("%n already there.", nullptr, summary.alreadyThere));
}

void PracticePage::exportQuestions()
{
    exportTo(false);
}

void PracticePage::exportAnki()
{
    exportTo(true);
}

void PracticePage::exportTo(bool anki)
{
    const QString title = anki ? tr("Export questions for Anki") : tr("Export questions");
    const QString path = Prompter::instance().saveFileName(
        this, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(anki ? tr("questions-anki.txt") : tr("questions.csv")),
        anki ? tr("Text files (*.txt)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = m_store->exportRows();
    if (!rows) {
        Prompter::instance().error(this, title, rows.error());
        return;
    }
    const QByteArray bytes =
        anki ? QuestionFile::toAnki(rows.value()) : QuestionFile::toCsv(rows.value());
    if (Status s = QuestionFile::write(path, bytes); !s) {
        Prompter::instance().error(this, title, s.error());
        return;
    }
    emit statusMessage(tr("Exported %n question(s) to %1", nullptr, int(rows.value().size()))
                           .arg(QDir::toNativeSeparators(path)));
}

void PracticePage::linkToApplication()
{
    const qint64 id = currentQuestion();
    if (!id)
        return;
    auto choices = m_store->applicationChoices();
    auto info = m_store->question(id);
    if (!choices || !info) {
        emit errorOccurred(!choices ? choices.error() : info.error());
        return;
    }
    if (choices.value().isEmpty()) {
        emit statusMessage(tr("There are no applications to link to yet."));
        return;
    }
    QStringList items;
    for (const auto &[applicationId, label] : choices.value())
        items << (info.value().applicationIds.contains(applicationId)
                      ? tr("%1 (linked: choose to unlink)").arg(label)
                      : label);
    const auto picked = Prompter::instance().choose(
        this, tr("Link to application"),
        tr("The application where this question came up or will matter:"), items, 0);
    if (!picked || *picked < 0 || *picked >= choices.value().size())
        return;
    const qint64 applicationId = choices.value().at(*picked).first;
    const bool link = !info.value().applicationIds.contains(applicationId);
    m_undoStack->push(new LinkQuestionCommand(m_store, m_signals, id, applicationId, link));
    selectQuestion(id);
}

void PracticePage::chooseQuestionsToAsk()
{
    if (m_rounds.isEmpty()) {
        emit statusMessage(tr("No interview rounds ahead."));
        return;
    }
    const QListWidgetItem *item = m_readiness->currentItem();
    qint64 roundId = item ? item->data(Qt::UserRole).toLongLong() : 0;
    QString roundName;
    for (const RoundReadiness &round : std::as_const(m_rounds)) {
        if (round.roundId == roundId || roundId == 0) {
            roundId = round.roundId;
            roundName = tr("%1, round %2").arg(round.company).arg(round.number);
            break;
        }
    }
    auto ids = m_store->questionsInCategory(QuestionCategory::toAsk());
    auto chosen = m_store->roundQuestions(roundId);
    if (!ids || !chosen) {
        emit errorOccurred(!ids ? ids.error() : chosen.error());
        return;
    }
    QList<RoundQuestionsDialog::Choice> choices;
    for (qint64 id : ids.value()) {
        auto info = m_store->question(id);
        if (!info)
            continue;
        const QString audience = info.value().fields.audience;
        choices.append({id, info.value().fields.text,
                        audience.isEmpty() ? QString() : QuestionCategory::audienceName(audience)});
    }
    RoundQuestionsDialog dialog(roundName, choices, chosen.value(), this);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    m_undoStack->push(new SetRoundQuestionsCommand(m_store, m_signals, roundId, dialog.chosen()));
}

void PracticePage::addFromDebriefs()
{
    // Past rounds of the last year whose debrief lists the questions they asked.
    const QDateTime now = Clock::nowUtc();
    RoundStore rounds(m_store->sharedDatabase());
    NotesStore notes(m_store->sharedDatabase());
    auto past = rounds.roundsBetween(now.addDays(-365), now);
    if (!past) {
        emit errorOccurred(past.error());
        return;
    }
    struct Debrief
    {
        RoundInfo round;
        QStringList questions;
    };
    QList<Debrief> debriefs;
    for (const RoundInfo &round : past.value()) {
        auto roundNotes = notes.notes(round.id);
        if (!roundNotes) {
            emit errorOccurred(roundNotes.error());
            return;
        }
        const QStringList asked = NotesRules::items(roundNotes.value().questionsAsked);
        if (!asked.isEmpty())
            debriefs.prepend({round, asked}); // newest first
    }
    if (debriefs.isEmpty()) {
        emit statusMessage(tr("No debrief lists the questions they asked yet. Write them in the "
                              "round's notes first."));
        return;
    }
    QStringList items;
    for (const Debrief &debrief : std::as_const(debriefs))
        items << tr("%1, round %2: %n question(s)", nullptr, int(debrief.questions.size()))
                     .arg(debrief.round.company)
                     .arg(debrief.round.number);
    const auto picked = Prompter::instance().choose(
        this, tr("Questions from a debrief"),
        tr("Add the questions asked in this round to the bank, linked to its application:"), items,
        0);
    if (!picked || *picked < 0 || *picked >= debriefs.size())
        return;
    const Debrief &debrief = debriefs.at(*picked);
    int added = 0;
    int linked = 0;
    m_undoStack->beginMacro(tr("Add questions from the debrief of %1, round %2")
                                .arg(debrief.round.company)
                                .arg(debrief.round.number));
    for (const QString &text : debrief.questions) {
        auto existing = m_store->findByText(text);
        if (existing && existing.value() > 0) {
            auto info = m_store->question(existing.value());
            if (info && !info.value().applicationIds.contains(debrief.round.applicationId)) {
                m_undoStack->push(new LinkQuestionCommand(m_store, m_signals, existing.value(),
                                                          debrief.round.applicationId, true));
            }
            ++linked;
            continue;
        }
        QuestionFields fields;
        fields.text = text;
        m_undoStack->push(new AddQuestionCommand(m_store, m_signals, fields,
                                                 debrief.round.applicationId, debrief.round.id));
        ++added;
    }
    m_undoStack->endMacro();
    emit statusMessage(tr("%n added, ", nullptr, added) + tr("%n already there.", nullptr, linked));
}
