#pragma once

#include "core/Result.h"
#include "core/notes/NotesTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class NotesFeature;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTimer;
class QUndoStack;
class RoundStore;

// One round's notes: the plan (before it) and the debrief (after it), the part that fits the
// moment in front, and what earlier rounds left open. Nothing typed is lost: the text is
// saved one second after the last keystroke, when a field loses focus, before another round
// is shown and when the editor goes away. Ticks and "dealt with" are undo commands.
class NotesEditor : public QWidget
{
    Q_OBJECT

public:
    NotesEditor(NotesFeature *feature, RoundStore *rounds, QUndoStack *undoStack, bool readOnly,
                QWidget *parent = nullptr);
    ~NotesEditor() override;

    // Saves what is pending for the round shown, then shows another (0: none).
    void setRound(qint64 roundId);
    qint64 round() const { return m_roundId; }
    // Writes what was typed and not saved yet; nothing when nothing is pending.
    Status saveNow();
    bool hasPendingChanges() const;

    // Delay between the last keystroke and the save.
    static constexpr int SaveDelayMilliseconds = 1000;

signals:
    void saved(qint64 roundId);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Hidden: another tab came to the front or the window closed.
    void hideEvent(QHideEvent *event) override;

private:
    QPlainTextEdit *addText(const QString &objectName, int lines);
    QWidget *buildPlan();
    QWidget *buildDebrief();
    void load();
    void refreshToggles();
    void refreshSalary();
    void updateNudges();
    void changed();
    RoundNotes notesFromFields() const;
    CompanyResearch researchFromFields() const;
    SalaryFigures salaryFromFields() const;
    void carriedItemChanged(QListWidgetItem *item);

    NotesFeature *m_feature;
    RoundStore *m_rounds;
    QUndoStack *m_undoStack;
    bool m_readOnly;
    qint64 m_roundId = 0;
    qint64 m_companyId = 0;
    qint64 m_applicationId = 0;
    bool m_loading = false;
    bool m_peopleKnown = false;
    RoundNotes m_savedNotes;
    CompanyResearch m_savedResearch;
    SalaryFigures m_savedSalary;
    QList<CarriedItem> m_carried;
    QString m_lastError;

    QTimer *m_saveTimer;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_freshPrompt;
    QLabel *m_empty;
    QTabWidget *m_parts;
    QWidget *m_plan;
    QWidget *m_debrief;
    QLabel *m_reason;
    QLabel *m_advice;
    QListWidget *m_carriedList;
    QLabel *m_nothingCarried;
    QHash<QString, QPlainTextEdit *> m_texts;
    QLabel *m_researchNote;
    QLabel *m_questionsNudge;
    QSpinBox *m_target;
    QSpinBox *m_walkAway;
    QLineEdit *m_currency;
    QLabel *m_salaryProblem;
    QHash<QString, QCheckBox *> m_checks;
    QCheckBox *m_followUpSet;
    QDateEdit *m_followUp;
    QComboBox *m_gut;
};
