#pragma once

#include "core/PipelineTypes.h"

#include <QCoreApplication>
#include <QList>

// The rules a new or edited application must meet before anything is written.
class ApplicationValidator
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationValidator)

public:
    enum class Field {
        Company,
        Role,
        JobUrl,
        SalaryMin,
        SalaryMax,
        Currency,
        AppliedOn,
        Deadline,
        Excitement,
        Location,
        Source
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int MaxNameLength = 200;
    static constexpr qint64 MaxSalary = 1'000'000'000'000;

    static QList<Problem> validate(const ApplicationFields &fields, const QDate &today);
};
