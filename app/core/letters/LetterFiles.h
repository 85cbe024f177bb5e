#pragma once

#include "core/Result.h"
#include "core/letters/EmlWriter.h"
#include "core/letters/LetterTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class LetterStore;

// Letters as .eml files: one at a time from the tab, or a whole round's at once from the
// command line, where either every file is written or none is.
class LetterFiles
{
    Q_DECLARE_TR_FUNCTIONS(LetterFiles)

public:
    struct Written
    {
        QString path;
        QString recipient;
    };

    static EmlMessage message(const LetterInfo &letter, const QDateTime &dateUtc);
    // "Acme-round-2-Anna-Weber.eml": letters and digits kept, anything that could leave the
    // folder or confuse a file system replaced.
    static QString fileName(const LetterInfo &letter);
    // Writes one file, readable by the owner only from its first byte, replacing it whole.
    static Status writeFile(const QString &path, const QByteArray &data);
    // Proposes drafts for anyone in the round without one, then writes the newest letter of
    // each person of the round into the folder. Refuses, writing nothing: a folder that
    // does not exist or cannot be written, a round that does not exist, a round with nobody
    // listed.
    static Result<QList<Written>> writeRound(LetterStore &store, qint64 roundId,
                                             const QString &folder, const QString &language);
};
