#include "core/practice/PracticePrepSheet.h"

#include "core/practice/PracticeStore.h"
#include "core/practice/QuestionCategory.h"
#include "core/practice/QuestionFile.h"

namespace {
QString excerpt(const QString &answer, int length)
{
    const QString simple = answer.simplified();
    if (simple.size() <= length)
        return simple;
    QString cut = simple.left(length);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > length / 2)
        cut.truncate(space);
    return cut + QChar(0x2026);
}
} // namespace

Status PracticePrepSheet::fill(const std::shared_ptr<Database> &database, PrepSheetData &sheet)
{
    PracticeStore store(database);
    auto ids = store.questionsForRound(sheet.roundId);
    if (!ids)
        return ids.status();

    // What the notes already list (questions asked in earlier rounds) is kept; a practised
    // question with the same text adds its answer there instead of appearing twice.
    QHash<QString, int> likelyIndex;
    for (int i = 0; i < sheet.likelyQuestions.items.size(); ++i)
        likelyIndex.insert(QuestionFile::duplicateKey(sheet.likelyQuestions.items.at(i).text), i);
    QSet<QString> toAskSeen;
    for (const PrepSheetItem &item : std::as_const(sheet.questionsToAsk.items))
        toAskSeen.insert(QuestionFile::duplicateKey(item.text));

    QList<PrepSheetItem> likely;
    int added = 0;
    for (qint64 id : ids.value()) {
        auto info = store.question(id);
        if (!info)
            return info.status();
        const QuestionFields &fields = info.value().fields;
        const QString key = QuestionFile::duplicateKey(fields.text);
        if (fields.category == QuestionCategory::toAsk()) {
            if (toAskSeen.contains(key))
                continue;
            toAskSeen.insert(key);
            sheet.questionsToAsk.items.append(
                {fields.text,
                 fields.audience.isEmpty()
                     ? QString()
                     : tr("For: %1").arg(QuestionCategory::audienceName(fields.audience)),
                 std::nullopt});
            continue;
        }
        QStringList detail;
        if (!fields.answer.trimmed().isEmpty())
            detail << excerpt(fields.answer, AnswerExcerpt);
        QStringList titles;
        for (qint64 storyId : fields.storyIds) {
            auto story = store.story(storyId);
            if (story)
                titles << story.value().fields.title;
        }
        if (!titles.isEmpty())
            detail << tr("Stories: %1").arg(titles.join(QStringLiteral(", ")));
        if (detail.isEmpty())
            detail << tr("No answer prepared yet.");
        if (likelyIndex.contains(key)) {
            PrepSheetItem &item = sheet.likelyQuestions.items[likelyIndex.value(key)];
            item.detail = item.detail.isEmpty() ? detail.join(QStringLiteral(" · "))
                                                : item.detail + QStringLiteral(" · ") +
                                                      detail.join(QStringLiteral(" · "));
            continue;
        }
        if (added >= MaximumLikelyQuestions)
            continue;
        ++added;
        likely.append({fields.text, detail.join(QStringLiteral(" · ")), std::nullopt});
    }
    // Practised questions come first, weakest first; then what earlier rounds asked.
    sheet.likelyQuestions.items = likely + sheet.likelyQuestions.items;
    if (sheet.questionsToAsk.items.size() >= 3)
        sheet.questionsToAsk.warning.clear();
    return Status::success();
}
