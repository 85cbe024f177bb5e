#include "core/letters/LetterFiller.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {

bool isGerman(const QString &language)
{
    return language.startsWith(QLatin1String("de"), Qt::CaseInsensitive);
}

bool isFrench(const QString &language)
{
    return language.startsWith(QLatin1String("fr"), Qt::CaseInsensitive);
}

bool isSpanish(const QString &language)
{
    return language.startsWith(QLatin1String("es"), Qt::CaseInsensitive);
}

// "entretien" is masculine: "premier entretien", "deuxième entretien", "11e entretien";
// French templates say "notre {round}", which needs no elision.
QString frenchRoundPhrase(int number, bool finalRound)
{
    static const QStringList ordinals = {QStringLiteral("premier"),   QStringLiteral("deuxième"),
                                         QStringLiteral("troisième"), QStringLiteral("quatrième"),
                                         QStringLiteral("cinquième"), QStringLiteral("sixième"),
                                         QStringLiteral("septième"),  QStringLiteral("huitième"),
                                         QStringLiteral("neuvième"),  QStringLiteral("dixième")};
    if (finalRound)
        return QStringLiteral("entretien final");
    if (number >= 1 && number <= ordinals.size())
        return ordinals.at(number - 1) + QStringLiteral(" entretien");
    if (number > ordinals.size())
        return QStringLiteral("%1e entretien").arg(number);
    return QStringLiteral("entretien");
}

// "entrevista" is feminine: "segunda entrevista", "11.ª entrevista"; Spanish templates
// say "la {round}" or "nuestra {round}".
QString spanishRoundPhrase(int number, bool finalRound)
{
    static const QStringList ordinals = {QStringLiteral("primera"), QStringLiteral("segunda"),
                                         QStringLiteral("tercera"), QStringLiteral("cuarta"),
                                         QStringLiteral("quinta"),  QStringLiteral("sexta"),
                                         QStringLiteral("séptima"), QStringLiteral("octava"),
                                         QStringLiteral("novena"),  QStringLiteral("décima")};
    if (finalRound)
        return QStringLiteral("entrevista final");
    if (number >= 1 && number <= ordinals.size())
        return ordinals.at(number - 1) + QStringLiteral(" entrevista");
    if (number > ordinals.size())
        return QStringLiteral("%1.ª entrevista").arg(number);
    return QStringLiteral("entrevista");
}

bool isTitle(QString word)
{
    static const QStringList titles = {
        QStringLiteral("mr"),     QStringLiteral("mrs"),   QStringLiteral("ms"),
        QStringLiteral("miss"),   QStringLiteral("mx"),    QStringLiteral("dr"),
        QStringLiteral("prof"),   QStringLiteral("sir"),   QStringLiteral("dame"),
        QStringLiteral("herr"),   QStringLiteral("frau"),  QStringLiteral("dipl.-ing"),
        QStringLiteral("mag"),    QStringLiteral("ing"),   QStringLiteral("m"),
        QStringLiteral("mme"),    QStringLiteral("mlle"),  QStringLiteral("monsieur"),
        QStringLiteral("madame"), QStringLiteral("sr"),    QStringLiteral("sra"),
        QStringLiteral("srta"),   QStringLiteral("señor"), QStringLiteral("señora"),
        QStringLiteral("dña")};
    while (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    return titles.contains(word.toLower());
}

// A placeholder as it stands in a text: {name} with a lower-case identifier inside.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]{1,40})\\}"));
    return pattern;
}

