#include "core/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/placement/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The window's first size and restored geometry stay on the screen: a 768-pixel laptop, a
// screen at 2× scale, a saved geometry from a larger monitor.
class TestWindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void firstSizeFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("large monitor") << QRect(0, 0, 2560, 1400) << QSize(1280, 800);
        QTest::newRow("1366x768 laptop") << QRect(0, 0, 1366, 728) << QSize(1256, 640);
        // 2560×1440 at 2× scale is 1280×720 logical pixels.
        QTest::newRow("2x scale") << QRect(0, 27, 1280, 693) << QSize(1177, 609);
        QTest::newRow("second screen") << QRect(1920, 0, 1024, 740) << QSize(942, 651);
    }

    void firstSizeFitsTheScreen()
    {
        QFETCH(QRect, available);
        QFETCH(QSize, expected);
        const QSize size = WindowPlacement::firstSize(available);
        QCOMPARE(size, expected);
        QVERIFY(size.width() <= available.width() && size.height() <= available.height());
    }

    void fitsOnlyInsideOneScreen()
    {
        const QList<QRect> screens = {QRect(0, 0, 1920, 1040), QRect(1920, 0, 1280, 984)};
        QVERIFY(WindowPlacement::fits(QRect(100, 100, 1280, 800), screens));
        QVERIFY(WindowPlacement::fits(QRect(2000, 50, 1000, 700), screens));
        QVERIFY(!WindowPlacement::fits(QRect(1500, 100, 1000, 700), screens)); // across both
        QVERIFY(!WindowPlacement::fits(QRect(0, 0, 1280, 1200), screens));     // too tall
        QVERIFY(!WindowPlacement::fits(QRect(4000, 0, 800, 600), screens));    // gone screen
    }

    void mainWindowOpensWithinTheScreen()
    {
        // The offscreen platform's screen is 800×600, smaller than the old fixed size.
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY(available.width() < 1280 || available.height() < 800);
        AppSettings settings;
        MainWindow window(&settings);
        QVERIFY(WindowPlacement::fits(window.geometry(), {available}));
        QCOMPARE(window.size(), WindowPlacement::firstSize(available));
    }

    void savedGeometryRestoredOnlyWhereItFits()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        AppSettings settings;
        {
            // Saved on this screen, and fitting: restored as it was.
            MainWindow window(&settings);
            window.setGeometry(QRect(available.topLeft() + QPoint(20, 30), QSize(500, 400)));
            settings.setWindowGeometry(window.saveGeometry());
        }
        {
            MainWindow window(&settings);
            QCOMPARE(window.geometry(),
                     QRect(available.topLeft() + QPoint(20, 30), QSize(500, 400)));
        }
        {
            // Saved on a larger monitor: bigger than this screen, so the first size instead.
            MainWindow window(&settings);
            window.setGeometry(QRect(40, 40, 2400, 1300));
            settings.setWindowGeometry(window.saveGeometry());
        }
        MainWindow window(&settings);
        QVERIFY2(WindowPlacement::fits(window.geometry(), {available}),
                 qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
