#pragma once

#include "core/Result.h"
#include "core/letters/LetterTypes.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class LetterEditor;
class LetterListModel;
class LetterStore;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;
class QUndoStack;
class RoundSignals;
class RoundStore;

// The letters tab's page: the letters grouped by status, due ones first with a countdown;
// the letter being written; handing it to the mail program, a file, the clipboard or the
// printer; and asking who was there when a round ended with nobody listed.
class LettersView : public QWidget
{
    Q_OBJECT

public:
    struct Context
    {
        LetterStore *letters = nullptr;
        RoundStore *rounds = nullptr;
        RoundSignals *roundSignals = nullptr;
        QUndoStack *undoStack = nullptr;
        bool readOnly = false;
        std::function<void(const QString &)> showError;
        std::function<void(const QString &)> showStatus;
        std::function<void(const QString &)> showBanner;
    };

    explicit LettersView(Context context, QWidget *parent = nullptr);
    ~LettersView() override;

    // Reads the letters and shows them (the first time the tab is shown, and after changes).
    void reload();
    // Proposes drafts for rounds that ended, asks about rounds with nobody listed, and
    // reminds of rounds that ended two hours ago with nothing drafted. Runs every minute.
    void checkRounds();
    // The letters of a round: proposes any missing ones (asking who was there when nobody
    // is listed) and selects the first.
    void showRound(qint64 roundId);

    int dueCount() const { return m_dueCount; }
    qint64 selectedLetter() const;
    qint64 selectedRound() const;
    qint64 selectedApplication() const;
    // Commits what was typed as one undo step; before anything else acts on the letter.
    void commitEdit();

    QList<QAction *> letterActions() const;
    QAction *templatesAction() const { return m_templatesAction; }

    LetterListModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    LetterEditor *editor() const { return m_editor; }

    // "Did you send the letter to Anna Weber?", worded for a letter without a name too.
    static QString sentQuestion(const LetterInfo &letter);

signals:
    void dueCountChanged(int count);
    // The letters were read again (after a change, each minute): what is due may differ.
    void lettersRead();

private:
    void select(qint64 letterId);
    void showSelected();
    void updateActions();
    void updateDueCount();
    void updatePeopleBanner();
    void pushLetterCommand(const QList<qint64> &ids, const QString &text,
                           std::function<Result<QList<qint64>>()> change);
    // One undo step that writes the letter's fields; a proposal becomes a draft with it.
    void pushLetterEdit(const LetterInfo &letter, const LetterFields &fields, const QString &text);
    void setStatus(LetterStatus status);
    bool confirmWarnings();
    void askWhetherSent();
    // Writes the letter as a file (owner-only), says so with `saved`, then asks whether it
    // was sent; a file that cannot be written is reported and nothing is asked.
    void handOverFile(const QString &path, const QByteArray &bytes, const QString &saved);
    void openInMailProgram();
    void saveAsEml();
    void copyText();
    void print();
    void exportPdf();
    void addAddress();
    void quickAddPerson(qint64 roundId);
    void editTemplates();
    void saveMyName();
    void fillFromDebrief();
    QString language() const;

    Context m_context;
    LetterListModel *m_model;
    QTreeView *m_list;
    LetterEditor *m_editor;
    QLineEdit *m_myName;
    QLabel *m_peopleBanner;
    QPushButton *m_addPersonButton;
    QTimer *m_clock;
    QList<LetterInfo> m_letters;
    QList<qint64> m_roundsNeedingPeople;
    QDateTime m_lastReminderCheck;
    int m_dueCount = -1;
    bool m_loaded = false;

    QAction *m_acceptAction;
    QAction *m_discardAction;
    QAction *m_mailAction;
    QAction *m_emlAction;
    QAction *m_copyAction;
    QAction *m_printAction;
    QAction *m_pdfAction;
    QAction *m_sentAction;
    QAction *m_repliedAction;
    QAction *m_draftAction;
    QAction *m_nextGapAction;
    QAction *m_fromDebriefAction;
    QAction *m_followUpAction;
    QAction *m_templatesAction;
};
