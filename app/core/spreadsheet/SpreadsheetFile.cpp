#include "core/spreadsheet/SpreadsheetFile.h"

#include "core/text/Csv.h"
#include "core/text/PlainText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Result<SpreadsheetFile> SpreadsheetFile::read(const QString &path)
{
    using R = Result<SpreadsheetFile>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return R::failure(tr("“%1” does not exist.").arg(shown));
    if (info.isDir())
        return R::failure(tr("“%1” is a folder, not a spreadsheet file.").arg(shown));
    if (info.size() > MaximumBytes)
        return R::failure(tr("“%1” is larger than 20 MiB; nothing was imported.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    // One byte more than allowed, in case the file grew after it was measured.
    return parse(file.read(MaximumBytes + 1));
}

Result<SpreadsheetFile> SpreadsheetFile::parse(const QByteArray &bytes)
{
    using R = Result<SpreadsheetFile>;
    if (bytes.size() > MaximumBytes)
        return R::failure(tr("The file is larger than 20 MiB; nothing was imported."));
    SpreadsheetFile file;
    TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    file.encoding = decoded.encoding;
    // A NUL is no text in any of the encodings read here (UTF-16 without its mark, an
    // Excel workbook, an image).
    if (decoded.text.contains(QChar(0)))
        return R::failure(tr("This is not a text file. Save the spreadsheet as CSV (or as "
                             "Unicode text) and import that."));
    file.delimiter = Csv::detectDelimiter(decoded.text);
    auto records = Csv::parse(decoded.text, file.delimiter);
    if (!records)
        return R::failure(records.error());
    QList<Csv::Record> list = records.take();
    // Rows of nothing but delimiters (",,,,") are blank lines too.
    list.removeIf([](const Csv::Record &record) {
        return std::all_of(record.fields.cbegin(), record.fields.cend(),
                           [](const QString &field) { return field.trimmed().isEmpty(); });
    });
    if (list.isEmpty())
        return R::failure(tr("The file is empty: it needs a line of column headings and at "
                             "least one application."));
    const Csv::Record &header = list.first();
    QStringList headings = header.fields;
    while (!headings.isEmpty() && headings.last().trimmed().isEmpty())
        headings.removeLast();
    if (headings.size() > MaximumColumns)
        return R::failure(tr("Line %1: more than %2 columns; this does not look like a list of "
                             "applications.")
                              .arg(header.line)
                              .arg(MaximumColumns));
    for (QString &heading : headings)
        heading = heading.trimmed();
    file.headings = headings;
    file.rows.reserve(list.size() - 1);
    for (qsizetype i = 1; i < list.size(); ++i) {
        const Csv::Record &record = list.at(i);
        for (qsizetype column = headings.size(); column < record.fields.size(); ++column) {
            if (!record.fields.at(column).trimmed().isEmpty())
                return R::failure(tr("Line %1, column %2: a value in a column without a "
                                     "heading. Give the column a heading or remove the value.")
                                      .arg(record.line)
                                      .arg(column + 1));
        }
        Row row;
        row.line = record.line;
        row.cells = record.fields.mid(0, headings.size());
        while (row.cells.size() < headings.size())
            row.cells.append(QString());
        file.rows.append(row);
    }
    if (file.rows.isEmpty())
        return R::failure(tr("The file has column headings but no applications."));
    return file;
}

QString SpreadsheetFile::columnName(int column) const
{
    const QString heading = PlainText::singleLine(headings.value(column)).left(40);
    return heading.isEmpty() ? tr("column %1").arg(column + 1)
                             : tr("column %1 (%2)").arg(column + 1).arg(heading);
}

QString SpreadsheetFile::where(int line, int column) const
{
    return tr("Line %1, %2: ").arg(line).arg(columnName(column));
}
