#include "core/spreadsheet/SalaryReading.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const QHash<QString, QString> &signs()
{
    static const QHash<QString, QString> map = {{QStringLiteral("€"), QStringLiteral("EUR")},
                                                {QStringLiteral("$"), QStringLiteral("USD")},
                                                {QStringLiteral("£"), QStringLiteral("GBP")},
                                                {QStringLiteral("¥"), QStringLiteral("JPY")},
                                                {QStringLiteral("₹"), QStringLiteral("INR")},
                                                {QStringLiteral("₣"), QStringLiteral("CHF")},
                                                {QStringLiteral("zł"), QStringLiteral("PLN")},
                                                {QStringLiteral("kr"), QStringLiteral("SEK")},
                                                {QStringLiteral("fr"), QStringLiteral("CHF")},
                                                {QStringLiteral("euro"), QStringLiteral("EUR")},
                                                {QStringLiteral("euros"), QStringLiteral("EUR")},
                                                {QStringLiteral("dollar"), QStringLiteral("USD")},
                                                {QStringLiteral("dollars"), QStringLiteral("USD")}};
    return map;
}

// One number as written, with its grouping and cents; nullopt when it is not one.
std::optional<double> readNumber(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(QLatin1Char('\''));
    text.remove(QChar(0x2019));
    static const QRegularExpression shape(QStringLiteral("^\\d[\\d.,]*$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    // Cents: the last separator followed by one or two digits and nothing else.
    QString cents;
    const qsizetype lastSeparator =
        std::max(text.lastIndexOf(QLatin1Char('.')), text.lastIndexOf(QLatin1Char(',')));
    if (lastSeparator >= 0) {
        const qsizetype after = text.size() - lastSeparator - 1;
        if (after == 1 || after == 2) {
            cents = text.mid(lastSeparator + 1);
            text.truncate(lastSeparator);
        }
    }
    // What is left groups thousands: every separator followed by exactly three digits.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})*$|^\\d+$"));
    if (!grouped.match(text).hasMatch())
        return std::nullopt;
    text.remove(QLatin1Char('.'));
    text.remove(QLatin1Char(','));
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (!cents.isEmpty())
        value += QStringLiteral("0.%1").arg(cents).toDouble();
    return value;
}

struct Amount
{
    double value = 0;
    bool thousands = false; // ended in "k"
};

std::optional<Amount> readAmountText(QString text)
{
    text = text.trimmed();
    Amount amount;
    if (text.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        amount.thousands = true;
        text.chop(1);
        text = text.trimmed();
        // "70,5k" and "70.5k" are seventy and a half thousand, never seventy-five.
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || text.isEmpty() || !text.at(0).isDigit())
            return std::nullopt;
        amount.value = value;
        return amount;
    }
    auto value = readNumber(text);
    if (!value)
        return std::nullopt;
    amount.value = *value;
    return amount;
}

QString takeCurrency(QString &text, bool *conflict)
{
    QString found;
    const auto note = [&](const QString &code) {
        if (!found.isEmpty() && found != code)
            *conflict = true;
        found = code;
    };
    static const QRegularExpression code(QStringLiteral("\\b([A-Za-z]{3})\\b"));
    const QString original = text;
    for (auto it = code.globalMatch(original); it.hasNext();) {
        const auto match = it.next();
        // A code in capitals, or a well-known one in any case: "per year" is no currency.
        static const QStringList known = {"eur", "usd", "gbp", "chf", "sek", "nok", "dkk",
                                          "pln", "cad", "aud", "jpy", "inr", "czk", "huf"};
        const QString word = match.captured(1);
        if (word != word.toUpper() && !known.contains(word.toLower()))
            continue;
        note(word.toUpper());
        text.replace(match.capturedStart(1), 3, QStringLiteral("   "));
    }
    for (auto it = signs().constBegin(); it != signs().constEnd(); ++it) {
        if (it.key().at(0).isLetter())
            continue;
        if (text.contains(it.key())) {
            note(it.value());
            text.replace(it.key(), QStringLiteral(" "));
        }
    }
    static const QRegularExpression words(QStringLiteral("\\b(euros?|dollars?|kr|fr|zł)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = words.globalMatch(text); it.hasNext();)
        note(signs().value(it.next().captured(1).toLower()));
    text.replace(words, QStringLiteral(" "));
    return found;
}

} // namespace

Result<QString> SalaryReading::readCurrency(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return QString();
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    if (code.match(text).hasMatch())
        return text.toUpper();
    if (auto it = signs().constFind(text.toLower()); it != signs().constEnd())
        return it.value();
    return Result<QString>::failure(
        tr("“%1” is not a currency; use a three-letter code such as EUR, USD or GBP.")
            .arg(text.left(40)));
}

Result<SalaryReading::Salary> SalaryReading::read(const QString &cell)
{
    using R = Result<Salary>;
    QString text = cell.trimmed();
    if (text.isEmpty())
        return Salary();
    const auto unreadable = [&] {
        return R::failure(tr("“%1” is not a salary; write it like 70000, 70.000 €, "
                             "€70,000–80,000 or 70k-80k.")
                              .arg(cell.trimmed().left(40)));
    };
    bool conflict = false;
    Salary salary;
    salary.currency = takeCurrency(text, &conflict);
    if (conflict)
        return R::failure(tr("“%1” names more than one currency.").arg(cell.trimmed().left(40)));
    // A range: "70-80", "70 – 80", "70 to 80", "70 bis 80".
    static const QRegularExpression range(QStringLiteral("\\s*(?:[-–—]|\\bto\\b|\\bbis\\b)\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(range);
    if (parts.size() > 2)
        return unreadable();
    QList<Amount> amounts;
    for (const QString &part : parts) {
        auto amount = readAmountText(part);
        if (!amount)
            return unreadable();
        amounts << *amount;
    }
    // "70-80k": the k of the second counts for the first when the first is small.
    if (amounts.size() == 2 && amounts.at(1).thousands && !amounts.at(0).thousands &&
        amounts.at(0).value < 1000)
        amounts[0].thousands = true;
    QList<qint64> values;
    for (const Amount &amount : std::as_const(amounts)) {
        const double value = amount.thousands ? amount.value * 1000 : amount.value;
        if (value > 1e15)
            return unreadable();
        values << qRound64(value);
    }
    salary.minimum = values.at(0);
    if (values.size() == 2)
        salary.maximum = values.at(1);
    return salary;
}

Result<SalaryReading::Salary> SalaryReading::readAmount(const QString &cell)
{
    auto salary = read(cell);
    if (salary && salary.value().maximum)
        return Result<Salary>::failure(
            tr("“%1” is a range; this column holds one amount.").arg(cell.trimmed().left(40)));
    return salary;
}
