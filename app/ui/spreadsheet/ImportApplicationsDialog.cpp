#include "ui/spreadsheet/ImportApplicationsDialog.h"

#include "core/Clock.h"
#include "core/LocaleFormat.h"
#include "core/PipelineStore.h"
#include "core/spreadsheet/SalaryReading.h"
#include "core/text/PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using Field = SpreadsheetField::Field;

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return ImportApplicationsDialog::tr("semicolons");
    if (delimiter == QLatin1Char('\t'))
        return ImportApplicationsDialog::tr("tabs");
    return ImportApplicationsDialog::tr("commas");
}

} // namespace

ImportApplicationsDialog::ImportApplicationsDialog(const QString &fileName, SpreadsheetFile file,
                                                   const PipelineStore *store,
                                                   const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_file(std::move(file))
    , m_store(store)
    , m_locale(locale)
{
    setWindowTitle(tr("Import applications"));
    auto stages = m_store->stages();
    if (stages)
        m_stages = stages.value();
    m_mapping = ApplicationImport::guess(m_file, m_stages, m_locale);

    auto *layout = new QVBoxLayout(this);
    m_fileSummary = plainLabel(
        tr("%1 — %n row(s), separated by %2, read as %3.", nullptr, int(m_file.rows.size()))
            .arg(PlainText::singleLine(fileName), delimiterName(m_file.delimiter),
                 TextDecoding::name(m_file.encoding)));
    m_fileSummary->setObjectName(QStringLiteral("fileSummary"));
    layout->addWidget(m_fileSummary);
    layout->addWidget(plainLabel(tr("Choose what each column holds. Columns set to “(ignore)” "
                                    "are left out.")));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *options = new QFormLayout;
    // Short choices: their boxes need not run across the whole dialog.
    options->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), int(DateReading::Order::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), int(DateReading::Order::MonthFirst));
    m_dateLabel = plainLabel(tr("Dates such as 03/04/2024:"));
    m_dateLabel->setWordWrap(false);
    options->addRow(m_dateLabel, m_dateOrder);
    m_defaultStage = stageCombo(QString());
    m_defaultStage->setObjectName(QStringLiteral("defaultStageCombo"));
    m_defaultStage->setCurrentIndex(m_defaultStage->findData(m_mapping.defaultStageId));
    QLabel *defaultStageLabel = plainLabel(tr("Stage for rows without one:"));
    defaultStageLabel->setWordWrap(false);
    options->addRow(defaultStageLabel, m_defaultStage);
    layout->addLayout(options);

    m_unknownBox = new QGroupBox(tr("Stage values that are not stages"), this);
    m_unknownBox->setObjectName(QStringLiteral("unknownStages"));
    m_unknownForm = new QFormLayout(m_unknownBox);
    m_unknownForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addWidget(m_unknownBox);

    m_summary = plainLabel(QString());
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.dateOrder = DateReading::Order(m_dateOrder->currentData().toInt());
        fillPreview();
        refresh();
    });
    connect(m_defaultStage, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.defaultStageId = m_defaultStage->currentData().toLongLong();
        refresh();
    });

    buildTable();
    {
        const QSignalBlocker blocker(m_dateOrder);
        m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(m_mapping.dateOrder)));
    }
    rebuildUnknownStages();
    fillPreview();
    refresh();
    resize(920, sizeHint().height());
}

QComboBox *ImportApplicationsDialog::stageCombo(const QString &placeholder) const
{
    auto *combo = new QComboBox;
    if (!placeholder.isEmpty())
        combo->addItem(placeholder, qint64(0));
    for (const StageInfo &stage : m_stages)
        combo->addItem(PlainText::singleLine(stage.name), stage.id);
    return combo;
}

void ImportApplicationsDialog::buildTable()
{
    const int columns = int(m_file.headings.size());
    const int rows = int(std::min<qsizetype>(m_file.rows.size(), PreviewRows));
    m_table->setColumnCount(columns);
    m_table->setRowCount(rows + 1);
    QStringList headings;
    for (const QString &heading : m_file.headings)
        headings << PlainText::singleLine(heading);
    m_table->setHorizontalHeaderLabels(headings);
    QStringList lines{tr("Field")};
    for (int row = 0; row < rows; ++row)
        lines << tr("Line %1").arg(m_file.rows.at(row).line);
    m_table->setVerticalHeaderLabels(lines);
    for (int column = 0; column < columns; ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        for (Field field : SpreadsheetField::all())
            combo->addItem(SpreadsheetField::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_mapping.columns.value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column](int index) { fieldChosen(column, index); });
        m_table->setCellWidget(0, column, combo);
        m_fieldCombos << combo;
    }
}

