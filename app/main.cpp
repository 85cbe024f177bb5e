#include "CommandLine.h"
#include "CommandLineOptions.h"

#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/languages/UiLanguage.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/files/StartFile.h"
#include "ui/launch/InstanceChannel.h"
#include "ui/launch/InvitationOpener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void installTranslators()
{
    // The language chosen in View > Language, or the system's.
    UiLanguage::install(AppSettings().language(), UiLanguage::qtTranslationDirectories());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecondRound"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("secondround.org"));
    QCoreApplication::setApplicationName(QStringLiteral("SecondRound"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECONDROUND_VERSION));

    // Jobs without a window must run where there is no display at all.
    std::unique_ptr<QCoreApplication> app;
    const bool documentJob = CommandLineOptions::wantsDocument(argc, argv);
    if (documentJob) {
        // A document needs fonts, so a GUI application, but never a window: without a
        // display it draws offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (CommandLineOptions::wantsNoWindow(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    // Lets Wayland match the window to the installed desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.secondround.SecondRound"));
    installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Organise your job search and prepare for every "
                                            "interview round."));
    parser.addHelpOption();
    parser.addVersionOption();
    const CommandLineOptions options(parser);
    parser.addPositionalArgument(
        QStringLiteral("invitations"),
        QCoreApplication::translate("main", "iCalendar files (.ics) to import as interview "
                                            "rounds; a window that already has the file open "
                                            "imports them."),
        QCoreApplication::translate("main", "[invitation.ics...]"));
    const bool noWindow = documentJob || CommandLineOptions::wantsNoWindow(argc, argv);
    // A window-less job with a mistake in its options is a usage error (status 2) for the
    // script that ran it; process() would exit with 1.
    if (noWindow && !parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return CommandLine::UsageError;
    }
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Files on the command line are invitations to import (the desktop entry's %F); only the
    // window takes them.
    const QStringList invitations = parser.positionalArguments();
    if (!invitations.isEmpty() && noWindow) {
        err << QCoreApplication::translate("main", "Unexpected argument: %1")
                   .arg(parser.positionalArguments().first())
            << Qt::endl;
        return CommandLine::UsageError;
    }
    using Option = CommandLineOptions::Option;
    using Job = CommandLineOptions::Job;
    const QString path = options.value(Option::Database).value_or(QString());

    // Each job without a window refuses the options of any other; they are tried in this
    // order.
    CommandLine::PrepSheetJob prepSheetJob;
    prepSheetJob.databasePath = path;
    prepSheetJob.round = options.value(Option::PrepSheet);
    prepSheetJob.output = options.value(Option::Output);
    prepSheetJob.otherJob = options.otherJobThan(Job::PrepSheet);
    if (CommandLine::isPrepSheetJob(prepSheetJob))
        return CommandLine::runPrepSheetJob(prepSheetJob, out, err);

    CommandLine::SpreadsheetJob spreadsheetJob;
    spreadsheetJob.databasePath = path;
    spreadsheetJob.importPath = options.value(Option::ImportApplications);
    spreadsheetJob.exportPath = options.value(Option::ExportApplications);
    spreadsheetJob.map = options.value(Option::Map);
    spreadsheetJob.otherJob = options.otherJobThan(Job::Spreadsheet);
    if (CommandLine::isSpreadsheetJob(spreadsheetJob))
        return CommandLine::runSpreadsheetJob(spreadsheetJob, out, err);

    CommandLine::QuestionJob questionJob;
    questionJob.databasePath = path;
    questionJob.importPath = options.value(Option::ImportQuestions);
    questionJob.exportPath = options.value(Option::ExportQuestions);
    questionJob.otherJob = options.otherJobThan(Job::Questions);
    if (CommandLine::isQuestionJob(questionJob))
        return CommandLine::runQuestionJob(questionJob, out, err);

    CommandLine::LettersJob lettersJob;
    lettersJob.databasePath = path;
    lettersJob.round = options.value(Option::DraftLetters);
    lettersJob.outputDirectory = options.value(Option::OutputDir);
    lettersJob.otherJob = options.otherJobThan(Job::Letters);
    if (CommandLine::isLettersJob(lettersJob))
        return CommandLine::runLettersJob(lettersJob, out, err);

    CommandLine::CalendarJob calendarJob;
    calendarJob.databasePath = path;
    calendarJob.exportPath = options.value(Option::ExportIcs);
    calendarJob.importPath = options.value(Option::ImportIcs);
    calendarJob.application = options.value(Option::Application);
    calendarJob.otherJob = options.otherJobThan(Job::Calendar);
    if (CommandLine::isCalendarJob(calendarJob))
        return CommandLine::runCalendarJob(calendarJob, out, err);

    if (options.isSet(Option::Check))
        return CommandLine::check(path.isEmpty() ? Database::defaultPath() : path,
                                  options.isSet(Option::SampleData), out, err);

    AppSettings settings;
    // A window that already has the file open takes the invitations instead.
    if (!invitations.isEmpty() &&
        InstanceChannel::handOver(InvitationOpener::startFileFor(path, settings.lastDatabase()),
                                  invitations))
        return CommandLine::Success;
    MainWindow window(&settings);
    InvitationOpener invitationOpener(&window);
    if (options.isSet(Option::QuitWhenShown))
        CommandLine::quitWhenPainted(&window);
    // A remembered file that is gone is asked about, never silently created again.
    QString problem;
    const QString startPath = StartFile::choose(&window, path, settings.lastDatabase(), &problem);
    if (!problem.isEmpty())
        Prompter::instance().error(&window, QCoreApplication::translate("main", "Open"), problem);
    bool opened = !startPath.isEmpty() && window.openDatabase(startPath);
    if (!opened && path.isEmpty() && QFileInfo::exists(settings.lastDatabase()) &&
        startPath == settings.lastDatabase() && startPath != Database::defaultPath())
        opened = window.openDatabase(Database::defaultPath());
    window.show();
    if (opened && options.isSet(Option::SampleData)) {
        window.addSampleData();
    } else if (opened && invitations.isEmpty()) {
        // Not in the way of an invitation the user came to import.
        window.offerSampleData();
    }
    if (!invitations.isEmpty())
        invitationOpener.open(invitations);
    return app->exec();
}
