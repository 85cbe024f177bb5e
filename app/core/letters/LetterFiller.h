#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What a letter's placeholders are filled from. An empty value leaves its placeholder in
// the text, so the user sees where something is missing and is warned before sending.
struct LetterValues
{
    QString fullName; // the person's name as listed
    QString company;
    QString role;
    int roundNumber = 0; // 1, 2, … within the application; 0 when unknown
    bool finalRound = false;
    QDate date; // the round's day in the zone it was arranged in
    QString topic;
    QString myName;
    QString nextStep;
};

// Fills a template's placeholders ({first_name}, {full_name}, {company}, {role}, {round},
// {date}, {topic}, {my_name}, {next_step}). The words it adds ("second interview", the
// date) follow the template's language (English, German, French or Spanish), not the
// window's, so a German template reads German whatever language the menus are in.
class LetterFiller
{
public:
    // The placeholder names, without braces, in the order the editor lists them.
    static const QStringList &placeholderNames();

    // One pass over the text: a value that itself holds "{company}" stays as typed. When
    // the first name is unknown, the greeting that uses it ("Dear {first_name},") becomes
    // a fallback greeting ("Dear Dr Weber," or "Hello,").
    static QString fill(const QString &text, const LetterValues &values, const QString &language);

    // The given name in a listed name: "Anna" in "Dr. Anna Weber" or "Weber, Anna"; empty
    // when the name gives none ("Ms Weber", an address, nothing).
    static QString firstName(const QString &fullName);
    // "second interview" / "zweite Gespräch" (German templates say "das {round}") /
    // "deuxième entretien" ("notre {round}") / "segunda entrevista" ("la {round}").
    static QString roundPhrase(int number, bool finalRound, const QString &language);
    static QString datePhrase(const QDate &date, const QString &language);
    // Said instead of "Dear {first_name}" when there is no first name.
    static QString fallbackGreeting(const QString &fullName, const QString &language);

    // Known placeholders still in a text, each once, in order of first appearance.
    static QStringList unfilled(const QString &text);
    // "{…}" in a template that is no known placeholder (a typo such as {frist_name}).
    static QStringList unknownPlaceholders(const QString &text);
    // Groups of two or more indices whose texts are the same once spacing is ignored;
    // empty texts are not compared.
    static QList<QList<int>> sameTexts(const QStringList &texts);
};
