#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

// The jobs SecondRound does without a window: they print what they did and exit with a
// status that says whether it worked.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // Options that never need a window, looked for before any application object exists.
    static bool wantsNoWindow(int argc, char **argv);

    static int check(const QString &path, bool addSampleData, QTextStream &out, QTextStream &err);
};
