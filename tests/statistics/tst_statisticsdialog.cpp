#include "WindowTestSupport.h"
#include "core/statistics/StatisticsStore.h"

#include "core/SampleData.h"
#include "ui/statistics/BarListChart.h"
#include "ui/statistics/StatisticsDialog.h"
#include "ui/statistics/WeeklyChart.h"
#include "ui/theme/ThemeColours.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QStyle>

// View > Statistics driven through the window: the action on the pipeline tab, the charts
// filled from the file, keyboard focus through the charts, Esc, and Save as PNG.
class TestStatisticsDialog : public WindowTestCase
{
    Q_OBJECT

private:
    QAction *statisticsAction() const
    {
        for (QAction *action : m_window->tab<PipelineTab>()->viewActions())
            if (action && action->objectName() == QLatin1String("statisticsAction"))
                return action;
        return nullptr;
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void showsTheFigures()
    {
        QVERIFY(SampleData::fill(*m_file->database, 40, 3).ok());
        QVERIFY(openWindow());
        QAction *action = statisticsAction();
        QVERIFY(action);
        bool shown = false;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            auto *statistics = qobject_cast<StatisticsDialog *>(&dialog);
            if (!statistics)
                return int(QDialog::Rejected);
            shown = true;
            // Funnel: every open stage; the first counts every application that was in one.
            const auto funnel = statistics->funnelChart()->rows();
            if (funnel.size() != 7 || funnel.first().label != QLatin1String("Saved"))
                qWarning("unexpected funnel");
            shown = shown && funnel.size() == 7 && funnel.first().value > 0;
            shown = shown && !statistics->sourcesChart()->rows().isEmpty();
            shown = shown && statistics->durationsChart()->rows().size() == 7;
            shown = shown && statistics->weeklyChart()->weeks().size() == 12;
            shown = shown && statistics->activityChart()->rows().size() == 1;
            shown = shown && !statistics->funnelChart()->accessibleDescription().isEmpty();
            // Keyboard: focus starts on the first chart and Tab walks through them all.
            QApplication::setActiveWindow(&dialog);
            statistics->funnelChart()->setFocus();
            QList<QWidget *> visited;
            for (int i = 0; i < 5; ++i) {
                visited << QApplication::focusWidget();
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            shown = shown && visited.contains(statistics->weeklyChart()) &&
                    visited.contains(statistics->activityChart());
            // Esc closes.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            shown = shown && !dialog.isVisible() && dialog.result() == QDialog::Rejected;
            return dialog.result();
        };
        action->trigger();
        QVERIFY(shown);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void weekLabelsFollowTheLocale()
    {
        // The Monday of 14 September 2026, in each interface language's own order.
        const QDate monday(2026, 9, 14);
        QCOMPARE(WeeklyChart::weekLabel(monday, QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("14/09"));
        QCOMPARE(WeeklyChart::weekLabel(monday, QLocale(QLocale::Spanish, QLocale::Spain)),
                 QStringLiteral("14/9"));
        QCOMPARE(WeeklyChart::weekLabel(monday, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("14.09."));
        QCOMPARE(WeeklyChart::weekLabel(monday, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("9/14"));
    }

    void emptyFileSaysSo()
    {
        QVERIFY(openWindow());
        bool checked = false;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            auto *statistics = qobject_cast<StatisticsDialog *>(&dialog);
            checked = statistics && statistics->sourcesChart()->rows().isEmpty() &&
                      statistics->activityChart()->rows().isEmpty() &&
                      !statistics->sourcesChart()->summary().isEmpty();
            return int(QDialog::Rejected);
        };
        statisticsAction()->trigger();
        QVERIFY(checked);
    }

    void saveAsPng()
    {
        QVERIFY(SampleData::fill(*m_file->database, 20, 5).ok());
        QVERIFY(openWindow());
        const QString target = m_file->dir.filePath(QStringLiteral("statistics"));
        m_prompter->fileAnswer = target;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            if (auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePng")))
                save->click();
            return int(QDialog::Rejected);
        };
        statisticsAction()->trigger();
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join('\n')));
        const QString png = target + QStringLiteral(".png");
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(png) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    }

    void unwritablePngIsAnError()
    {
        QVERIFY(openWindow());
        m_prompter->fileAnswer = m_file->dir.filePath(QStringLiteral("missing/folder/x.png"));
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            if (auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePng")))
                save->click();
            return int(QDialog::Rejected);
        };
        statisticsAction()->trigger();
        QCOMPARE(m_prompter->errors.size(), 1);
    }

    void darkPaletteRenders()
    {
        QVERIFY(SampleData::fill(*m_file->database, 20, 5).ok());
        auto statistics = StatisticsStore(m_file->database).compute();
        QVERIFY(statistics.ok());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
        StatisticsDialog dialog(statistics.value());
        dialog.setPalette(dark);
        dialog.resize(1000, 760);
        const QImage image = dialog.content()->grab().toImage();
        QVERIFY(!image.isNull());
        // The background follows the palette: a dark corner.
        QVERIFY(QColor(image.pixel(2, 2)).lightness() < 80);
        // The one colour of its own, the "no activity" bars, stands out on either base.
        for (const QPalette &palette : {dark, QApplication::style()->standardPalette()})
            QVERIFY(ThemeColours::contrast(StatisticsDialog::warningBar(palette),
                                           palette.color(QPalette::Base)) >= 3.0);
    }
};

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statisticsdialog.moc"
