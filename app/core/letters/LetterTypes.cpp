#include "core/letters/LetterTypes.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<LetterStatus, const char *>, 5> statusKeys = {{
    {LetterStatus::Proposed, "proposed"},
    {LetterStatus::Draft, "draft"},
    {LetterStatus::Sent, "sent"},
    {LetterStatus::Replied, "replied"},
    {LetterStatus::Discarded, "discarded"},
}};
const std::array<std::pair<TemplateOccasion, const char *>, 6> occasionKeys = {{
    {TemplateOccasion::First, "first"},
    {TemplateOccasion::Later, "later"},
    {TemplateOccasion::Panel, "panel"},
    {TemplateOccasion::Final, "final"},
    {TemplateOccasion::FollowUp, "followup"},
    {TemplateOccasion::Other, "other"},
}};
} // namespace

QString LetterEnums::statusKey(LetterStatus status)
{
    for (const auto &[value, key] : statusKeys)
        if (value == status)
            return QString::fromLatin1(key);
    return QStringLiteral("draft");
}

LetterStatus LetterEnums::statusFromKey(const QString &key)
{
    for (const auto &[value, name] : statusKeys)
        if (key == QLatin1String(name))
            return value;
    return LetterStatus::Draft;
}

QString LetterEnums::occasionKey(TemplateOccasion occasion)
{
    for (const auto &[value, key] : occasionKeys)
        if (value == occasion)
            return QString::fromLatin1(key);
    return QStringLiteral("other");
}

TemplateOccasion LetterEnums::occasionFromKey(const QString &key)
{
    for (const auto &[value, name] : occasionKeys)
        if (key == QLatin1String(name))
            return value;
    return TemplateOccasion::Other;
}
