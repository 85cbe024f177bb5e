#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

// The program's options, written once as a table (CommandLineOptions.cpp): the --help text,
// which options need no window, and which job each option belongs to all come from it.
class CommandLineOptions
{
public:
    // In --help order.
    enum Option {
        Database,
        SampleData,
        Check,
        ExportIcs,
        ImportIcs,
        Application,
        DraftLetters,
        OutputDir,
        ImportQuestions,
        ExportQuestions,
        QuitWhenShown,
        PrepSheet,
        Output,
        ImportApplications,
        Map,
        ExportApplications,
        OptionCount
    };
    // What an option asks for; a job without a window refuses the options of any other.
    enum class Job {
        None,
        SampleData,
        Check,
        Calendar,
        Letters,
        Questions,
        PrepSheet,
        Spreadsheet
    };

    // Options that never need a window, looked for before any application object exists.
    static bool wantsNoWindow(int argc, char **argv);
    // --prep-sheet / --output: options that need fonts (a GUI application) but no window.
    static bool wantsDocument(int argc, char **argv);

    // Adds every option to the parser, described in the user's language.
    explicit CommandLineOptions(QCommandLineParser &parser);

    bool isSet(Option option) const;
    // nullopt for an option that was not given, so "given but empty" can be told apart.
    std::optional<QString> value(Option option) const;
    // Whether an option of a job other than `job` was given (--database and the like are no
    // job).
    bool otherJobThan(Job job) const;

private:
    QCommandLineParser &m_parser;
    QList<QCommandLineOption> m_options;
};
