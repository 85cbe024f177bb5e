#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

// What the user writes about one round. Multi-line fields hold one item per line.
struct RoundNotes
{
    // Plan (before the round)
    QString sellingPoints;  // what I want them to remember
    QString requirements;   // the job's key requirements, each with my evidence
    QString questionsToAsk; // one question per line
    QString logistics;      // arrival time, contact phone, what to bring
    // Debrief (after the round)
    QString questionsAsked;
    QString weakAnswers; // and what I would say instead
    QString concerns;    // their concerns or hesitations
    QString clues;       // team, projects, culture, what they stressed
    QString nextSteps;   // what they said about next steps and timing
    QDate followUpOn;
    std::optional<int> gutFeeling; // 1 to 5

    bool operator==(const RoundNotes &) const = default;
    bool debriefIsEmpty() const;
    bool isEmpty() const;
};

// Kept per company, shared by all rounds of all its applications.
struct CompanyResearch
{
    QString mission;
    QString products;
    QString news;
    QString competitors;

    bool operator==(const CompanyResearch &) const = default;
    bool isEmpty() const;
};

// Per application; whole amounts in the currency given.
struct SalaryFigures
{
    std::optional<qint64> target;
    std::optional<qint64> walkAway;
    QString currency;

    bool operator==(const SalaryFigures &) const = default;
    bool isEmpty() const { return !target && !walkAway && currency.trimmed().isEmpty(); }
};

// The fields of an earlier round whose lines are carried over to later rounds.
enum class CarriedField { WeakAnswers, Concerns, Clues, NextSteps };

// One line an earlier round left, as shown in a later round's plan.
struct CarriedItem
{
    qint64 sourceRoundId = 0;
    int sourceRoundNumber = 0;
    CarriedField field = CarriedField::WeakAnswers;
    QString text;
    bool dealtWith = false;

    bool operator==(const CarriedItem &) const = default;
};

// Everything of the notes feature stored for some rounds / applications, as rows, so that
// deleting a round or application and undoing it brings back every note exactly.
struct NotesSnapshot
{
    QList<QVariantMap> roundNotes;
    QList<QVariantMap> checklist;
    QList<QVariantMap> decisions;
    QList<QVariantMap> salaries;

    bool isEmpty() const
    {
        return roundNotes.isEmpty() && checklist.isEmpty() && decisions.isEmpty() &&
               salaries.isEmpty();
    }
};

// A full-text match: what it is, where it leads, and a short excerpt with the matched words
// between the markers below (the rest is the user's text, to be shown literally).
struct NotesSearchHit
{
    enum class Kind { RoundNotes, Application, CompanyResearch };
    Kind kind = Kind::RoundNotes;
    qint64 roundId = 0;       // for round notes
    qint64 applicationId = 0; // for round notes and applications
    qint64 companyId = 0;
    QString company;
    QString role;
    QString excerpt;

    static constexpr QChar MatchStart = QChar(0xE000);
    static constexpr QChar MatchEnd = QChar(0xE001);
};

Q_DECLARE_METATYPE(NotesSnapshot)
