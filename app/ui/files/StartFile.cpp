#include "ui/files/StartFile.h"

#include "core/Database.h"
#include "ui/Prompter.h"

#include <QDir>
#include <QFileInfo>

QString StartFile::choose(QWidget *parent, const QString &commandLinePath,
                          const QString &remembered, QString *problem)
{
    problem->clear();
    if (!commandLinePath.isEmpty()) {
        const QFileInfo info(commandLinePath);
        if (!info.absoluteDir().exists()) {
            *problem = tr("The folder “%1” does not exist, so “%2” was neither opened nor "
                          "created. Check the path given with --database.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()), info.fileName());
            return {};
        }
        return info.absoluteFilePath();
    }
    if (remembered.isEmpty())
        return Database::defaultPath();
    if (QFileInfo::exists(remembered))
        return remembered;

    const QString shown = QDir::toNativeSeparators(remembered);
    Prompter &prompter = Prompter::instance();
    const QStringList choices = {tr("Locate it…"), tr("Create a new, empty file there"),
                                 tr("Open another file…")};
    const auto choice = prompter.choose(
        parent, tr("File not found"),
        tr("The file you used last, “%1”, is no longer there: it was moved, renamed or "
           "deleted. What would you like to do?")
            .arg(shown),
        choices, 0);
    if (!choice)
        return {};
    const QString filter = tr("SecondRound files (*.sqlite *.db);;All files (*)");
    switch (*choice) {
    case 0: {
        // Where it was, if that folder is still there.
        const QFileInfo info(remembered);
        return prompter.openFileName(
            parent, tr("Locate “%1”").arg(info.fileName()),
            info.absoluteDir().exists() ? info.absolutePath() : QDir::homePath(), filter);
    }
    case 1:
        return remembered;
    case 2:
        return prompter.openFileName(parent, tr("Open"), QDir::homePath(), filter);
    default:
        return {};
    }
}
