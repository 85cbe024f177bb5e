#include "core/practice/QuestionFile.h"

#include "core/practice/QuestionCategory.h"
#include "core/text/Csv.h"
#include "core/text/TextDecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
const QStringList Header = {QStringLiteral("question"), QStringLiteral("category"),
                            QStringLiteral("answer"), QStringLiteral("tags")};
} // namespace

QString QuestionFile::clean(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                result += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            result += c;
            continue;
        }
        const ushort code = c.unicode();
        if (code < 0x20 || (code >= 0x7f && code < 0xa0))
            continue;
        result += c;
    }
    return result;
}

QString QuestionFile::duplicateKey(const QString &text)
{
    return clean(text).simplified().toCaseFolded();
}

QStringList QuestionFile::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : clean(text).split(QLatin1Char(';'))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

Result<QList<QuestionRow>> QuestionFile::read(const QString &path)
{
    using R = Result<QList<QuestionRow>>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return R::failure(tr("“%1” does not exist.").arg(shown));
    if (info.isDir())
        return R::failure(tr("“%1” is a folder, not a question file.").arg(shown));
    if (info.size() > MaximumBytes)
        return R::failure(tr("“%1” is larger than 5 MiB; a question file is far smaller. "
                             "Nothing was imported.")
                              .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    // Read one byte more than allowed, in case the file grew after it was measured.
    const QByteArray bytes = file.read(MaximumBytes + 1);
    auto rows = parse(bytes);
    if (!rows)
        return R::failure(tr("“%1” was not imported. %2").arg(shown, rows.error()));
    return rows;
}

Result<QList<QuestionRow>> QuestionFile::parse(const QByteArray &input)
{
    using R = Result<QList<QuestionRow>>;
    if (input.size() > MaximumBytes)
        return R::failure(tr("The file is larger than 5 MiB."));
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\0'))
        return R::failure(tr("This is not a text file."));
    const qsizetype invalid = TextDecoding::firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        const int line = int(bytes.left(invalid).count('\n')) + 1;
        return R::failure(
            tr("Line %1: the file is not UTF-8 text. Save it as UTF-8 and try again.").arg(line));
    }
    const QString text = QString::fromUtf8(bytes);
    auto records = Csv::parse(text);
    if (!records)
        return R::failure(records.error());
    const QList<Csv::Record> &list = records.value();
    if (list.isEmpty())
        return R::failure(tr("Line 1: the file is empty; it needs the header "
                             "question,category,answer,tags."));
    QStringList header;
    for (const QString &name : list.first().fields)
        header << name.trimmed().toLower();
    if (header != Header)
        return R::failure(tr("Line %1: the first line must be the header "
                             "question,category,answer,tags.")
                              .arg(list.first().line));
    QList<QuestionRow> rows;
    for (qsizetype i = 1; i < list.size(); ++i) {
        const Csv::Record &record = list.at(i);
        if (record.fields.size() != Header.size())
            return R::failure(tr("Line %1: %2 fields instead of 4 (question, category, answer, "
                                 "tags).")
                                  .arg(record.line)
                                  .arg(record.fields.size()));
        QuestionRow row;
        row.line = record.line;
        row.text = clean(record.fields.at(0)).trimmed();
        row.answer = clean(record.fields.at(2)).trimmed();
        row.tags = splitTags(record.fields.at(3));
        if (row.text.isEmpty())
            return R::failure(tr("Line %1: the question is empty.").arg(record.line));
        if (row.text.size() > MaximumQuestionLength)
            return R::failure(tr("Line %1: the question is longer than %2 characters.")
                                  .arg(record.line)
                                  .arg(MaximumQuestionLength));
        if (row.answer.size() > MaximumAnswerLength)
            return R::failure(tr("Line %1: the answer is longer than %2 characters.")
                                  .arg(record.line)
                                  .arg(MaximumAnswerLength));
        if (row.tags.size() > MaximumTags)
            return R::failure(tr("Line %1: more than %2 tags.").arg(record.line).arg(MaximumTags));
        for (const QString &tag : std::as_const(row.tags)) {
            if (tag.size() > MaximumTagLength)
                return R::failure(tr("Line %1: a tag is longer than %2 characters.")
                                      .arg(record.line)
                                      .arg(MaximumTagLength));
        }
        const QString categoryText = clean(record.fields.at(1)).trimmed();
        row.category = QuestionCategory::fromText(categoryText);
        if (row.category.isEmpty()) {
            QStringList accepted;
            for (const QString &key : QuestionCategory::keys())
                accepted << key;
            return R::failure(tr("Line %1: “%2” is not a category. Use one of: %3.")
                                  .arg(record.line)
                                  .arg(categoryText.left(60), accepted.join(QLatin1String(", "))));
        }
        rows.append(row);
    }
    return rows;
}

QByteArray QuestionFile::toCsv(const QList<QuestionRow> &rows)
{
    QString out = Csv::record(Header);
    for (const QuestionRow &row : rows)
        out += Csv::record({row.text, row.category, row.answer, row.tags.join(QLatin1Char(';'))});
    return out.toUtf8();
}

QByteArray QuestionFile::toAnki(const QList<QuestionRow> &rows)
{
    // Anki reads fields as HTML when told so: escaping everything and turning line breaks
    // into <br> shows the text exactly as written, never as markup.
    const auto html = [](const QString &text) {
        QString escaped = clean(text).toHtmlEscaped();
        escaped.replace(QLatin1Char('\t'), QLatin1Char(' '));
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        return escaped;
    };
    QString out = QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n");
    for (const QuestionRow &row : rows) {
        QStringList tags;
        for (const QString &tag : row.tags) {
            QString plain = clean(tag).simplified();
            plain.replace(QLatin1Char(' '), QLatin1Char('_'));
            if (!plain.isEmpty())
                tags << plain;
        }
        out += html(row.text) + QLatin1Char('\t') + html(row.answer) + QLatin1Char('\t') +
               tags.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Status QuestionFile::write(const QString &path, const QByteArray &data)
{
    if (path.trimmed().isEmpty())
        return Status::failure(tr("Choose a file to export to."));
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Status::failure(tr("“%1” is a folder. Choose a file name inside it.").arg(shown));
    if (!info.absoluteDir().exists())
        return Status::failure(tr("The folder “%1” does not exist. Choose a folder that exists.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("“%1” could not be written: %2").arg(shown, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("“%1” could not be written: %2").arg(shown, reason));
    }
    if (!file.commit())
        return Status::failure(tr("“%1” could not be saved: %2").arg(shown, file.errorString()));
    return Status::success();
}
