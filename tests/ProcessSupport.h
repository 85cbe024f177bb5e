#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// The executable as a script would run it: a separate process, no display at all.
struct ProcessRun
{
    int code = -1;
    QString out;
    QString err;
};

inline ProcessRun runSecondRound(const QString &executable, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(executable, arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (process.exitStatus() != QProcess::NormalExit)
        return {-2, {}, QStringLiteral("crashed")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A file's SHA-256, empty when it cannot be read: "the file is as it was" compares two.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

#ifdef SECONDROUND_EXECUTABLE
// What a test class that runs the program built with it (CMake passes its path as
// SECONDROUND_EXECUTABLE) needs: run(), and a temporary folder, kept for the whole test
// object, for the files a script hands the program and those it writes.
class ScriptTest
{
protected:
    static ProcessRun run(const QStringList &arguments)
    {
        return runSecondRound(QStringLiteral(SECONDROUND_EXECUTABLE), arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Fails the running test when the file cannot be written.
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private:
    QTemporaryDir m_dir;
};
#endif
