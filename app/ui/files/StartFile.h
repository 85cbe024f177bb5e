#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The file the window opens at start. A path from the command line is opened (or created)
// unless its folder is missing, as the command-line jobs refuse it. The file used last is
// opened again; when it has been moved or deleted, it is not silently created afresh: the
// user is asked to locate it, create a new one there, or open another.
class StartFile
{
    Q_DECLARE_TR_FUNCTIONS(StartFile)

public:
    // The path to open; empty to open none, with *problem saying why when there is one.
    static QString choose(QWidget *parent, const QString &commandLinePath,
                          const QString &remembered, QString *problem);
};
