#pragma once

#include "core/ApplicationValidator.h"
#include "core/PipelineTypes.h"
#include "core/Result.h"
#include "core/notes/NotesTypes.h"
#include "ui/InlineErrors.h"

#include <QDialog>
#include <QList>
#include <QMap>

class PipelineStore;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;
class QTabWidget;
class StageTimelineWidget;

// The form for a new or an edited application. It only collects and checks what the
// user typed: the caller writes fields() as an undo command once exec() says Accepted,
// so the dialog never touches the database beyond reading.
class ApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApplicationDialog(PipelineStore *store, QWidget *parent = nullptr);

    // New application: choose the stage (combo of all stages, preselected).
    void prepareNew(const QList<StageInfo> &stages, qint64 preselectedStageId);
    // Edit: loads the fields and the stage timeline; returns the Status of loading.
    Status prepareEdit(qint64 applicationId);

    void setFields(const ApplicationFields &fields);
    ApplicationFields fields() const;
    qint64 stageId() const;

    // The user's own salary target and walk-away figure, kept with the notes. The rows are
    // on the form only once this is called (where the notes feature is there).
    void showSalaryFigures(const SalaryFigures &figures);
    bool showsSalaryFigures() const { return m_figuresShown; }
    SalaryFigures salaryFigures() const;

    // Shows each problem inline next to its field; true when there is none.
    bool validateForm();
    // The inline message currently shown for a field ("" if none).
    QString problemText(ApplicationValidator::Field field) const;

public slots:
    // Refuses to close while invalid: shows inline errors, focuses the first invalid field.
    void accept() override;
    // Asks before throwing away what the user typed.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createDetailsPage();
    QWidget *createTextPage();
    QWidget *createTimelinePage();
    QWidget *createExcitementInput();
    void addFieldRow(QFormLayout *form, const QString &labelText, ApplicationValidator::Field field,
                     QWidget *input, const QString &errorName);
    QWidget *withErrorLabel(ApplicationValidator::Field field, QWidget *input,
                            const QString &errorName);
    void connectLiveValidation();
    void reloadCompanyNames();
    void resetForm();
    void setExcitement(int value);
    ApplicationFields m_initialFields;
    void showProblems(const QList<ApplicationValidator::Problem> &problems);
    void focusFirstInvalidField();
    void updateErrorColours();
    void revalidateIfShowingProblems();
    // The salary figures' own check; shows its message under them. True when valid.
    bool validateSalaryFigures();

    PipelineStore *m_store;
    // Once a save was refused, every edit re-checks the form so errors vanish as they are fixed.
    bool m_liveValidation = false;
    int m_excitement = 3;
    InlineErrors m_errors;

    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_jobForm = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QLineEdit *m_companyEdit = nullptr;
    QStringListModel *m_companyNames = nullptr;
    QLineEdit *m_roleEdit = nullptr;
    QLineEdit *m_jobUrlEdit = nullptr;
    QLineEdit *m_locationEdit = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QLineEdit *m_salaryMinEdit = nullptr;
    QLineEdit *m_salaryMaxEdit = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QFormLayout *m_moneyForm = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QLineEdit *m_walkAwayEdit = nullptr;
    QLineEdit *m_figuresCurrencyEdit = nullptr;
    QLabel *m_figuresError = nullptr;
    bool m_figuresShown = false;
    SalaryFigures m_initialFigures;
    QCheckBox *m_appliedCheck = nullptr;
    QDateEdit *m_appliedDateEdit = nullptr;
    QCheckBox *m_deadlineCheck = nullptr;
    QDateEdit *m_deadlineEdit = nullptr;
    QWidget *m_excitementInput = nullptr;
    QButtonGroup *m_stars = nullptr;
    QLabel *m_excitementDescription = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QWidget *m_timelinePage = nullptr;
    StageTimelineWidget *m_timeline = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
