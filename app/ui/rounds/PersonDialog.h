#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QDialog>

#include <memory>

class InlineErrors;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class RoundStore;

// The form for a new or an edited person met in interviews. Like the other forms it
// only collects and checks: the caller pushes AddPersonCommand or EditPersonCommand
// once it was accepted.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { Name, Email, ProfileUrl, Other };

    explicit PersonDialog(RoundStore *store, QWidget *parent = nullptr);
    ~PersonDialog() override;

    void prepareNew(qint64 companyId);
    Status prepareEdit(qint64 personId);

    void setFields(const PersonFields &fields);
    PersonFields fields() const;
    qint64 companyId() const { return m_companyId; }
    qint64 personId() const { return m_personId; }

    // Shows each problem inline next to its field; true when there is none.
    bool validateForm();
    // The inline message currently shown for a field ("" if none).
    QString problemText(Field field) const;

public slots:
    // Refuses to close while invalid: shows inline errors, focuses the first invalid field.
    void accept() override;
    // Asks before throwing away what the user typed.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidateIfShowingProblems();

    RoundStore *m_store;
    qint64 m_companyId = 0;
    qint64 m_personId = 0;
    // What the form showed when it was prepared, to tell whether closing loses anything.
    PersonFields m_initialFields;
    // Once a save was refused, every edit re-checks the form so errors vanish as they are fixed.
    bool m_liveValidation = false;
    std::unique_ptr<InlineErrors> m_errors;

    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_profileUrlEdit = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
