#include "core/practice/Csv.h"

Result<QList<Csv::Record>> Csv::parse(const QString &text)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 1;
    current.line = 1;

    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line (one empty, unquoted field) carries no record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records.append(current);
        current = Record();
        current.line = line;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < size &&
                       text.at(i + 1) == QLatin1Char('\n')) {
                field += QLatin1Char('\n'); // a line break inside a field reads the same either way
                ++i;
                ++line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted)
                return Result<QList<Record>>::failure(
                    tr("Line %1: a quotation mark inside a field must be doubled and the field "
                       "put in quotes.")
                        .arg(line));
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return Result<QList<Record>>::failure(
                    tr("Line %1: there is text after a closing quotation mark.").arg(line));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Result<QList<Record>>::failure(
            tr("Line %1: a quotation mark opens a field that is never closed.").arg(quoteLine));
    if (fieldStarted || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return records;
}

QString Csv::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    for (const QChar c : value) {
        if (special.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Csv::record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &value : fields)
        out.append(field(value));
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}
