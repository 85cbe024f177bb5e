#include "core/spreadsheet/SpreadsheetField.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// Headings folded for comparison: lower case, umlauts spelled out, every run of
// punctuation and spaces one space ("Date applied:" and "date_applied" match).
QString fold(const QString &heading)
{
    QString text = heading.toCaseFolded();
    text.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    text.replace(QStringLiteral("ö"), QStringLiteral("oe"));
    text.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    text.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    text.replace(separators, QStringLiteral(" "));
    return text.trimmed();
}

struct Guess
{
    SpreadsheetField::Field field;
    QStringList names; // folded
};

const QList<Guess> &guesses()
{
    using F = SpreadsheetField;
    static const QList<Guess> list = {
        {F::Company,
         {"company", "company name", "employer", "organisation", "organization", "firm", "firma",
          "unternehmen", "arbeitgeber", "firmenname", "unternehmensname", "entreprise", "empresa"}},
        {F::Role,
         {"role", "position", "job", "job title", "title", "stelle", "jobtitel",
          "stellenbezeichnung", "stellentitel", "rolle", "position title", "poste", "puesto"}},
        {F::Stage,
         {"stage", "status", "state", "phase", "stufe", "stand", "etappe", "statut", "estado"}},
        {F::AppliedOn,
         {"applied", "applied on", "date applied", "applied date", "application date", "date",
          "beworben", "beworben am", "bewerbungsdatum", "datum", "bewerbung am",
          "date de candidature", "fecha"}},
        {F::Location,
         {"location", "city", "place", "where", "ort", "standort", "arbeitsort", "stadt", "lieu",
          "ciudad", "ubicacion"}},
        {F::Salary,
         {"salary", "pay", "compensation", "salary range", "expected salary", "gehalt", "lohn",
          "verguetung", "gehaltsvorstellung", "jahresgehalt", "salaire", "salario"}},
        {F::SalaryMin,
         {"salary min", "min salary", "salary from", "minimum salary", "gehalt von", "gehalt min",
          "mindestgehalt"}},
        {F::SalaryMax,
         {"salary max", "max salary", "salary to", "maximum salary", "gehalt bis", "gehalt max",
          "hoechstgehalt"}},
        {F::Currency, {"currency", "waehrung", "devise", "moneda"}},
        {F::Source,
         {"source", "found via", "found on", "channel", "platform", "quelle", "kanal",
          "gefunden ueber", "plattform", "portal", "jobboerse"}},
        {F::JobUrl,
         {"link", "url", "job link", "job url", "posting", "job posting", "ad", "stellenanzeige",
          "anzeige", "lien", "enlace", "website"}},
        {F::Notes,
         {"notes", "note", "comments", "comment", "remarks", "notizen", "notiz", "bemerkung",
          "bemerkungen", "kommentar", "kommentare", "anmerkungen"}},
    };
    return list;
}

} // namespace

QList<SpreadsheetField::Field> SpreadsheetField::all()
{
    return {Ignore,    Company,   Role,     Stage,  AppliedOn, Location, Salary,
            SalaryMin, SalaryMax, Currency, Source, JobUrl,    Notes};
}

QString SpreadsheetField::key(Field field)
{
    switch (field) {
    case Ignore:
        return QStringLiteral("ignore");
    case Company:
        return QStringLiteral("company");
    case Role:
        return QStringLiteral("role");
    case Stage:
        return QStringLiteral("stage");
    case AppliedOn:
        return QStringLiteral("applied_on");
    case Location:
        return QStringLiteral("location");
    case Salary:
        return QStringLiteral("salary");
    case SalaryMin:
        return QStringLiteral("salary_min");
    case SalaryMax:
        return QStringLiteral("salary_max");
    case Currency:
        return QStringLiteral("currency");
    case Source:
        return QStringLiteral("source");
    case JobUrl:
        return QStringLiteral("job_url");
    case Notes:
        return QStringLiteral("notes");
    }
    return {};
}

std::optional<SpreadsheetField::Field> SpreadsheetField::fromKey(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (Field field : all()) {
        if (key(field) == wanted)
            return field;
    }
    // The words the issue and the dialog use work too.
    static const QHash<QString, Field> aliases = {{QStringLiteral("applied"), AppliedOn},
                                                  {QStringLiteral("date"), AppliedOn},
                                                  {QStringLiteral("date_applied"), AppliedOn},
                                                  {QStringLiteral("link"), JobUrl},
                                                  {QStringLiteral("url"), JobUrl},
                                                  {QStringLiteral("job_link"), JobUrl},
                                                  {QStringLiteral("position"), Role},
                                                  {QStringLiteral("status"), Stage}};
    if (auto it = aliases.constFind(wanted); it != aliases.constEnd())
        return it.value();
    return std::nullopt;
}

QString SpreadsheetField::label(Field field)
{
    switch (field) {
    case Ignore:
        return tr("(ignore)");
    case Company:
        return tr("Company");
    case Role:
        return tr("Role");
    case Stage:
        return tr("Stage");
    case AppliedOn:
        return tr("Date applied");
    case Location:
        return tr("Location");
    case Salary:
        return tr("Salary");
    case SalaryMin:
        return tr("Salary from");
    case SalaryMax:
        return tr("Salary to");
    case Currency:
        return tr("Currency");
    case Source:
        return tr("Source");
    case JobUrl:
        return tr("Job link");
    case Notes:
        return tr("Notes");
    }
    return {};
}

SpreadsheetField::Field SpreadsheetField::guess(const QString &heading)
{
    const QString folded = fold(heading);
    if (folded.isEmpty())
        return Ignore;
    for (const Guess &guess : guesses()) {
        if (guess.names.contains(folded))
            return guess.field;
    }
    // "Company (legal name)", "Gehalt in EUR": the first word decides when it is a name.
    const QString first = folded.section(QLatin1Char(' '), 0, 0);
    for (const Guess &guess : guesses()) {
        if (guess.names.contains(first))
            return guess.field;
    }
    return Ignore;
}

QList<SpreadsheetField::Field> SpreadsheetField::guessAll(const QStringList &headings)
{
    QList<Field> fields;
    for (const QString &heading : headings) {
        Field field = guess(heading);
        if (field != Ignore && fields.contains(field))
            field = Ignore;
        fields.append(field);
    }
    return fields;
}
