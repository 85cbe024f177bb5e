#include "CommandLineOptions.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <iterator>

namespace {

using Option = CommandLineOptions::Option;
using Job = CommandLineOptions::Job;

struct OptionSpec
{
    Option option;
    const char *name;
    Job job;
    // Translated in the context "main" where the parser is built; nullptr: hidden from --help.
    const char *description;
    // nullptr: a switch, which takes no value.
    const char *valueName;
};

constexpr OptionSpec specs[] = {
    {CommandLineOptions::Database, "database", Job::None,
     QT_TRANSLATE_NOOP("main", "Open the SecondRound file at <path> (created if "
                               "missing)."),
     QT_TRANSLATE_NOOP("main", "path")},
    {CommandLineOptions::SampleData, "sample-data", Job::SampleData,
     QT_TRANSLATE_NOOP("main", "Fill an empty file with invented sample "
                               "applications."),
     nullptr},
    {CommandLineOptions::Check, "check", Job::Check,
     QT_TRANSLATE_NOOP("main", "Check the file's schema and integrity without "
                               "opening a window, then exit."),
     nullptr},
    {CommandLineOptions::ExportIcs, "export-ics", Job::Calendar,
     QT_TRANSLATE_NOOP("main", "Write every scheduled interview round still ahead "
                               "to the iCalendar file <file> without opening a "
                               "window, then exit. The SecondRound file must "
                               "exist."),
     QT_TRANSLATE_NOOP("main", "file")},
    {CommandLineOptions::ImportIcs, "import-ics", Job::Calendar,
     QT_TRANSLATE_NOOP("main", "Add every event of the iCalendar file <file> as an "
                               "interview round of the application given with "
                               "--application, with its organizer and attendees "
                               "as people, without opening a window, then exit. "
                               "Nothing is added if any event cannot be."),
     QT_TRANSLATE_NOOP("main", "file")},
    {CommandLineOptions::Application, "application", Job::Calendar,
     QT_TRANSLATE_NOOP("main", "The number (id) of the application --import-ics "
                               "adds the rounds to."),
     QT_TRANSLATE_NOOP("main", "id")},
    {CommandLineOptions::DraftLetters, "draft-letters", Job::Letters,
     QT_TRANSLATE_NOOP("main", "Write the thank-you letters of the interview round "
                               "<id> as .eml files, one for each person listed, "
                               "into the folder given with --output-dir, without "
                               "opening a window, then exit. Drafts are proposed "
                               "first for anyone who has none. Nothing is written "
                               "if any letter cannot be."),
     QT_TRANSLATE_NOOP("main", "id")},
    {CommandLineOptions::OutputDir, "output-dir", Job::Letters,
     QT_TRANSLATE_NOOP("main", "The folder --draft-letters writes into."),
     QT_TRANSLATE_NOOP("main", "folder")},
    {CommandLineOptions::ImportQuestions, "import-questions", Job::Questions,
     QT_TRANSLATE_NOOP("main", "Add the questions of the CSV file <file> (header "
                               "question,category,answer,tags) to the question bank "
                               "without opening a window, then exit. Questions "
                               "already in the bank are skipped; nothing is added "
                               "if the file has an error."),
     QT_TRANSLATE_NOOP("main", "file")},
    {CommandLineOptions::ExportQuestions, "export-questions", Job::Questions,
     QT_TRANSLATE_NOOP("main", "Write the question bank to the CSV file <file> "
                               "without opening a window, then exit."),
     QT_TRANSLATE_NOOP("main", "file")},
    // For start-up measurements: quit once the window has been painted.
    {CommandLineOptions::QuitWhenShown, "quit-when-shown", Job::None, nullptr, nullptr},
    {CommandLineOptions::PrepSheet, "prep-sheet", Job::PrepSheet,
     QT_TRANSLATE_NOOP("main", "Write the printable prep sheet of interview round "
                               "<round> (its number, or \"next\" for the next one "
                               "ahead) to the PDF file given with --output, without "
                               "opening a window, then exit."),
     QT_TRANSLATE_NOOP("main", "round")},
    {CommandLineOptions::Output, "output", Job::PrepSheet,
     QT_TRANSLATE_NOOP("main", "The PDF file --prep-sheet writes."),
     QT_TRANSLATE_NOOP("main", "file")},
    {CommandLineOptions::ImportApplications, "import-applications", Job::Spreadsheet,
     QT_TRANSLATE_NOOP("main", "Add the applications of the spreadsheet file <file> "
                               "(CSV: comma, semicolon or tab separated) without "
                               "opening a window, then exit. Columns are matched by "
                               "their headings; those already there (same company "
                               "and role) are skipped; nothing is added if a row "
                               "cannot be read."),
     QT_TRANSLATE_NOOP("main", "file")},
    {CommandLineOptions::Map, "map", Job::Spreadsheet,
     QT_TRANSLATE_NOOP("main", "With --import-applications: which column holds "
                               "which field, over the guess from the headings, e.g. "
                               "\"Firma=company,Stelle=role\". Fields: company, role, "
                               "stage, applied_on, location, salary, salary_min, "
                               "salary_max, currency, source, job_url, notes, "
                               "ignore."),
     QT_TRANSLATE_NOOP("main", "mapping")},
    {CommandLineOptions::ExportApplications, "export-applications", Job::Spreadsheet,
     QT_TRANSLATE_NOOP("main", "Write every application to the CSV file <file> "
                               "(UTF-8, comma separated, ISO dates) without opening "
                               "a window, then exit."),
     QT_TRANSLATE_NOOP("main", "file")},
};
static_assert(std::size(specs) == CommandLineOptions::OptionCount);

constexpr bool specsInOrder()
{
    for (int i = 0; i < int(std::size(specs)); ++i) {
        if (specs[i].option != i)
            return false;
    }
    return true;
}
static_assert(specsInOrder(), "the table is indexed by CommandLineOptions::Option");

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("main", text) : QString();
}

