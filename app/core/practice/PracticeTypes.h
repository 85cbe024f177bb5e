#pragma once

#include "core/practice/FsrsScheduler.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

struct QuestionFields
{
    QString category = QStringLiteral("behavioural");
    QString audience; // for questions to ask: hiring_manager, peer, executive or empty
    QString text;
    QString answer;
    QStringList tags;
    QList<qint64> storyIds; // linked stories, in order
};

struct QuestionInfo
{
    qint64 id = 0;
    QuestionFields fields;
    QString origin;
    FsrsCard card;
    QList<qint64> applicationIds;
};

struct StoryFields
{
    QString title;
    QString situation;
    QString task;
    QString action;
    QString result;
    QString measurableResult;
    QStringList skills;
};

struct StoryInfo
{
    qint64 id = 0;
    StoryFields fields;
};

// Rows exactly as stored, so a delete (or an edit) can be undone with the original ids.
struct QuestionSnapshot
{
    QVariantMap row;
    QList<QVariantMap> stories;      // question_stories
    QList<QVariantMap> applications; // question_applications
    QList<QVariantMap> reviews;
    QList<QVariantMap> roundQuestions;
    qint64 id() const { return row.value(QStringLiteral("id")).toLongLong(); }
};

struct StorySnapshot
{
    QVariantMap row;
    QList<QVariantMap> links; // question_stories
    qint64 id() const { return row.value(QStringLiteral("id")).toLongLong(); }
};

// What practice keeps of applications and rounds: the rows a delete of those cascades away
// (or sets to NULL), so the application or round delete can be undone exactly.
struct PracticeCascadeSnapshot
{
    QList<QVariantMap> applicationLinks; // question_applications
    QList<QVariantMap> roundQuestions;   // round_questions
    bool isEmpty() const { return applicationLinks.isEmpty() && roundQuestions.isEmpty(); }
};

// One rating, with the memory state before it, so it can be undone and redone exactly.
struct ReviewOutcome
{
    qint64 questionId = 0;
    qint64 reviewId = 0;
    Rating rating = Rating::Good;
    QDateTime at;
    int seconds = 0;
    QString forgot;
    FsrsCard before;
    FsrsCard after;
};

struct ReviewRecord
{
    QDateTime at;
    Rating rating = Rating::Good;
    int seconds = 0;
    QString forgot;
};

struct RoundReadiness
{
    qint64 roundId = 0;
    qint64 applicationId = 0;
    QString company;
    QString role;
    int number = 0; // round 1, 2, … of the application
    QDateTime startsAt;
    int ready = 0;
    int total = 0;
};

struct CategoryRecall
{
    QString category;
    int reviews = 0;
    int recalled = 0; // rated Hard, Good or Easy
};

struct ImportSummary
{
    int added = 0;
    int alreadyThere = 0;
    QList<qint64> addedIds;
};
