#include "core/Result.h"

#include <QProcess>
#include <QTest>

// Errors are values: a failure always says why, and reading the value of a failure is a
// programming error that stops a debug build where it happens instead of later.
class TestResult : public QObject
{
    Q_OBJECT

private:
    // Runs one of the *Child test functions in a separate process; it must crash there.
    static void expectCrash(const QString &function)
    {
#ifdef QT_NO_DEBUG
        Q_UNUSED(function);
        QSKIP("Assertions are compiled out of release builds.");
#else
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SECONDROUND_RESULT_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {function});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0,
                 qPrintable(QString::fromLocal8Bit(child.readAllStandardOutput())));
        QVERIFY(child.readAllStandardError().contains("Result"));
#endif
    }
    static bool isChild()
    {
        return qEnvironmentVariableIsSet("SECONDROUND_RESULT_CHILD");
    }

private slots:
    void successCarriesItsValue()
    {
        Result<int> result(42);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 42);
        QVERIFY(result.status().ok());
        QVERIFY(result.error().isEmpty());
    }

    void failureAlwaysSaysWhy()
    {
        const Status empty = Status::failure(QString());
        QVERIFY(!empty.ok());
        QVERIFY(!empty.error().isEmpty());
        const Result<int> fromEmpty = Result<int>::failure(QString());
        QVERIFY(!fromEmpty.ok());
        QVERIFY(!fromEmpty.error().isEmpty());
        QVERIFY(!fromEmpty.status().ok());
        QVERIFY(!fromEmpty.status().error().isEmpty());
        const Result<QString> named = Status::failure(QStringLiteral("<b>disk</b> full"));
        QCOMPARE(named.error(), QStringLiteral("<b>disk</b> full"));
    }

    void successStatusHasNoMessage()
    {
        const Status ok = Status::success();
        QVERIFY(ok.ok());
        QVERIFY(bool(ok));
        QVERIFY(ok.error().isEmpty());
    }

    void valueOfFailureAsserts()
    {
        expectCrash(QStringLiteral("valueOfFailureChild"));
    }
    void valueOfFailureChild()
    {
        if (!isChild())
            QSKIP("Runs only in the child process of valueOfFailureAsserts.");
        const Result<int> failed = Result<int>::failure(QStringLiteral("no"));
        qWarning("%d", failed.value());
    }

    void successStatusCannotBecomeResult()
    {
        expectCrash(QStringLiteral("successStatusCannotBecomeResultChild"));
    }
    void successStatusCannotBecomeResultChild()
    {
        if (!isChild())
            QSKIP("Runs only in the child process of successStatusCannotBecomeResult.");
        const Result<int> wrong{Status::success()};
        qWarning("%d", int(wrong.ok()));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
