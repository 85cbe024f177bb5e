#pragma once

#include "core/practice/PracticeTypes.h"

#include <QWidget>

class PracticeChart;
class PracticeSession;
class PracticeSignals;
class PracticeStore;
class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QSqlQueryModel;
class QSqlTableModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;
class QuestionBankProxy;

// The practice tab's page: the question bank (search, category filter, editors), the story
// bank, readiness per upcoming round with the chart, and the practice session. Every edit
// and rating is an undo command; the lists re-select after each one.
class PracticePage : public QWidget
{
    Q_OBJECT

public:
    enum StartMode { Due, Category, ForRound, Random };

    // practiceSignals: the file's shared ones; the page makes its own when none is given.
    PracticePage(PracticeStore *store, QUndoStack *undoStack,
                 PracticeSignals *practiceSignals = nullptr, QWidget *parent = nullptr);
    ~PracticePage() override;

    // Reads what the page shows (the first time it is shown, and after every change).
    void reload();

    // File menu
    void importQuestions();
    void exportQuestions();
    void exportAnki();

    // Bank
    void newQuestion();
    void editQuestion();
    void deleteQuestions();
    void newStory();
    void editStory();
    void deleteStory();
    void startPractice();
    void linkToApplication();
    // "Practise these": the questions a past round's debrief lists go into the bank, linked
    // to the application and round (one undo step).
    void addFromDebriefs();
    // For the round chosen in the readiness list (or the first ahead).
    void chooseQuestionsToAsk();
    // "Practise this" from a round's debrief: a new question linked to the application.
    void addFromDebrief(const QString &text, qint64 applicationId, qint64 roundId);

    QList<QAction *> menuActions() const;
    QList<QAction *> fileActions() const;
    QAction *findAction() const { return m_findAction; }

    // For tests
    QTableView *bankView() const { return m_bankView; }
    QuestionBankProxy *bankProxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *choiceBox() const { return m_choice; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *secondsBox() const { return m_seconds; }
    QDoubleSpinBox *retentionBox() const { return m_retention; }
    QListWidget *readinessList() const { return m_readiness; }
    QTableView *storyView() const { return m_storyView; }
    PracticeSession *session() const { return m_session; }
    PracticeChart *chart() const { return m_chart; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    PracticeSignals *practiceSignals() const { return m_signals; }
    qint64 currentQuestion() const;
    void selectQuestion(qint64 id);

    static QString readinessText(const RoundReadiness &readiness);

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        void (PracticePage::*slot)());
    QWidget *buildBank();
    QWidget *buildStories();
    QWidget *buildProgress();
    QWidget *buildStartBar();
    void reloadBank();
    void reloadStories();
    void reloadProgress();
    void updateChoices();
    void updateDetail();
    void exportTo(bool anki);
    qint64 currentStory() const;
    QList<StoryInfo> allStories() const;

    PracticeStore *m_store;
    QUndoStack *m_undoStack;
    PracticeSignals *m_signals;
    QSqlTableModel *m_table;
    QuestionBankProxy *m_proxy;
    QSqlQueryModel *m_storyModel;
    QList<RoundReadiness> m_rounds;

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_bankView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QTableView *m_storyView = nullptr;
    QListWidget *m_readiness = nullptr;
    QDoubleSpinBox *m_retention = nullptr;
    PracticeChart *m_chart = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_choice = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_seconds = nullptr;
    QLabel *m_dueLabel = nullptr;
    PracticeSession *m_session = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newStoryAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_debriefAction = nullptr;
    QAction *m_toAskAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_ankiAction = nullptr;
};
