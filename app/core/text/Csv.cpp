#include "core/text/Csv.h"

Result<QList<Csv::Record>> Csv::parse(const QString &text, QChar delimiter)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 1;
    int quoteColumn = 1;
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
    // Columns count from 1, like a spreadsheet's.
    const auto column = [&] {
        return int(current.fields.size()) + 1;
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
            } else if (c == QLatin1Char('\r')) {
                // A line break inside a field reads the same whichever way it was written.
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field += QLatin1Char('\n');
                ++line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted)
                return Result<QList<Record>>::failure(
                    tr("Line %1: the quotation mark in column %2 must be doubled and the field "
                       "put in quotes.")
                        .arg(line)
                        .arg(column()));
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            quoteColumn = column();
        } else {
            if (wasQuoted)
                return Result<QList<Record>>::failure(
                    tr("Line %1: there is text after a closing quotation mark in column %2.")
                        .arg(line)
                        .arg(column()));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Result<QList<Record>>::failure(
            tr("Line %1: a quotation mark opens a field in column %2 that is never closed.")
                .arg(quoteLine)
                .arg(quoteColumn));
    if (fieldStarted || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return records;
}

QChar Csv::detectDelimiter(const QString &text)
{
    static const QList<QChar> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QList<int> counts(candidates.size(), 0);
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice, which is right
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (std::any_of(counts.cbegin(), counts.cend(), [](int n) { return n > 0; }))
                break;
            continue;
        }
        const qsizetype index = candidates.indexOf(c);
        if (index >= 0)
            ++counts[index];
    }
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (counts.at(i) > counts.at(best))
            best = i;
    }
    return candidates.at(best);
}

QString Csv::field(const QString &value, QChar delimiter)
{
    bool needsQuotes = value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    for (const QChar c : value) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n')) {
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

QString Csv::record(const QStringList &fields, QChar delimiter)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &value : fields)
        out.append(field(value, delimiter));
    return out.join(delimiter) + QLatin1String("\r\n");
}
