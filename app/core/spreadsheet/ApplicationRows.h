#pragma once

#include "core/Database.h"
#include "core/PipelineTypes.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

// Every application as a spreadsheet row, archived ones too, read in one statement: what
// the export writes and what an import compares against to skip those already there.
class ApplicationRows
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRows)

public:
    struct Row
    {
        ApplicationFields fields;
        QString stage;
    };

    // Board order: stage by stage, top to bottom, then the archive, oldest first.
    static Result<QList<Row>> all(const Database &database);

    // The key two applications are compared by: company and role, trimmed, inner spaces
    // single, ignoring case.
    static QString duplicateKey(const QString &company, const QString &role);
};
