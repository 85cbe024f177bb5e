#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Everything the printed prep sheet of one round shows, as plain text: the document builder
// turns it into pages, and each feature fills its part (see PrepSheetFillers.cpp). No
// field is ever read as markup.

// One line of a section: the text, an optional second line under it (an answer, the
// evidence, what a person cares about), and a tick box when ticked is set.
struct PrepSheetItem
{
    QString text;
    QString detail;
    std::optional<bool> ticked;

    bool operator==(const PrepSheetItem &) const = default;
};

struct PrepSheetSection
{
    QString title;
    // Paragraphs before the items (the advice for the round's reason, say).
    QStringList paragraphs;
    QList<PrepSheetItem> items;
    // Printed in place of the items when there are none: briefly, what to fill in where.
    QString emptyHint;
    // A nudge printed after the items ("fewer than three questions").
    QString warning;

    bool isEmpty() const { return paragraphs.isEmpty() && items.isEmpty(); }
    bool operator==(const PrepSheetSection &) const = default;
};

struct PrepSheetData
{
    qint64 roundId = 0;
    qint64 applicationId = 0;
    // The header of every page.
    QString company;
    QString role;
    QString roundTitle; // "Round 2: Technical interview"
    QString dateText;   // the round's date, as the user reads dates

    // The ten sections, in print order.
    PrepSheetSection when;            // 1 when, where or the link, how long
    PrepSheetSection people;          // 2 who attends, title, what each cares about
    PrepSheetSection why;             // 3 why this round, with its advice
    PrepSheetSection leftOpen;        // 4 what earlier rounds left open
    PrepSheetSection sellingPoints;   // 5 selling points, requirement → evidence
    PrepSheetSection likelyQuestions; // 6 likely questions (+ prepared answers as detail)
    PrepSheetSection questionsToAsk;  // 7 at least three questions to ask them
    PrepSheetSection salary;          // 8 salary target and walk-away
    PrepSheetSection checklist;       // 9 basics checklist with tick boxes
    PrepSheetSection afterRound;      // 10 thank-you to each person, ask about next steps

    QList<const PrepSheetSection *> sections() const
    {
        return {&when,           &people, &why,       &leftOpen,  &sellingPoints, &likelyQuestions,
                &questionsToAsk, &salary, &checklist, &afterRound};
    }
    bool operator==(const PrepSheetData &) const = default;
};
