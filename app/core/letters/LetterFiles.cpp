#include "core/letters/LetterFiles.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/RoundStore.h"
#include "core/letters/LetterStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <filesystem>
#include <system_error>

namespace {

QString safePart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(40);
}

QString temporaryPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

bool replace(const QString &from, const QString &to)
{
    // std::filesystem::rename replaces an existing target in one step on every platform;
    // QFile::rename refuses to.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), error);
    return !error;
}

Status writeNew(const QString &path, const QByteArray &data)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile::remove(path);
    QFile file(path);
    // Created with owner-only permissions, never readable by others even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(
            LetterFiles::tr("“%1” could not be written: %2").arg(shown, file.errorString()));
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return Status::failure(LetterFiles::tr("“%1” could not be written: %2").arg(shown, reason));
    }
    file.close();
    return Status::success();
}

} // namespace

EmlMessage LetterFiles::message(const LetterInfo &letter, const QDateTime &dateUtc)
{
    EmlMessage message;
    message.toName = letter.personName;
    message.toAddress = letter.personEmail;
    message.subject = letter.fields.subject;
    message.body = letter.fields.body;
    message.date = dateUtc;
    return message;
}

QString LetterFiles::fileName(const LetterInfo &letter)
{
    QStringList parts;
    if (const QString company = safePart(letter.company); !company.isEmpty())
        parts << company;
    if (letter.roundNumber > 0)
        parts << QStringLiteral("round-%1").arg(letter.roundNumber);
    if (const QString person = safePart(letter.personName); !person.isEmpty())
        parts << person;
    if (parts.isEmpty())
        parts << QStringLiteral("letter-%1").arg(letter.id);
    return parts.join(QLatin1Char('-')) + QStringLiteral(".eml");
}

Status LetterFiles::writeFile(const QString &path, const QByteArray &data)
{
    const QString part = temporaryPath(path);
    if (Status written = writeNew(part, data); !written)
        return written;
    if (!replace(part, path)) {
        QFile::remove(part);
        return Status::failure(tr("“%1” could not be saved.").arg(QDir::toNativeSeparators(path)));
    }
    return Status::success();
}

Result<QList<LetterFiles::Written>> LetterFiles::writeRound(LetterStore &store, qint64 roundId,
                                                            const QString &folder,
                                                            const QString &language)
{
    using R = Result<QList<Written>>;
    const QFileInfo folderInfo(folder);
    const QString shownFolder = QDir::toNativeSeparators(folderInfo.absoluteFilePath());
    if (folder.trimmed().isEmpty() || !folderInfo.isDir())
        return R::failure(
            tr("The folder “%1” does not exist. Choose a folder that exists.").arg(shownFolder));
    if (!folderInfo.isWritable())
        return R::failure(tr("The folder “%1” cannot be written to.").arg(shownFolder));

    RoundStore rounds(store.sharedDatabase());
    auto round = rounds.round(roundId);
    if (!round)
        return R::failure(tr("There is no interview round %1.").arg(roundId));
    if (round.value().people.isEmpty())
        return R::failure(tr("Nobody is listed for round %1 (%2). Add the people you met, then "
                             "write the letters.")
                              .arg(roundId)
                              .arg(round.value().company));
    auto proposed = store.proposeDrafts(roundId, language);
    if (!proposed)
        return proposed.status();
    auto letters = store.lettersOfRound(roundId);
    if (!letters)
        return letters.status();

    // The newest letter to each person: an open one before one already sent.
    QHash<qint64, LetterInfo> chosen;
    for (const LetterInfo &letter : letters.value()) {
        if (letter.fields.personId == 0)
            continue;
        const auto current = chosen.constFind(letter.fields.personId);
        if (current == chosen.cend() || (letter.isOpen() && !current->isOpen()) ||
            (letter.isOpen() == current->isOpen() && letter.id > current->id))
            chosen.insert(letter.fields.personId, letter);
    }

    const QDir dir(folderInfo.absoluteFilePath());
    const QDateTime now = Clock::nowUtc();
    QList<Written> written;
    QList<QPair<QString, QByteArray>> files;
    QSet<QString> names;
    for (const PersonInfo &person : round.value().people) {
        const auto letter = chosen.constFind(person.id);
        if (letter == chosen.cend())
            continue; // every letter to them was discarded
        QString name = fileName(*letter);
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = fileName(*letter).chopped(4) + QStringLiteral("-%1.eml").arg(n);
        names.insert(name.toLower());
        files.append({dir.filePath(name), EmlWriter::write(message(*letter, now))});
        written.append({dir.filePath(name), person.fields.name});
    }

    // Every file is written under a temporary name first; only when all are there do they
    // take their names, so a failure leaves no partial set behind.
    for (int i = 0; i < files.size(); ++i) {
        if (Status ok = writeNew(temporaryPath(files.at(i).first), files.at(i).second); !ok) {
            for (int j = 0; j < i; ++j)
                QFile::remove(temporaryPath(files.at(j).first));
            return ok;
        }
    }
    for (int i = 0; i < files.size(); ++i) {
        if (!replace(temporaryPath(files.at(i).first), files.at(i).first)) {
            for (int j = 0; j < files.size(); ++j) {
                if (j < i)
                    QFile::remove(files.at(j).first);
                QFile::remove(temporaryPath(files.at(j).first));
            }
            return R::failure(
                tr("“%1” could not be saved.").arg(QDir::toNativeSeparators(files.at(i).first)));
        }
    }
    return written;
}
