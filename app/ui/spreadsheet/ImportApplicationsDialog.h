#pragma once

#include "core/spreadsheet/ApplicationImport.h"

#include <QDialog>
#include <QHash>
#include <QLocale>

#include <optional>

class PipelineStore;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTableWidget;

// The preview of a spreadsheet import: the file's first rows under one combo box per
// column saying which field it fills, how its dates are read, a stage for each stage value
// that is no stage's name, and what the import will do — or, naming line and column, why
// it cannot. Import is enabled only when every row can be read.
class ImportApplicationsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 8;

    ImportApplicationsDialog(const QString &fileName, SpreadsheetFile file,
                             const PipelineStore *store, const QLocale &locale,
                             QWidget *parent = nullptr);

    // The plan for the chosen mapping; set whenever the file can be imported as chosen.
    const std::optional<ApplicationImportPlan> &plan() const { return m_plan; }
    const ImportMapping &mapping() const { return m_mapping; }

private:
    void buildTable();
    void fieldChosen(int column, int index);
    void rebuildUnknownStages();
    void fillPreview();
    void refresh();
    QComboBox *stageCombo(const QString &placeholder) const;

    SpreadsheetFile m_file;
    const PipelineStore *m_store;
    QList<StageInfo> m_stages;
    QLocale m_locale;
    ImportMapping m_mapping;
    std::optional<ApplicationImportPlan> m_plan;

    QLabel *m_fileSummary;
    QTableWidget *m_table;
    QList<QComboBox *> m_fieldCombos;
    QLabel *m_dateLabel;
    QComboBox *m_dateOrder;
    QComboBox *m_defaultStage;
    QGroupBox *m_unknownBox;
    QFormLayout *m_unknownForm;
    QHash<QString, QComboBox *> m_unknownCombos; // stage key → its choice
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};
