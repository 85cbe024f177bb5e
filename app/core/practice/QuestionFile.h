#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One question as it travels in a file.
struct QuestionRow
{
    QString text;
    QString category; // a key of QuestionCategory
    QString answer;
    QStringList tags;
    int line = 0; // where it was in the file read (for messages)
};

// Question files: CSV (RFC 4180, header question,category,answer,tags, tags separated by ';',
// UTF-8 with or without a byte-order mark) in both directions, and a tab-separated text file
// for Anki's File > Import. A file is read whole and checked whole before anything is used,
// so a bad one is refused with its line number and nothing of it is imported.
class QuestionFile
{
    Q_DECLARE_TR_FUNCTIONS(QuestionFile)

public:
    static constexpr qint64 MaximumBytes = 5 * 1024 * 1024;
    static constexpr int MaximumQuestionLength = 2000;
    static constexpr int MaximumAnswerLength = 20000;
    static constexpr int MaximumTags = 30;
    static constexpr int MaximumTagLength = 60;

    static Result<QList<QuestionRow>> read(const QString &path);
    static Result<QList<QuestionRow>> parse(const QByteArray &bytes);

    static QByteArray toCsv(const QList<QuestionRow> &rows);
    static QByteArray toAnki(const QList<QuestionRow> &rows);
    // Written through a temporary file readable by the owner only, then renamed into place.
    static Status write(const QString &path, const QByteArray &data);

    // The key two question texts are compared by: trimmed, case-folded, inner spaces single.
    static QString duplicateKey(const QString &text);
    // Text from a file or a form without control characters (tabs and line breaks stay).
    static QString clean(const QString &text);
    static QStringList splitTags(const QString &text);
};
