#include "BenchFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

// Writes a benchmark file for the start-up comparison:
//   make_bench_file <path> <rounds per application: 1 or 4>
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3 ||
        (args.at(2) != QLatin1String("1") && args.at(2) != QLatin1String("4"))) {
        err << "usage: make_bench_file <path> <1|4>" << Qt::endl;
        return 2;
    }
    QFile::remove(args.at(1));
    QString problem = BenchFiles::makeSample(args.at(1), BenchFiles::Applications);
    if (problem.isEmpty())
        problem = BenchFiles::setRounds(args.at(1), args.at(2).toInt());
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return 1;
    }
    return 0;
}