// How many words stand before a position on its line: a greeting has few.
int wordsBefore(const QString &text, qsizetype position, qsizetype *lineStart)
{
    const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    *lineStart = start;
    return int(
        text.mid(start, position - start).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

} // namespace

const QStringList &LetterFiller::placeholderNames()
{
    static const QStringList names = {
        QStringLiteral("first_name"), QStringLiteral("full_name"), QStringLiteral("company"),
        QStringLiteral("role"),       QStringLiteral("round"),     QStringLiteral("date"),
        QStringLiteral("topic"),      QStringLiteral("my_name"),   QStringLiteral("next_step")};
    return names;
}

QString LetterFiller::firstName(const QString &fullName)
{
    const QString name = fullName.simplified();
    if (name.isEmpty() || name.contains(QLatin1Char('@')))
        return {};
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    // "Weber, Anna": the given name follows the comma.
    const QString given = comma >= 0 ? name.mid(comma + 1) : name;
    QStringList words = given.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool hadTitle = false;
    while (!words.isEmpty() && isTitle(words.first())) {
        words.removeFirst();
        hadTitle = true;
    }
    if (words.isEmpty())
        return {};
    // "Ms Weber": a title before a single word means the word is the family name.
    if (comma < 0 && hadTitle && words.size() == 1)
        return {};
    const QString first = words.first();
    for (const QChar c : first)
        if (c.isDigit())
            return {};
    return first;
}

QString LetterFiller::roundPhrase(int number, bool finalRound, const QString &language)
{
    if (isFrench(language))
        return frenchRoundPhrase(number, finalRound);
    if (isSpanish(language))
        return spanishRoundPhrase(number, finalRound);
    if (isGerman(language)) {
        static const QStringList ordinals = {QStringLiteral("erste"),  QStringLiteral("zweite"),
                                             QStringLiteral("dritte"), QStringLiteral("vierte"),
                                             QStringLiteral("fünfte"), QStringLiteral("sechste"),
                                             QStringLiteral("siebte"), QStringLiteral("achte"),
                                             QStringLiteral("neunte"), QStringLiteral("zehnte")};
        if (finalRound)
            return QStringLiteral("abschließende Gespräch");
        if (number >= 1 && number <= ordinals.size())
            return ordinals.at(number - 1) + QStringLiteral(" Gespräch");
        if (number > ordinals.size())
            return QStringLiteral("%1. Gespräch").arg(number);
        return QStringLiteral("Gespräch");
    }
    static const QStringList ordinals = {QStringLiteral("first"),   QStringLiteral("second"),
                                         QStringLiteral("third"),   QStringLiteral("fourth"),
                                         QStringLiteral("fifth"),   QStringLiteral("sixth"),
                                         QStringLiteral("seventh"), QStringLiteral("eighth"),
                                         QStringLiteral("ninth"),   QStringLiteral("tenth")};
    if (finalRound)
        return QStringLiteral("final interview");
    if (number >= 1 && number <= ordinals.size())
        return ordinals.at(number - 1) + QStringLiteral(" interview");
    if (number > ordinals.size()) {
        const int lastTwo = number % 100;
        const int last = number % 10;
        const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th"
                             : last == 1                      ? "st"
                             : last == 2                      ? "nd"
                             : last == 3                      ? "rd"
                                                              : "th";
        return QStringLiteral("%1%2 interview").arg(number).arg(QLatin1String(suffix));
    }
    return QStringLiteral("interview");
}

QString LetterFiller::datePhrase(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    if (isGerman(language))
        return QLocale(QLocale::German).toString(date, QStringLiteral("dddd, d. MMMM"));
    // "le lundi 7 décembre", "el lunes 7 de diciembre": the templates put the article.
    if (isFrench(language))
        return QLocale(QLocale::French).toString(date, QStringLiteral("dddd d MMMM"));
    if (isSpanish(language))
        return QLocale(QLocale::Spanish).toString(date, QStringLiteral("dddd d 'de' MMMM"));
    return QLocale(QLocale::English).toString(date, QStringLiteral("dddd d MMMM"));
}

QString LetterFiller::fallbackGreeting(const QString &fullName, const QString &language)
{
    const QString name = fullName.simplified();
    const bool usable = !name.isEmpty() && !name.contains(QLatin1Char('@'));
    if (isGerman(language))
        return usable ? QStringLiteral("Guten Tag ") + name : QStringLiteral("Guten Tag");
    if (isFrench(language))
        return usable ? QStringLiteral("Bonjour ") + name : QStringLiteral("Bonjour");
    if (isSpanish(language))
        return usable ? QStringLiteral("Hola, ") + name : QStringLiteral("Buenos días");
    return usable ? QStringLiteral("Dear ") + name : QStringLiteral("Hello");
}

QString LetterFiller::fill(const QString &text, const LetterValues &values, const QString &language)
{
    const QString first = firstName(values.fullName);
    const QHash<QString, QString> replacements = {
        {QStringLiteral("first_name"), first},
        {QStringLiteral("full_name"), values.fullName.simplified()},
        {QStringLiteral("company"), values.company.simplified()},
        {QStringLiteral("role"), values.role.simplified()},
        {QStringLiteral("round"), roundPhrase(values.roundNumber, values.finalRound, language)},
        {QStringLiteral("date"), datePhrase(values.date, language)},
        {QStringLiteral("topic"), values.topic.trimmed()},
        {QStringLiteral("my_name"), values.myName.trimmed()},
        {QStringLiteral("next_step"), values.nextStep.trimmed()},
    };

    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    bool greetingReplaced = false;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const qsizetype start = match.capturedStart();
        if (name == QLatin1String("first_name") && first.isEmpty() && !greetingReplaced) {
            // The first use of the missing first name, when it opens its line with at most
            // two words before it, is the greeting: it is said another way.
            qsizetype lineStart = 0;
            if (wordsBefore(text, start, &lineStart) <= 2 && lineStart >= copied) {
                greetingReplaced = true;
                result += text.mid(copied, lineStart - copied);
                result += fallbackGreeting(values.fullName, language);
                copied = match.capturedEnd();
                continue;
            }
        }
        const QString value = replacements.value(name);
        if (value.isEmpty())
            continue; // unknown placeholder or no value: stays in the text as it is
        result += text.mid(copied, start - copied);
        result += value;
        copied = match.capturedEnd();
    }
    result += text.mid(copied);
    return result;
}

QStringList LetterFiller::unfilled(const QString &text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (placeholderNames().contains(name) && !found.contains(name))
            found << name;
    }
    return found;
}

QStringList LetterFiller::unknownPlaceholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression anyBraces(QStringLiteral("\\{([^{}\\n]{0,40})\\}"));
    QRegularExpressionMatchIterator it = anyBraces.globalMatch(text);
    while (it.hasNext()) {
        const QString inner = it.next().captured(1);
        if (!placeholderNames().contains(inner) && !found.contains(inner))
            found << inner;
    }
    return found;
}

QList<QList<int>> LetterFiller::sameTexts(const QStringList &texts)
{
    QHash<QString, QList<int>> byText;
    QStringList order;
    for (int i = 0; i < texts.size(); ++i) {
        const QString key = texts.at(i).simplified();
        if (key.isEmpty())
            continue;
        if (!byText.contains(key))
            order << key;
        byText[key] << i;
    }
    QList<QList<int>> groups;
    for (const QString &key : order)
        if (byText.value(key).size() > 1)
            groups << byText.value(key);
    return groups;
}
