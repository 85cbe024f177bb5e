#pragma once

#include "core/notes/NotesTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

// Pure rules of the notes feature, without the database.
class NotesRules
{
    Q_DECLARE_TR_FUNCTIONS(NotesRules)

public:
    // The non-empty lines of a multi-line field, trimmed, in order, each once.
    static QStringList items(const QString &text);
    static int questionCount(const RoundNotes &notes)
    {
        return int(items(notes.questionsToAsk).size());
    }
    // Fewer than this many questions to ask them shows a nudge.
    static constexpr int MinimumQuestions = 3;

    static QString fieldKey(CarriedField field);
    static QString fieldLabel(CarriedField field);
    static QList<CarriedField> carriedFields();

    struct EarlierRound
    {
        qint64 roundId = 0;
        int number = 0;
        RoundNotes notes;
    };
    // A decision's identity: source round, field key, item text.
    struct DecisionKey
    {
        qint64 sourceRoundId = 0;
        QString field;
        QString item;
        bool operator==(const DecisionKey &) const = default;
    };
    // What the earlier rounds (in date order) left, for the next round's plan: every line of
    // their weak answers, concerns, clues and next steps, marked dealt with where decided.
    static QList<CarriedItem> carriedOver(const QList<EarlierRound> &earlier,
                                          const QList<DecisionKey> &decisions);
    static QList<CarriedItem> stillOpen(const QList<CarriedItem> &items);

    // Which part of the notes fits the moment: the debrief once the round has ended.
    static bool showDebriefFirst(const QDateTime &roundEndUtc, const QDateTime &nowUtc);
    // A round that has ended (and was not cancelled) without any debrief written.
    static bool needsDebrief(const QDateTime &roundEndUtc, bool cancelled, const RoundNotes &notes,
                             const QDateTime &nowUtc);
};

size_t qHash(const NotesRules::DecisionKey &key, size_t seed = 0);
