#pragma once

#include "core/statistics/StatisticsTypes.h"

#include <QDialog>

class BarListChart;
class FileSession;
class WeeklyChart;
class WindowFrame;

// View > Statistics: how the search is going, from the figures StatisticsCalculator
// computes. Painted charts, each one focusable (Tab moves through them) and described for
// screen readers; "Save as PNG…" writes what the dialog shows; Esc closes.
class StatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatisticsDialog(const SearchStatistics &statistics, QWidget *parent = nullptr);

    // Reads the figures of the open file and shows them (modal, through the Prompter);
    // a failure to read is shown through the frame.
    static void showFor(QWidget *parent, FileSession &session, WindowFrame &frame);

    // Writes the charts as a PNG image, owner-only; false with *error set on failure.
    bool saveImage(const QString &path, QString *error) const;
    QWidget *content() const { return m_content; }
    // The bars of the "no activity" chart.
    static QColor warningBar(const QPalette &palette);

    BarListChart *funnelChart() const { return m_funnel; }
    BarListChart *sourcesChart() const { return m_sources; }
    BarListChart *durationsChart() const { return m_durations; }
    BarListChart *activityChart() const { return m_activity; }
    WeeklyChart *weeklyChart() const { return m_weekly; }

private:
    void saveAsPng();

    QWidget *m_content;
    BarListChart *m_funnel;
    BarListChart *m_sources;
    BarListChart *m_durations;
    BarListChart *m_activity;
    WeeklyChart *m_weekly;
};
