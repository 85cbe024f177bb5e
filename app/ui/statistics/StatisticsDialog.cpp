#include "ui/statistics/StatisticsDialog.h"

#include "core/NoActivityRule.h"
#include "core/files/OwnerOnlyFiles.h"
#include "core/statistics/StatisticsStore.h"
#include "models/FileSession.h"
#include "ui/Prompter.h"
#include "ui/WindowFrame.h"
#include "ui/statistics/BarListChart.h"
#include "ui/statistics/WeeklyChart.h"
#include "ui/theme/ThemeColours.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100)) + QStringLiteral(" %");
}

QString days(double value)
{
    return StatisticsDialog::tr("%1 days").arg(QLocale().toString(value, 'f', 1));
}

// A heading for a chart, named as its buddy so screen readers read them together.
QWidget *section(const QString &title, const QString &explanation, QWidget *chart, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, box);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setBuddy(chart);
    auto *note = new QLabel(explanation, box);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, ThemeColours::mutedText(note->palette()));
    note->setPalette(muted);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(chart, 1);
    return box;
}

} // namespace

QColor StatisticsDialog::warningBar(const QPalette &palette)
{
    // The amber of the board's "No activity" badge, deep enough on a light base and light
    // enough on a dark one for a bar (at least 3:1, the WCAG level for graphics).
    return ThemeColours::isDark(palette) ? QColor(0xf5, 0xc2, 0x6b) : QColor(0xb8, 0x6e, 0x00);
}

StatisticsDialog::StatisticsDialog(const SearchStatistics &statistics, QWidget *parent)
    : QDialog(parent)
    , m_content(new QWidget)
    , m_funnel(new BarListChart(tr("Funnel"), m_content))
    , m_sources(new BarListChart(tr("Response rate by source"), m_content))
    , m_durations(new BarListChart(tr("Median days in each stage"), m_content))
    , m_activity(new BarListChart(tr("No activity"), m_content))
    , m_weekly(new WeeklyChart(m_content))
{
    setObjectName(QStringLiteral("statisticsDialog"));
    setWindowTitle(tr("Statistics"));
    m_content->setObjectName(QStringLiteral("statisticsContent"));
    m_content->setAutoFillBackground(true);

    QList<BarListChart::Row> funnel;
    for (const SearchStatistics::FunnelStep &step : statistics.funnel) {
        QString value = QLocale().toString(step.reached);
        QString description = tr("%n application(s)", nullptr, step.reached);
        if (step.conversion) {
            value = tr("%1 (%2 went on)").arg(value, percent(*step.conversion));
            description += tr(", %1 went on to the next stage").arg(percent(*step.conversion));
        }
        funnel.append({step.stage, double(step.reached), value, description});
    }
    m_funnel->setRows(funnel, tr("No open stages."));

    QList<BarListChart::Row> sources;
    for (const SearchStatistics::SourceRate &rate : statistics.sources)
        sources.append(
            {rate.source.isEmpty() ? tr("No source given") : rate.source, rate.rate(),
             tr("%1 (%2 of %3)").arg(percent(rate.rate())).arg(rate.responded).arg(rate.applied),
             tr("%1 answered, %2 of %n application(s)", nullptr, rate.applied)
                 .arg(percent(rate.rate()))
                 .arg(rate.responded)});
    m_sources->setRows(sources, tr("No applications sent yet."), 1.0);

    QList<BarListChart::Row> durations;
    for (const SearchStatistics::StageDuration &stage : statistics.durations)
        durations.append({stage.stage,
                          stage.median.value_or(0),
                          stage.median
                              ? tr("%1 (%n stay(s))", nullptr, stage.stays).arg(days(*stage.median))
                              : tr("no card has left it yet"),
                          {}});
    m_durations->setRows(durations, tr("No open stages."));

    m_activity->setBarColour(warningBar(palette()));
    QList<BarListChart::Row> activity;
    if (statistics.openApplications > 0)
        activity.append(
            {tr("No activity"), statistics.withoutActivityShare(),
             tr("%1 of %2 (%3)")
                 .arg(statistics.withoutActivity)
                 .arg(statistics.openApplications)
                 .arg(percent(statistics.withoutActivityShare())),
             tr("%1 of %n open application(s) (%2)", nullptr, statistics.openApplications)
                 .arg(statistics.withoutActivity)
                 .arg(percent(statistics.withoutActivityShare()))});
    m_activity->setRows(activity, tr("No open applications on the board."), 1.0);

    m_weekly->setWeeks(statistics.weeks);

    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(14);
    grid->addWidget(section(tr("Funnel"),
                            tr("Applications that reached each stage (or a later one), and the "
                               "share that went on to the next."),
                            m_funnel, m_content),
                    0, 0);
    grid->addWidget(section(tr("Response rate by source"),
                            tr("Sent applications that got an answer: moved on, an interview, "
                               "or a rejection."),
                            m_sources, m_content),
                    0, 1);
    grid->addWidget(section(tr("Median days in each stage"),
                            tr("From entering a stage to leaving it, over the cards that left."),
                            m_durations, m_content),
                    1, 0);
    grid->addWidget(section(tr("No activity"),
                            tr("Open applications on the board with nothing scheduled and no "
                               "change for %n day(s), as the board's badge.",
                               nullptr, NoActivityRule::QuietDays),
                            m_activity, m_content),
                    1, 1);
    grid->addWidget(section(tr("Applications and interviews per week"),
                            tr("The last 12 weeks; applications by the date applied, interviews "
                               "by their date."),
                            m_weekly, m_content),
                    2, 0, 1, 2);
    grid->setRowStretch(2, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save as PNG…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePng"));
    save->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &StatisticsDialog::saveAsPng);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    const QList<QWidget *> order = {m_funnel,
                                    m_sources,
                                    m_durations,
                                    m_activity,
                                    m_weekly,
                                    save,
                                    buttons->button(QDialogButtonBox::Close)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_funnel->setFocus();
    resize(1000, 800);
}

void StatisticsDialog::showFor(QWidget *parent, FileSession &session, WindowFrame &frame)
{
    // About a second for 10,000 applications; a few milliseconds for a usual search.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto statistics = StatisticsStore(session.sharedDatabase()).compute();
    QGuiApplication::restoreOverrideCursor();
    if (!statistics) {
        frame.showError(statistics.error());
        return;
    }
    StatisticsDialog dialog(statistics.value(), parent);
    Prompter::instance().run(dialog);
}

bool StatisticsDialog::saveImage(const QString &path, QString *error) const
{
    const QPixmap image = m_content->grab();
    // Owner-only from the first byte, as every file holding the user's data.
    const OwnerOnlyFiles ownerOnly;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("“%1” could not be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void StatisticsDialog::saveAsPng()
{
    QString path = Prompter::instance().saveFileName(
        this, tr("Save statistics as PNG"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!saveImage(path, &error))
        Prompter::instance().error(this, tr("Save as PNG"), error);
}