void ImportApplicationsDialog::fieldChosen(int column, int index)
{
    const Field field = Field(m_fieldCombos.at(column)->itemData(index).toInt());
    const Field before = m_mapping.columns.at(column);
    m_mapping.columns[column] = field;
    if (field == Field::AppliedOn || before == Field::AppliedOn) {
        QStringList dates;
        for (qsizetype c = 0; c < m_mapping.columns.size(); ++c) {
            if (m_mapping.columns.at(c) != Field::AppliedOn)
                continue;
            for (const SpreadsheetFile::Row &row : m_file.rows)
                dates << row.cells.value(c);
        }
        m_mapping.dateOrder = DateReading::orderFor(dates, m_locale);
        const QSignalBlocker blocker(m_dateOrder);
        m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(m_mapping.dateOrder)));
    }
    if (field == Field::Stage || before == Field::Stage)
        rebuildUnknownStages();
    fillPreview();
    refresh();
}

void ImportApplicationsDialog::rebuildUnknownStages()
{
    while (m_unknownForm->rowCount() > 0)
        m_unknownForm->removeRow(0);
    m_unknownCombos.clear();
    ImportMapping withoutChoices = m_mapping;
    withoutChoices.stageValues.clear();
    const QStringList values =
        ApplicationImport::unknownStageValues(m_file, withoutChoices, m_stages);
    // Choices made before stay for the values still there.
    QHash<QString, qint64> kept;
    int index = 0;
    for (const QString &value : values) {
        const QString key = ApplicationImport::stageKey(value);
        QComboBox *combo = stageCombo(tr("Choose a stage…"));
        combo->setObjectName(QStringLiteral("unknownStage%1").arg(index++));
        if (m_mapping.stageValues.contains(key)) {
            kept.insert(key, m_mapping.stageValues.value(key));
            combo->setCurrentIndex(std::max(0, combo->findData(kept.value(key))));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo] {
            const qint64 id = combo->currentData().toLongLong();
            if (id)
                m_mapping.stageValues.insert(key, id);
            else
                m_mapping.stageValues.remove(key);
            refresh();
        });
        m_unknownForm->addRow(plainLabel(tr("“%1”").arg(value.left(60))), combo);
        m_unknownCombos.insert(key, combo);
    }
    m_mapping.stageValues = kept;
    m_unknownBox->setVisible(!values.isEmpty());
}

void ImportApplicationsDialog::fillPreview()
{
    bool slashDates = false;
    const int rows = m_table->rowCount() - 1;
    for (int row = 0; row < rows; ++row) {
        const SpreadsheetFile::Row &fileRow = m_file.rows.at(row);
        for (int column = 0; column < m_mapping.columns.size(); ++column) {
            const QString cell = fileRow.cells.value(column);
            // One line per cell in the preview; the import keeps the line breaks of notes.
            QString shown = PlainText::singleLine(cell).left(120);
            const Field field = m_mapping.columns.at(column);
            if (field == Field::AppliedOn && !cell.trimmed().isEmpty()) {
                slashDates = slashDates || cell.contains(QLatin1Char('/'));
                const auto date = DateReading::read(cell, m_mapping.dateOrder);
                shown += QStringLiteral("  →  ") +
                         (date ? m_locale.toString(date.value(),
                                                   LocaleFormat::fourDigitYearDate(m_locale))
                               : tr("not a date"));
            }
            auto *item = new QTableWidgetItem(shown);
            if (field == Field::Ignore)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row + 1, column, item);
        }
    }
    // The order matters only where the file has dates with slashes.
    for (const SpreadsheetFile::Row &row : m_file.rows) {
        if (slashDates)
            break;
        for (int column = 0; column < m_mapping.columns.size(); ++column) {
            if (m_mapping.columns.at(column) == Field::AppliedOn &&
                row.cells.value(column).contains(QLatin1Char('/')))
                slashDates = true;
        }
    }
    m_dateLabel->setVisible(slashDates);
    m_dateOrder->setVisible(slashDates);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 110, 280));
}

void ImportApplicationsDialog::refresh()
{
    m_plan.reset();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    QStringList unchosen;
    for (auto it = m_unknownCombos.constBegin(); it != m_unknownCombos.constEnd(); ++it) {
        if (!m_mapping.stageValues.contains(it.key()))
            unchosen << it.key();
    }
    if (!unchosen.isEmpty()) {
        m_summary->setText(tr("Choose a stage for each of the values listed above."));
        ok->setEnabled(false);
        return;
    }
    auto plan = ApplicationImport::plan(*m_store, m_file, m_mapping, Clock::today());
    if (!plan) {
        m_summary->setText(tr("Nothing can be imported yet. %1").arg(plan.error()));
        ok->setEnabled(false);
        return;
    }
    const int added = int(plan.value().applications.size());
    const int there = plan.value().alreadyThere;
    QString text = tr("%n application(s) will be added.", nullptr, added);
    if (there > 0)
        text += QLatin1Char(' ') +
                tr("%n already there (same company and role) will be skipped.", nullptr, there);
    m_summary->setText(text);
    m_plan = plan.take();
    ok->setEnabled(added > 0);
}
