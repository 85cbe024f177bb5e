#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The stages a new file starts with. Each remembers which default it is (default_key, the
// English name) and the name SecondRound last gave it (default_name): while the user has not
// renamed it, it is shown in the language of the user interface, so a file made in English
// reads "Gemerkt" in the German interface, but a stage the user named stays as named.
class DefaultStages
{
    Q_DECLARE_TR_FUNCTIONS(DefaultStages)

public:
    struct Entry
    {
        QString key; // the English name, which is also the source text of its translation
        QString name;
        bool closed = false;
    };
    static QList<Entry> entries();
    // The name of a default stage in the language of the user interface; empty for a key
    // that is no default's.
    static QString nameFor(const QString &key);

    // Fills a new file's stages (schema version 1, before the stages know their defaults).
    static Status insert(QSqlDatabase &db);
    // Once, when the stages learn their defaults: marks each stage whose name is a
    // default's, in the interface's language or any shipped one, as that default.
    static Status adopt(QSqlDatabase &db);
    // Renames each default stage the user has not renamed to its name in the language of
    // the user interface, and the stage history that names it with it. Writes nothing when
    // every name is already right (the usual case); skips a name another stage already has.
    static Status localise(QSqlDatabase &db);
};
