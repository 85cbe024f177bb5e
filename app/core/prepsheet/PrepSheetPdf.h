#pragma once

#include "core/Result.h"
#include "core/prepsheet/PrepSheetData.h"

#include <QCoreApplication>
#include <QLocale>

// Writes a prep sheet to a PDF file: all or nothing (no file is left behind when it fails),
// readable by the owner only, with the title and author in the file's metadata.
class PrepSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(PrepSheetPdf)

public:
    // The number of pages written.
    static Result<int> write(const PrepSheetData &data, const QString &path,
                             const QLocale &locale = QLocale());
};
