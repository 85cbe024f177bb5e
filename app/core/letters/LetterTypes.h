#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

// Proposed: made by the app when the round ended, not yet looked at. Discarded letters stay
// as rows, hidden, so the same letter is not proposed again.
enum class LetterStatus { Proposed, Draft, Sent, Replied, Discarded };

// What a template is meant for; a round is matched to first, later, panel or final.
enum class TemplateOccasion { First, Later, Panel, Final, FollowUp, Other };

struct LetterTemplate
{
    qint64 id = 0;
    QString shippedKey; // empty for the user's own
    QString language;   // "en", "de", …
    TemplateOccasion occasion = TemplateOccasion::Other;
    QString name;
    QString subject;
    QString body;

    bool operator==(const LetterTemplate &) const = default;
};

// What the user edits in a letter.
struct LetterFields
{
    qint64 roundId = 0;
    qint64 personId = 0; // 0: nobody (the person was deleted)
    qint64 templateId = 0;
    QString subject;
    QString body;

    bool operator==(const LetterFields &) const = default;
};

struct LetterInfo
{
    qint64 id = 0;
    LetterFields fields;
    LetterStatus status = LetterStatus::Proposed;
    QDateTime sentAt;    // UTC; invalid unless sent
    QDateTime repliedAt; // UTC; invalid unless replied
    // Read with the letter, for showing it.
    qint64 applicationId = 0;
    QString personName;
    QString personEmail;
    QString company;
    QString role;
    QString roundStatus; // as stored: scheduled, done, cancelled, noshow
    int roundNumber = 0;
    QDateTime roundStartUtc;
    QDateTime roundEndUtc;

    bool isOpen() const
    {
        return status == LetterStatus::Proposed || status == LetterStatus::Draft;
    }
};

// Rows exactly as stored, for undo: put back with their original ids.
struct LetterSnapshot
{
    QList<QVariantMap> letters;
    bool isEmpty() const { return letters.isEmpty(); }
};

struct TemplateSnapshot
{
    QVariantMap row;
    QList<qint64> letterIds; // letters that pointed at it (deleting sets them to none)
};

namespace LetterEnums {
QString statusKey(LetterStatus status);
LetterStatus statusFromKey(const QString &key);
QString occasionKey(TemplateOccasion occasion);
TemplateOccasion occasionFromKey(const QString &key);
} // namespace LetterEnums
