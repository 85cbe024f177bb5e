#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class BoardModel;
class PipelineStore;
class QMimeData;
class QUndoStack;
class QWidget;
class RoundSignals;
class RoundStore;

// What the window's menus and drops call to move rounds to and from other calendars. Every
// question and message goes through Prompter, so GUI tests can answer them.
class IcsActions
{
    Q_DECLARE_TR_FUNCTIONS(IcsActions)

public:
    // "iCalendar files (*.ics)" and the catch-all, for file dialogs.
    static QString fileFilter();
    // True for the names calendar programs give their files (.ics, .ical, .icalendar,
    // .ifb), whatever the case.
    static bool isCalendarFile(const QString &path);
    // The local calendar files in a drop, in order; empty when there are none, so the
    // window can refuse the drag early.
    static QStringList calendarFilesIn(const QMimeData *data);

    // Asks for a calendar file, then imports it as importFile() does.
    static void chooseAndImport(QWidget *parent, PipelineStore *pipeline, RoundStore *rounds,
                                QUndoStack *undoStack, RoundSignals *roundSignals,
                                BoardModel *board);
    // Reads the file, shows the import dialog, and pushes the import as one undoable
    // command. A refused file, or an import the database refuses, is shown as an error with
    // nothing changed. pipeline may be null (no application list is offered then); board
    // and roundSignals may be null in tests.
    static void importFile(QWidget *parent, const QString &path, PipelineStore *pipeline,
                           RoundStore *rounds, QUndoStack *undoStack, RoundSignals *roundSignals,
                           BoardModel *board);
    // Asks where to save ("interviews.ics" in the documents folder by default) and writes
    // the rounds with these ids; empty ids: every scheduled round still ahead.
    static void exportRounds(QWidget *parent, RoundStore *rounds, const QList<qint64> &roundIds);
};
