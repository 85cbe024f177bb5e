#include "core/ApplicationValidator.h"
#include "core/WebLink.h"
#include "core/text/PlainText.h"

#include <QRegularExpression>

QList<ApplicationValidator::Problem> ApplicationValidator::validate(const ApplicationFields &f,
                                                                    const QDate &today)
{
    QList<Problem> problems;
    const QString company = f.company.trimmed();
    if (company.isEmpty())
        problems.append({Field::Company, tr("Enter the company's name.")});
    else if (company.size() > MaxNameLength)
        problems.append(
            {Field::Company,
             tr("The company name is too long (at most %1 characters).").arg(MaxNameLength)});

    const QString role = f.role.trimmed();
    if (role.isEmpty())
        problems.append({Field::Role, tr("Enter the role you applied for.")});
    else if (role.size() > MaxNameLength)
        problems.append(
            {Field::Role, tr("The role is too long (at most %1 characters).").arg(MaxNameLength)});

    if (f.location.trimmed().size() > MaxNameLength)
        problems.append(
            {Field::Location,
             tr("The location is too long (at most %1 characters).").arg(MaxNameLength)});
    if (f.source.trimmed().size() > MaxNameLength)
        problems.append({Field::Source,
                         tr("The source is too long (at most %1 characters).").arg(MaxNameLength)});

    // Forms clean these as they are typed; anything else writing them is refused.
    const QList<std::pair<Field, const QString *>> lines = {{Field::Company, &f.company},
                                                            {Field::Role, &f.role},
                                                            {Field::JobUrl, &f.jobUrl},
                                                            {Field::Location, &f.location},
                                                            {Field::Source, &f.source}};
    for (const auto &[field, text] : lines) {
        if (PlainText::hasUnsafeInLine(*text))
            problems.append({field, tr("Remove the line breaks and invisible control "
                                       "characters; this field holds one line.")});
    }

    const QString link = f.jobUrl.trimmed();
    if (!link.isEmpty()) {
        if (!WebLink::isValid(link))
            problems.append({Field::JobUrl, tr("The job link must be a web address starting "
                                               "with http:// or https://.")});
    }

    if (f.salaryMin && (*f.salaryMin < 0 || *f.salaryMin > MaxSalary))
        problems.append({Field::SalaryMin, tr("The minimum salary must be a positive amount.")});
    if (f.salaryMax && (*f.salaryMax < 0 || *f.salaryMax > MaxSalary))
        problems.append({Field::SalaryMax, tr("The maximum salary must be a positive amount.")});
    if (f.salaryMin && f.salaryMax && *f.salaryMin > *f.salaryMax)
        problems.append(
            {Field::SalaryMax, tr("The maximum salary must not be lower than the minimum.")});

    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!f.currency.isEmpty() && !currencyCode.match(f.currency).hasMatch())
        problems.append(
            {Field::Currency, tr("Use a three-letter currency code such as EUR, USD or GBP.")});
    if ((f.salaryMin || f.salaryMax) && f.currency.isEmpty())
        problems.append({Field::Currency, tr("Choose the currency of the salary.")});

    if (f.appliedOn.isValid() && today.isValid() && f.appliedOn > today)
        problems.append({Field::AppliedOn, tr("The date applied cannot be in the future.")});
    if (f.excitement < 1 || f.excitement > 5)
        problems.append({Field::Excitement, tr("Rate your interest from 1 to 5.")});
    return problems;
}
