#include "core/practice/QuestionBank.h"

#include "core/Clock.h"
#include "core/PipelineStore.h"
#include "core/SqlErrorText.h"
#include "core/languages/UiLanguage.h"
#include "core/practice/PracticeStore.h"
#include "core/practice/QuestionCategory.h"

#include <QFile>
#include <QSqlQuery>

QString QuestionBank::languageForUi()
{
    // Every shipped interface language has its bank.
    return UiLanguage::current();
}

Result<QList<QuestionBank::Entry>> QuestionBank::parse(const QString &text)
{
    using R = Result<QList<Entry>>;
    QList<Entry> entries;
    QString category;
    QString audience;
    int lineNumber = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const QStringList parts = line.mid(1, line.size() - 2).split(QLatin1Char(' '));
            category = parts.value(0);
            audience = parts.value(1);
            if (!QuestionCategory::keys().contains(category) ||
                !QuestionCategory::audiences().contains(audience))
                return R::failure(
                    tr("Line %1 of the question bank names an unknown category.").arg(lineNumber));
            continue;
        }
        if (category.isEmpty())
            return R::failure(
                tr("Line %1 of the question bank comes before any category.").arg(lineNumber));
        entries.append({category, audience, line});
    }
    return entries;
}

Result<QList<QuestionBank::Entry>> QuestionBank::entries(const QString &language)
{
    QFile file(QStringLiteral(":/practice/questions_%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<Entry>>::failure(tr("The question bank could not be read."));
    return parse(QString::fromUtf8(file.readAll()));
}

Status QuestionBank::seed(QSqlDatabase &db)
{
    return seed(db, languageForUi());
}

Status QuestionBank::seed(QSqlDatabase &db, const QString &language)
{
    auto bank = entries(language);
    if (!bank)
        return bank.status();
    const QString now = PipelineStore::toStoredTime(Clock::nowUtc());
    const QString failed = tr("The question bank could not be added to the file.");
    for (const Entry &entry : bank.value()) {
        QuestionFields fields;
        fields.category = entry.category;
        fields.audience = entry.audience;
        fields.text = entry.text;
        auto inserted =
            PracticeStore::insertQuestionRow(db, fields, QStringLiteral("bank"), now, failed);
        if (!inserted)
            return inserted.status();
    }
    return Status::success();
}
