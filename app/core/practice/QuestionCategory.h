#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The categories of the question bank, stored by key (language-independent, also in CSV
// files) and shown by name in the user's language.
class QuestionCategory
{
    Q_DECLARE_TR_FUNCTIONS(QuestionCategory)

public:
    static const QStringList &keys();        // the order the bank is shown in
    static QString name(const QString &key); // "Behavioural"; the key itself if unknown
    // A key from a key or a name in English or the user's language, any case; empty if none.
    static QString fromText(const QString &text);
    static QString toAsk() { return QStringLiteral("to_ask"); }

    // Who a question to ask them suits best.
    static const QStringList &audiences(); // "", hiring_manager, peer, executive
    static QString audienceName(const QString &key);
};
