#include "CommandLine.h"

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
    const bool documentJob = CommandLine::wantsDocument(argc, argv);
    if (documentJob) {
        // A document needs fonts, so a GUI application, but never a window: without a
        // display it draws offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (CommandLine::wantsNoWindow(argc, argv)) {
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
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the SecondRound file at <path> (created if "
                                            "missing)."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample-data"),
        QCoreApplication::translate("main", "Fill an empty file with invented sample "
                                            "applications."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate("main", "Check the file's schema and integrity without "
                                            "opening a window, then exit."));
    const QCommandLineOption exportOption(
        QStringLiteral("export-ics"),
        QCoreApplication::translate("main", "Write every scheduled interview round still ahead "
                                            "to the iCalendar file <file> without opening a "
                                            "window, then exit. The SecondRound file must "
                                            "exist."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption importOption(
        QStringLiteral("import-ics"),
        QCoreApplication::translate("main", "Add every event of the iCalendar file <file> as an "
                                            "interview round of the application given with "
                                            "--application, with its organizer and attendees "
                                            "as people, without opening a window, then exit. "
                                            "Nothing is added if any event cannot be."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption applicationOption(
        QStringLiteral("application"),
        QCoreApplication::translate("main", "The number (id) of the application --import-ics "
                                            "adds the rounds to."),
        QCoreApplication::translate("main", "id"));
    const QCommandLineOption importQuestionsOption(
        QStringLiteral("import-questions"),
        QCoreApplication::translate("main", "Add the questions of the CSV file <file> (header "
                                            "question,category,answer,tags) to the question bank "
                                            "without opening a window, then exit. Questions "
                                            "already in the bank are skipped; nothing is added "
                                            "if the file has an error."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption exportQuestionsOption(
        QStringLiteral("export-questions"),
        QCoreApplication::translate("main", "Write the question bank to the CSV file <file> "
                                            "without opening a window, then exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption draftLettersOption(
        QStringLiteral("draft-letters"),
        QCoreApplication::translate("main", "Write the thank-you letters of the interview round "
                                            "<id> as .eml files, one for each person listed, "
                                            "into the folder given with --output-dir, without "
                                            "opening a window, then exit. Drafts are proposed "
                                            "first for anyone who has none. Nothing is written "
                                            "if any letter cannot be."),
        QCoreApplication::translate("main", "id"));
    const QCommandLineOption outputDirOption(
        QStringLiteral("output-dir"),
        QCoreApplication::translate("main", "The folder --draft-letters writes into."),
        QCoreApplication::translate("main", "folder"));
    parser.addOption(databaseOption);
    parser.addOption(sampleOption);
    parser.addOption(checkOption);
    parser.addOption(exportOption);
    parser.addOption(importOption);
    parser.addOption(applicationOption);
    parser.addOption(draftLettersOption);
    parser.addOption(outputDirOption);
    parser.addOption(importQuestionsOption);
    parser.addOption(exportQuestionsOption);
    // For start-up measurements: quit once the window has been painted.
    QCommandLineOption quitWhenShownOption(QStringLiteral("quit-when-shown"));
    quitWhenShownOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShownOption);
    const QCommandLineOption prepSheetOption(
        QStringLiteral("prep-sheet"),
        QCoreApplication::translate("main", "Write the printable prep sheet of interview round "
                                            "<round> (its number, or \"next\" for the next one "
                                            "ahead) to the PDF file given with --output, without "
                                            "opening a window, then exit."),
        QCoreApplication::translate("main", "round"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QCoreApplication::translate("main", "The PDF file --prep-sheet writes."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(prepSheetOption);
    parser.addOption(outputOption);
    const QCommandLineOption importApplicationsOption(
        QStringLiteral("import-applications"),
        QCoreApplication::translate("main", "Add the applications of the spreadsheet file <file> "
                                            "(CSV: comma, semicolon or tab separated) without "
                                            "opening a window, then exit. Columns are matched by "
                                            "their headings; those already there (same company "
                                            "and role) are skipped; nothing is added if a row "
                                            "cannot be read."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QCoreApplication::translate("main", "With --import-applications: which column holds "
                                            "which field, over the guess from the headings, e.g. "
                                            "\"Firma=company,Stelle=role\". Fields: company, role, "
                                            "stage, applied_on, location, salary, salary_min, "
                                            "salary_max, currency, source, job_url, notes, "
                                            "ignore."),
        QCoreApplication::translate("main", "mapping"));
    const QCommandLineOption exportApplicationsOption(
        QStringLiteral("export-applications"),
        QCoreApplication::translate("main", "Write every application to the CSV file <file> "
                                            "(UTF-8, comma separated, ISO dates) without opening "
                                            "a window, then exit."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(importApplicationsOption);
    parser.addOption(mapOption);
    parser.addOption(exportApplicationsOption);
    parser.addPositionalArgument(
        QStringLiteral("invitations"),
        QCoreApplication::translate("main", "iCalendar files (.ics) to import as interview "
                                            "rounds; a window that already has the file open "
                                            "imports them."),
        QCoreApplication::translate("main", "[invitation.ics...]"));
    // A window-less job with a mistake in its options is a usage error (status 2) for the
    // script that ran it; process() would exit with 1.
    if ((documentJob || CommandLine::wantsNoWindow(argc, argv)) &&
        !parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return CommandLine::UsageError;
    }
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Files on the command line are invitations to import (the desktop entry's %F); only the
    // window takes them.
    const QStringList invitations = parser.positionalArguments();
    if (!invitations.isEmpty() && (documentJob || CommandLine::wantsNoWindow(argc, argv))) {
        err << QCoreApplication::translate("main", "Unexpected argument: %1")
                   .arg(parser.positionalArguments().first())
            << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : QString();

    CommandLine::PrepSheetJob prepSheetJob;
    prepSheetJob.databasePath = path;
    if (parser.isSet(prepSheetOption))
        prepSheetJob.round = parser.value(prepSheetOption);
    if (parser.isSet(outputOption))
        prepSheetJob.output = parser.value(outputOption);
    prepSheetJob.otherJob =
        parser.isSet(checkOption) || parser.isSet(sampleOption) || parser.isSet(exportOption) ||
        parser.isSet(importOption) || parser.isSet(applicationOption) ||
        parser.isSet(importQuestionsOption) || parser.isSet(exportQuestionsOption) ||
        parser.isSet(draftLettersOption) || parser.isSet(outputDirOption) ||
        parser.isSet(importApplicationsOption) || parser.isSet(exportApplicationsOption) ||
        parser.isSet(mapOption);
    if (CommandLine::isPrepSheetJob(prepSheetJob))
        return CommandLine::runPrepSheetJob(prepSheetJob, out, err);

    CommandLine::SpreadsheetJob spreadsheetJob;
    spreadsheetJob.databasePath = path;
    if (parser.isSet(importApplicationsOption))
        spreadsheetJob.importPath = parser.value(importApplicationsOption);
    if (parser.isSet(exportApplicationsOption))
        spreadsheetJob.exportPath = parser.value(exportApplicationsOption);
    if (parser.isSet(mapOption))
        spreadsheetJob.map = parser.value(mapOption);
    spreadsheetJob.otherJob =
        parser.isSet(checkOption) || parser.isSet(sampleOption) || parser.isSet(exportOption) ||
        parser.isSet(importOption) || parser.isSet(applicationOption) ||
        parser.isSet(importQuestionsOption) || parser.isSet(exportQuestionsOption) ||
        parser.isSet(draftLettersOption) || parser.isSet(outputDirOption);
    if (CommandLine::isSpreadsheetJob(spreadsheetJob))
        return CommandLine::runSpreadsheetJob(spreadsheetJob, out, err);

    CommandLine::CalendarJob calendarJob;
    calendarJob.databasePath = path;
    if (parser.isSet(exportOption))
        calendarJob.exportPath = parser.value(exportOption);
    if (parser.isSet(importOption))
        calendarJob.importPath = parser.value(importOption);
    if (parser.isSet(applicationOption))
        calendarJob.application = parser.value(applicationOption);
    calendarJob.otherJob = parser.isSet(checkOption) || parser.isSet(sampleOption);
    CommandLine::QuestionJob questionJob;
    questionJob.databasePath = path;
    if (parser.isSet(importQuestionsOption))
        questionJob.importPath = parser.value(importQuestionsOption);
    if (parser.isSet(exportQuestionsOption))
        questionJob.exportPath = parser.value(exportQuestionsOption);
    questionJob.otherJob = calendarJob.otherJob || CommandLine::isCalendarJob(calendarJob) ||
                           parser.isSet(draftLettersOption) || parser.isSet(outputDirOption);
    if (CommandLine::isQuestionJob(questionJob))
        return CommandLine::runQuestionJob(questionJob, out, err);

    CommandLine::LettersJob lettersJob;
    lettersJob.databasePath = path;
    if (parser.isSet(draftLettersOption))
        lettersJob.round = parser.value(draftLettersOption);
    if (parser.isSet(outputDirOption))
        lettersJob.outputDirectory = parser.value(outputDirOption);
    lettersJob.otherJob = calendarJob.otherJob || CommandLine::isCalendarJob(calendarJob);
    if (CommandLine::isLettersJob(lettersJob))
        return CommandLine::runLettersJob(lettersJob, out, err);
    if (CommandLine::isCalendarJob(calendarJob))
        return CommandLine::runCalendarJob(calendarJob, out, err);

    if (parser.isSet(checkOption))
        return CommandLine::check(path.isEmpty() ? Database::defaultPath() : path,
                                  parser.isSet(sampleOption), out, err);

    AppSettings settings;
    // A window that already has the file open takes the invitations instead.
    if (!invitations.isEmpty() &&
        InstanceChannel::handOver(InvitationOpener::startFileFor(path, settings.lastDatabase()),
                                  invitations))
        return CommandLine::Success;
    MainWindow window(&settings);
    InvitationOpener invitationOpener(&window);
    if (parser.isSet(quitWhenShownOption))
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
    if (opened && parser.isSet(sampleOption)) {
        window.addSampleData();
    } else if (opened && invitations.isEmpty()) {
        // Not in the way of an invitation the user came to import.
        window.offerSampleData();
    }
    if (!invitations.isEmpty())
        invitationOpener.open(invitations);
    return app->exec();
}
