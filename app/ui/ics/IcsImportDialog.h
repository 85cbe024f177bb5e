#pragma once

#include "core/Result.h"
#include "core/ical/IcsEvent.h"
#include "core/roundics/RoundCalendarImport.h"

#include <QDialog>
#include <QList>
#include <QString>

class PipelineStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class RoundStore;

// Shows the events of a calendar file and asks which to import, into which application and
// whether with their people. It only reads: the caller imports what it chose as an undo
// command once the dialog was accepted (see IcsActions::importFile).
class IcsImportDialog : public QDialog
{
    Q_OBJECT

public:
    IcsImportDialog(PipelineStore *pipeline, RoundStore *rounds, QWidget *parent = nullptr);

    // Reads the file and lists its events, all checked. A refused file gives the reader's
    // message (with the line to blame) and leaves the dialog as it was.
    Status loadFile(const QString &path);

    QList<IcsEvent> chosenEvents() const;
    // 0 when the user chose "New application…".
    qint64 chosenApplicationId() const;
    QString newCompany() const;
    QString newRole() const;
    bool withPeople() const;
    // "Company — Role" of the chosen or new application, for messages.
    QString chosenApplicationName() const;
    const ImportPlan &plan() const { return m_plan; }

    // Why OK is not possible right now; empty when it is.
    QString problem() const;

public slots:
    void accept() override;

private:
    QList<int> chosenIndexes() const;
    void fillApplications();
    void fillEvents();
    void preselectApplication();
    void updateState();

    PipelineStore *m_pipeline;
    RoundStore *m_rounds;
    ImportPlan m_plan;
    QString m_loadError;

    QLabel *m_fileLabel = nullptr;
    QTreeWidget *m_events = nullptr;
    QLabel *m_notes = nullptr;
    QComboBox *m_application = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLineEdit *m_company = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLineEdit *m_role = nullptr;
    QCheckBox *m_withPeople = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
