#include "ui/notes/PrepSheetPreview.h"

#include "core/prepsheet/PrepSheetDocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {

PrepSheetPreview::Override & override()
{
    static PrepSheetPreview::Override function;
    return function;
}

} // namespace

void PrepSheetPreview::setOverride(Override function)
{
    override() = std::move(function);
}

void PrepSheetPreview::show(QWidget *parent, const PrepSheetData &sheet)
{
    if (override()) {
        override()(sheet);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PrepSheetDocument::pageLayoutFor(QLocale()));
    printer.setDocName(PrepSheetDocument(sheet).title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("PrepSheetPreview", "Prep sheet"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&sheet](QPrinter *target) {
                         PrepSheetDocument document(sheet);
                         document.print(target);
                     });
    dialog.exec();
}
