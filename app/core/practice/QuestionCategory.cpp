#include "core/practice/QuestionCategory.h"

namespace {
struct Names
{
    const char *key;
    const char *english;
};
// The English names double as the translation source texts.
constexpr Names CategoryNames[] = {
    {"about_you", QT_TRANSLATE_NOOP("QuestionCategory", "About you and motivation")},
    {"behavioural", QT_TRANSLATE_NOOP("QuestionCategory", "Behavioural")},
    {"role_skills", QT_TRANSLATE_NOOP("QuestionCategory", "Role and skills")},
    {"culture_fit", QT_TRANSLATE_NOOP("QuestionCategory", "Company and culture fit")},
    {"later_rounds", QT_TRANSLATE_NOOP("QuestionCategory", "Second and final rounds")},
    {"salary_logistics", QT_TRANSLATE_NOOP("QuestionCategory", "Salary and logistics")},
    {"curveball", QT_TRANSLATE_NOOP("QuestionCategory", "Curveballs")},
    {"to_ask", QT_TRANSLATE_NOOP("QuestionCategory", "Questions to ask them")},
};
constexpr Names AudienceNames[] = {
    {"", QT_TRANSLATE_NOOP("QuestionCategory", "Anyone")},
    {"hiring_manager", QT_TRANSLATE_NOOP("QuestionCategory", "Hiring manager")},
    {"peer", QT_TRANSLATE_NOOP("QuestionCategory", "Peer")},
    {"executive", QT_TRANSLATE_NOOP("QuestionCategory", "Executive")},
};
} // namespace

const QStringList &QuestionCategory::keys()
{
    static const QStringList list = [] {
        QStringList result;
        for (const Names &entry : CategoryNames)
            result << QString::fromLatin1(entry.key);
        return result;
    }();
    return list;
}

QString QuestionCategory::name(const QString &key)
{
    for (const Names &entry : CategoryNames) {
        if (key == QLatin1String(entry.key))
            return tr(entry.english);
    }
    return key;
}

QString QuestionCategory::fromText(const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Names &entry : CategoryNames) {
        if (wanted.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(entry.english), Qt::CaseInsensitive) == 0 ||
            wanted.compare(tr(entry.english), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

const QStringList &QuestionCategory::audiences()
{
    static const QStringList list = [] {
        QStringList result;
        for (const Names &entry : AudienceNames)
            result << QString::fromLatin1(entry.key);
        return result;
    }();
    return list;
}

QString QuestionCategory::audienceName(const QString &key)
{
    for (const Names &entry : AudienceNames) {
        if (key == QLatin1String(entry.key))
            return tr(entry.english);
    }
    return key;
}
