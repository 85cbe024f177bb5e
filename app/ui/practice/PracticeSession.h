#pragma once

#include "core/practice/FsrsScheduler.h"

#include <QWidget>

class PracticeSignals;
class PracticeStore;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoStack;

// One practice run: a question at a time in large type with a countdown; Space shows the
// answer and the linked stories, keys 1–4 rate Again / Hard / Good / Easy (each rating an
// undo command), a line takes what was forgotten; a summary at the end.
class PracticeSession : public QWidget
{
    Q_OBJECT

public:
    PracticeSession(PracticeStore *store, PracticeSignals *practiceSignals, QUndoStack *undoStack,
                    QWidget *parent = nullptr);

    void start(const QList<qint64> &questionIds, int secondsPerAnswer, const QString &title);
    bool isRunning() const { return m_index >= 0 && m_index < m_ids.size(); }
    int remainingSeconds() const { return m_secondsPerAnswer - m_elapsed; }
    bool isPaused() const { return m_paused; }
    bool isRevealed() const { return m_revealed; }
    qint64 currentQuestion() const { return isRunning() ? m_ids.at(m_index) : 0; }

    // For tests and for the one-second timer.
    void tick();
    void reveal();
    void rate(Rating rating);
    void togglePause();
    void finish();

    QLabel *questionLabel() const { return m_question; }
    QPlainTextEdit *answerView() const { return m_answer; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *forgotEdit() const { return m_forgot; }

signals:
    void finished();

private:
    void showQuestion(int index);
    void updateCountdown();
    void showSummary();

    PracticeStore *m_store;
    PracticeSignals *m_signals;
    QUndoStack *m_undoStack;
    QList<qint64> m_ids;
    int m_index = -1;
    int m_secondsPerAnswer = 120;
    int m_elapsed = 0;
    bool m_paused = false;
    bool m_revealed = false;
    QList<Rating> m_ratings;
    QList<int> m_times;
    QStringList m_forgotten;

    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_progress;
    QLabel *m_category;
    QLabel *m_question;
    QLabel *m_countdown;
    QPlainTextEdit *m_answer;
    QLineEdit *m_forgot;
    QPushButton *m_revealButton;
    QPushButton *m_pauseButton;
    QList<QPushButton *> m_rateButtons;
    QLabel *m_summary;
    QTimer *m_timer;
};
