#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTextStream;
class QWidget;

// The jobs SecondRound does without a window: they print what they did and exit with a
// status that says whether it worked.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // --quit-when-shown: ends the program once the window has been painted, so start-up
    // can be timed as a whole process.
    static void quitWhenPainted(QWidget *window);

    static int check(const QString &path, bool addSampleData, QTextStream &out, QTextStream &err);

    // --export-ics / --import-ics with --application, as given on the command line; an
    // option that was not given is nullopt, so "given but empty" can be told apart.
    struct CalendarJob
    {
        QString databasePath;
        std::optional<QString> exportPath;
        std::optional<QString> importPath;
        std::optional<QString> application;
        // Any other job (--check, --sample-data, …) given as well.
        bool otherJob = false;
    };
    static bool isCalendarJob(const CalendarJob &job);
    // Checks the combination (UsageError when it makes no sense), then runs the job.
    static int runCalendarJob(const CalendarJob &job, QTextStream &out, QTextStream &err);

    static int exportCalendar(const QString &databasePath, const QString &icsPath, QTextStream &out,
                              QTextStream &err);
    static int importCalendar(const QString &databasePath, const QString &icsPath,
                              qint64 applicationId, QTextStream &out, QTextStream &err);
    // --prep-sheet ROUND with --output FILE.pdf, as given on the command line.
    struct PrepSheetJob
    {
        QString databasePath;
        std::optional<QString> round; // an id or "next"
        std::optional<QString> output;
        bool otherJob = false; // any other job given as well
    };
    static bool isPrepSheetJob(const PrepSheetJob &job) { return job.round || job.output; }
    // Checks the combination (UsageError when it makes no sense), then writes the PDF; on
    // failure no file is left behind.
    static int runPrepSheetJob(const PrepSheetJob &job, QTextStream &out, QTextStream &err);
    // --import-questions / --export-questions (CSV, header question,category,answer,tags).
    struct QuestionJob
    {
        QString databasePath;
        std::optional<QString> importPath;
        std::optional<QString> exportPath;
        bool otherJob = false; // any other job given as well
    };
    static bool isQuestionJob(const QuestionJob &job) { return job.importPath || job.exportPath; }
    static int runQuestionJob(const QuestionJob &job, QTextStream &out, QTextStream &err);

    // --import-applications FILE [--map "Heading=field,…"] / --export-applications FILE
    // (CSV; see core/spreadsheet).
    struct SpreadsheetJob
    {
        QString databasePath;
        std::optional<QString> importPath;
        std::optional<QString> exportPath;
        std::optional<QString> map;
        bool otherJob = false; // any other job given as well
    };
    static bool isSpreadsheetJob(const SpreadsheetJob &job)
    {
        return job.importPath || job.exportPath || job.map;
    }
    static int runSpreadsheetJob(const SpreadsheetJob &job, QTextStream &out, QTextStream &err);

    // --draft-letters ROUND with --output-dir FOLDER, as given on the command line.
    struct LettersJob
    {
        QString databasePath;
        std::optional<QString> round;
        std::optional<QString> outputDirectory;
        // Any other job (--check, --sample-data, a calendar file, …) given as well.
        bool otherJob = false;
    };
    static bool isLettersJob(const LettersJob &job) { return job.round || job.outputDirectory; }
    // Writes the round's thank-you letters as .eml files, one per person, proposing drafts
    // first where there are none; all files or none.
    static int runLettersJob(const LettersJob &job, QTextStream &out, QTextStream &err);

    // A positive whole number, or nullopt.
    static std::optional<qint64> parseId(const QString &text);
};