// Whether argv holds one of the options `wanted` accepts, also in its --option=value form.
template<typename Wanted> bool anyArgument(int argc, char **argv, Wanted wanted)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const OptionSpec &spec : specs) {
            if (!wanted(spec.job))
                continue;
            const QByteArray option = QByteArray("--") + spec.name;
            if (arg == option || (spec.valueName && arg.startsWith(option + '=')))
                return true;
        }
    }
    return false;
}

} // namespace

bool CommandLineOptions::wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v" || arg == "-?")
            return true;
    }
    // --application alone is a usage error, which must be reported without a display too.
    return anyArgument(argc, argv, [](Job job) {
        return job == Job::Check || job == Job::Calendar || job == Job::Letters ||
               job == Job::Questions || job == Job::Spreadsheet;
    });
}

bool CommandLineOptions::wantsDocument(int argc, char **argv)
{
    return anyArgument(argc, argv, [](Job job) { return job == Job::PrepSheet; });
}

CommandLineOptions::CommandLineOptions(QCommandLineParser &parser)
    : m_parser(parser)
{
    for (const OptionSpec &spec : specs) {
        QCommandLineOption option(QString::fromLatin1(spec.name), translated(spec.description),
                                  translated(spec.valueName));
        if (!spec.description)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
        m_options.append(option);
    }
}

bool CommandLineOptions::isSet(Option option) const
{
    return m_parser.isSet(m_options.at(option));
}

std::optional<QString> CommandLineOptions::value(Option option) const
{
    if (!isSet(option))
        return std::nullopt;
    return m_parser.value(m_options.at(option));
}

bool CommandLineOptions::otherJobThan(Job job) const
{
    for (const OptionSpec &spec : specs) {
        if (spec.job != Job::None && spec.job != job && isSet(spec.option))
            return true;
    }
    return false;
}
