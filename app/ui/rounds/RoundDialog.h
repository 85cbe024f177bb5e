#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"
#include "core/RoundValidator.h"

#include <QDate>
#include <QDialog>

#include <memory>

class InlineErrors;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class PeopleChooser;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QUndoStack;
class RoundSignals;
class RoundStore;

// The form for a new or an edited interview round. It collects and checks what the user
// typed and never writes the round itself: the caller pushes AddRoundCommand or
// EditRoundCommand once it was accepted. The writes it makes itself are on the company's
// people: "Add person…" (an undoable AddPersonCommand, so the new person can be ticked at
// once) and "Delete person…" (an undoable DeletePersonCommand).
class RoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoundDialog(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                         QWidget *parent = nullptr);
    ~RoundDialog() override;

    // A new round for the application; a valid day pre-fills the date (a round created
    // from a day in the calendar), otherwise the date starts empty so it is never saved
    // by accident.
    void prepareNew(qint64 applicationId, const QDate &day = {});
    Status prepareEdit(qint64 roundId);

    RoundFields fields() const;
    qint64 applicationId() const { return m_applicationId; }
    qint64 roundId() const { return m_roundId; }

    // Shows each problem inline next to its field; true when there is none.
    bool validateForm();
    // The inline message currently shown for a field ("" if none).
    QString problemText(RoundValidator::Field field) const;
    // The overlap warning currently shown ("" if none). A warning, not a refusal: two
    // interviews on one afternoon can be intended.
    QString overlapWarning() const;
    // The person in the people list's current row (0: none).
    qint64 currentPersonId() const;
    void deleteCurrentPerson();

public slots:
    // Refuses to close while invalid: shows inline errors, focuses the first invalid field.
    void accept() override;
    // Asks before throwing away what the user typed.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createWhenPage();
    QWidget *createWhyWhoPage();
    void resetForm();
    void setFields(const RoundFields &fields);
    void reloadPeople();
    bool canAddPeople() const;
    void addPerson();
    void updateZoneDetails();
    void updateOverlap();
    void updateAdvice();
    void updateAskWho();
    void onTimingChanged();
    void revalidateIfShowingProblems();
    bool dateChosen() const;
    QDateTime startInstant() const;

    RoundStore *m_store;
    QUndoStack *m_undoStack;
    RoundSignals *m_signals;
    qint64 m_applicationId = 0;
    qint64 m_roundId = 0;
    qint64 m_companyId = 0;
    // What the form showed when it was prepared, to tell whether closing loses anything.
    RoundFields m_initialFields;
    // Once a save was refused, every edit re-checks the form so errors vanish as they are fixed.
    bool m_liveValidation = false;
    std::unique_ptr<InlineErrors> m_errors;

    QComboBox *m_kindCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QTimeEdit *m_timeEdit = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QLabel *m_zoneOffset = nullptr;
    QLabel *m_localTimeHint = nullptr;
    QLabel *m_overlapWarning = nullptr;
    QSpinBox *m_durationSpin = nullptr;
    QLineEdit *m_locationEdit = nullptr;
    QLineEdit *m_meetingUrlEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QLabel *m_reasonAdvice = nullptr;
    QPlainTextEdit *m_outcomeEdit = nullptr;
    // The company's people (read again after every person command) with who of them
    // attends and in what order.
    PeopleChooser *m_people = nullptr;
    QPushButton *m_addPersonButton = nullptr;
    QPushButton *m_deletePersonButton = nullptr;
    QLabel *m_askWhoHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
