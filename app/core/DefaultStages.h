#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The stages a new file starts with, named in the user's language.
class DefaultStages
{
    Q_DECLARE_TR_FUNCTIONS(DefaultStages)

public:
    struct Entry
    {
        QString name;
        bool closed = false;
    };
    static QList<Entry> entries();
    static Status insert(QSqlDatabase &db);
};
