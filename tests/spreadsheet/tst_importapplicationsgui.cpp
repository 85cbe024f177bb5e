// File > Import applications… and Export applications… driven through the real window:
// the preview's combo boxes, the stage choices, the date reading, then the database, the
// board and Edit > Undo.
#include "WindowTestSupport.h"

#include "core/LocaleFormat.h"
#include "core/spreadsheet/ApplicationRows.h"
#include "ui/spreadsheet/ImportApplicationsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QUndoStack>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SECONDROUND_TEST_DATA "/") + name;
}

template<typename T> T *child(QDialog &dialog, const QString &name)
{
    T *found = dialog.findChild<T *>(name);
    if (!found)
        qFatal("no %s in the dialog", qPrintable(name));
    return found;
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        qFatal("no “%s” to choose", qPrintable(text));
    combo->setCurrentIndex(index);
}

// How the preview writes a date it read: the interface locale's date, four-digit year.
QString readAs(int year, int month, int day)
{
    return QStringLiteral("→  ") +
           QLocale().toString(QDate(year, month, day), LocaleFormat::fourDigitYearDate());
}

QPushButton *importButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestImportApplicationsGui : public WindowTestCase
{
    Q_OBJECT

    QAction *fileAction(const QString &name)
    {
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->objectName() == name)
                    return action;
            }
        }
        return nullptr;
    }

    QList<ApplicationRows::Row> rows()
    {
        return ApplicationRows::all(*m_window->session()->sharedDatabase()).value();
    }

    QUndoStack *undoStack() { return m_window->undoStack(); }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void previewMapsColumnsAndStagesThenImportsOneUndoStep()
    {
        QVERIFY(openWindow());
        m_file->add(QStringLiteral("Zeiss"), QStringLiteral("Softwarearchitekt"));
        QVERIFY(boardModel()->reload().ok());
        const QStringList before = m_file->dump();
        m_prompter->fileAnswer = fixture(QStringLiteral("excel_de_semicolon_cp1252.csv"));
        bool shown = false;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            shown = true;
            const QString summary = child<QLabel>(dialog, "fileSummary")->text();
            if (!summary.contains(QStringLiteral("semicolons")) ||
                !summary.contains(QStringLiteral("Windows-1252")))
                qFatal("summary: %s", qPrintable(summary));
            // Guessed from the German headings.
            auto *company = child<QComboBox>(dialog, "fieldCombo0");
            auto *applied = child<QComboBox>(dialog, "fieldCombo3");
            auto *notes = child<QComboBox>(dialog, "fieldCombo8");
            if (company->currentText() != QStringLiteral("Company") ||
                applied->currentText() != QStringLiteral("Date applied") ||
                notes->currentText() != QStringLiteral("Notes"))
                qFatal("headings not guessed");
            // The preview shows how the dates are read.
            auto *table = child<QTableWidget>(dialog, "previewTable");
            if (!table->item(1, 3)->text().endsWith(readAs(2024, 3, 5)))
                qFatal("date preview: %s", qPrintable(table->item(1, 3)->text()));
            // Three stage values are not stages: Import waits for a choice for each.
            auto *unknown = child<QGroupBox>(dialog, "unknownStages");
            if (unknown->isHidden() || importButton(dialog)->isEnabled())
                qFatal("unknown stages not asked for");
            choose(child<QComboBox>(dialog, "unknownStage0"), QStringLiteral("Applied"));
            choose(child<QComboBox>(dialog, "unknownStage1"), QStringLiteral("Interviewing"));
            if (importButton(dialog)->isEnabled())
                qFatal("Import enabled with a stage still to choose");
            choose(child<QComboBox>(dialog, "unknownStage2"), QStringLiteral("Rejected"));
            // The notes are left out.
            choose(notes, QStringLiteral("(ignore)"));
            const QString result = child<QLabel>(dialog, "importSummary")->text();
            if (!result.contains(QStringLiteral("2 application")) ||
                !result.contains(QStringLiteral("1 already there")))
                qFatal("summary: %s", qPrintable(result));
            if (!importButton(dialog)->isEnabled())
                qFatal("Import not enabled");
            QTest::mouseClick(importButton(dialog), Qt::LeftButton);
            return dialog.result();
        };
        QAction *import = fileAction(QStringLiteral("importApplicationsAction"));
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        import->trigger();
        QVERIFY(shown);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join('\n')));

        const auto all = rows();
        QCOMPARE(all.size(), 3);
        const auto mueller = std::find_if(all.cbegin(), all.cend(), [](const auto &row) {
            return row.fields.company == QStringLiteral("Müller & Söhne GmbH");
        });
        QVERIFY(mueller != all.cend());
        QCOMPARE(mueller->stage, QStringLiteral("Applied"));
        QCOMPARE(mueller->fields.notes, QString());
        QCOMPARE(mueller->fields.salaryMin, std::optional<qint64>(70000));
        QCOMPARE(boardModel()->rowCount(boardModel()->index(1, 0)) +
                     boardModel()->rowCount(boardModel()->index(3, 0)),
                 2);
        const QStringList after = m_file->dump();

        // One undo step takes all of it back, exactly; redo puts the same rows back.
        QCOMPARE(undoStack()->count(), 1);
        undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(boardModel()->rowCount(boardModel()->index(3, 0)), 0);
        undoStack()->redo();
        QCOMPARE(m_file->dump(), after);
    }

    void switchingTheDateOrderShowsTheOtherReadingAndRefusesImpossibleDates()
    {
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        m_prompter->fileAnswer = fixture(QStringLiteral("excel_unicode_text_utf16.txt"));
        QString refusal;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            auto *table = child<QTableWidget>(dialog, "previewTable");
            auto *order = child<QComboBox>(dialog, "dateOrderCombo");
            if (order->isHidden() || order->currentIndex() != 1)
                qFatal("the dates are not read month first");
            if (!table->item(1, 3)->text().endsWith(readAs(2024, 3, 4)))
                qFatal("date preview: %s", qPrintable(table->item(1, 3)->text()));
            order->setCurrentIndex(0); // day first
            if (!table->item(1, 3)->text().endsWith(readAs(2024, 4, 3)))
                qFatal("date preview: %s", qPrintable(table->item(1, 3)->text()));
            refusal = child<QLabel>(dialog, "importSummary")->text();
            if (importButton(dialog)->isEnabled())
                qFatal("Import enabled for a file that cannot be read");
            return int(QDialog::Rejected);
        };
        fileAction(QStringLiteral("importApplicationsAction"))->trigger();
        QVERIFY2(refusal.contains(QStringLiteral("Line 3, column 4 (Date Applied)")),
                 qPrintable(refusal));
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(undoStack()->count(), 0);
    }

    void previewWritesDatesTheInterfaceLocalesWay()
    {
        // A French interface reads "13/03/2024" day first and writes it back the French way,
        // not with an English month name.
        const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(openWindow());
        m_prompter->fileAnswer = fixture(QStringLiteral("excel_fr_semicolon_utf8bom.csv"));
        QStringList previews;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            auto *table = child<QTableWidget>(dialog, "previewTable");
            previews << table->item(1, 3)->text() << table->item(2, 3)->text();
            return int(QDialog::Rejected);
        };
        fileAction(QStringLiteral("importApplicationsAction"))->trigger();
        QCOMPARE(previews, (QStringList{QStringLiteral("13/03/2024  →  13/03/2024"),
                                        QStringLiteral("02/03/2024  →  02/03/2024")}));
    }

    void unreadableFileIsRefusedBeforeAnyPreview()
    {
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        m_prompter->fileAnswer = fixture(QStringLiteral("unclosed_quote.csv"));
        bool shown = false;
        m_prompter->dialogHandler = [&](QDialog &) {
            shown = true;
            return int(QDialog::Accepted);
        };
        fileAction(QStringLiteral("importApplicationsAction"))->trigger();
        QVERIFY(!shown);
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("Line 3")));
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("column 3")));
        QCOMPARE(m_file->dump(), before);
    }

    void exportWritesTheFile()
    {
        QVERIFY(openWindow());
        m_file->add(QStringLiteral("Acme"), QStringLiteral("=cmd|' /C calc'!A0"));
        const QString path = m_settingsDir->filePath(QStringLiteral("out"));
        m_prompter->fileAnswer = path;
        QAction *exportAction = fileAction(QStringLiteral("exportApplicationsAction"));
        QVERIFY(exportAction);
        exportAction->trigger();
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join('\n')));
        QFile file(path + QStringLiteral(".csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("company,role,stage,applied_on,"));
        QVERIFY(bytes.contains("Acme,'=cmd|' /C calc'!A0,Saved,"));
    }
};

QTEST_MAIN(TestImportApplicationsGui)
#include "tst_importapplicationsgui.moc"
