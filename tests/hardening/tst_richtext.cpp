#include "FakePrompter.h"
#include "PlainTextCheck.h"
#include "TestSupport.h"

#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "models/calendar/MonthModel.h"
#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/UpcomingRoundsModel.h"
#include "ui/Prompter.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/ics/IcsImportDialog.h"
#include "ui/pipeline/StageColumn.h"
#include "ui/rounds/ApplicationRoundsDialog.h"
#include "ui/rounds/RoundDialog.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

// User and imported text shown in every widget that could render it as HTML: tooltips,
// labels, message boxes, the rounds dialog. Each place gets the same hostile text and must
// show it literally, loading nothing.
class TestRichText : public QObject
{
    Q_OBJECT

private:
    // An application whose company, role and location are markup, with a round tomorrow
    // attended by a person whose name and notes are markup.
    struct HostileData
    {
        qint64 application = 0;
        qint64 round = 0;
        qint64 person = 0;
    };

    HostileData addHostileData(TestFile &file, RoundStore &rounds)
    {
        HostileData data;
        ApplicationFields fields;
        fields.company = hostileMarkup();
        fields.role = hostileMarkup();
        fields.location = hostileMarkup();
        auto created = file.store->createApplication(fields, file.stageId(3));
        if (!created.ok())
            qFatal("%s", qPrintable(created.error()));
        data.application = created.value();
        PersonFields person;
        person.name = hostileMarkup();
        person.title = hostileMarkup();
        person.notes = hostileMarkup();
        auto company = rounds.companyOfApplication(data.application);
        auto personId = rounds.createPerson(company.value(), person);
        if (!personId.ok())
            qFatal("%s", qPrintable(personId.error()));
        data.person = personId.value();
        RoundFields round;
        round.kind = RoundKind::Technical;
        round.timeZoneId = QStringLiteral("UTC");
        round.start = RoundValidator::localToInstant(QDate(2026, 11, 21), QTime(14, 0),
                                                     QStringLiteral("UTC"));
        round.location = hostileMarkup();
        round.peopleIds = {data.person};
        auto roundId = rounds.createRound(data.application, round);
        if (!roundId.ok())
            qFatal("%s", qPrintable(roundId.error()));
        data.round = roundId.value();
        return data;
    }

    // Runs check on the modal dialog that action opens, then closes it.
    static void inspectModal(const std::function<void()> &action,
                             const std::function<void(QWidget *)> &check)
    {
        bool seen = false;
        QTimer::singleShot(0, qApp, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            seen = true;
            check(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        action();
        QVERIFY(seen);
    }

    static void verifyLabelsLiteral(QWidget *window)
    {
        int checked = 0;
        const QList<QLabel *> labels = window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->text().contains(QStringLiteral("<b>x")))
                continue;
            ++checked;
            bool loads = false;
            const QString shown = shownText(label->text(), label->textFormat(), &loads);
            QVERIFY2(!loads && shown.contains(QStringLiteral("<b>x")), qPrintable(label->text()));
        }
        QVERIFY(checked > 0);
    }

private slots:
    void helperCatchesMarkup()
    {
        // The helper itself: raw markup is caught, escaped text passes.
        QVERIFY(!showsLiterally(hostileMarkup()));
        QVERIFY(!showsLiterally(hostileMarkup() + QStringLiteral("\nAcme")));
        QVERIFY(showsLiterally(hostileMarkup(), Qt::PlainText));
        QVERIFY(showsLiterally(hostileMarkup().toHtmlEscaped(), Qt::RichText));
    }

    void trayReminderBody()
    {
        // Linux notification servers render the body as markup; it must arrive literally.
        const QString body = ReminderNotifier::trayBody(
            QStringLiteral("Round 2 at %1 starts at 14:00.").arg(hostileMarkup()));
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        QVERIFY(showsLiterally(body, Qt::RichText));
        QVERIFY(shownText(body, Qt::RichText).contains(hostileMarkup()));
#else
        QVERIFY(body.contains(hostileMarkup()));
#endif
    }

    void cardToolTip()
    {
        TestFile file;
        RoundStore rounds(file.database);
        const HostileData data = addHostileData(file, rounds);
        BoardModel board(file.store.get());
        QVERIFY(board.reload().ok());
        const QString tip = board.cardIndex(data.application).data(Qt::ToolTipRole).toString();
        QVERIFY2(showsLiterally(tip), qPrintable(tip));
        // Company, role and location: three times.
        QCOMPARE(shownText(tip).count(hostileMarkup()), 3);
    }

    void agendaToolTip()
    {
        TestFile file;
        RoundStore rounds(file.database);
        addHostileData(file, rounds);
        RoundAgendaModel agenda(&rounds);
        QVERIFY(agenda.setRange(QDate(2026, 11, 21), QDate(2026, 11, 21)).ok());
        QCOMPARE(agenda.rowCount(), 1);
        const QString tip = agenda.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(showsLiterally(tip), qPrintable(tip));
    }

    void monthToolTip()
    {
        TestFile file;
        RoundStore rounds(file.database);
        addHostileData(file, rounds);
        MonthModel month(&rounds);
        QVERIFY(month.setMonth(2026, 11).ok());
        const QString tip =
            month.indexForDate(QDate(2026, 11, 21)).data(Qt::ToolTipRole).toString();
        QVERIFY2(showsLiterally(tip), qPrintable(tip));
    }

    void upcomingToolTip()
    {
        TestFile file;
        RoundStore rounds(file.database);
        addHostileData(file, rounds);
        UpcomingRoundsModel upcoming(&rounds);
        QVERIFY(upcoming.refresh().ok());
        QCOMPARE(upcoming.rowCount(), 1);
        const QString tip = upcoming.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(showsLiterally(tip), qPrintable(tip));
    }

    void roundsDialogWhoWillBeThere()
    {
        TestFile file;
        RoundStore rounds(file.database);
        const HostileData data = addHostileData(file, rounds);
        QUndoStack undo;
        RoundSignals signals_;
        ApplicationRoundsDialog dialog(&rounds, &undo, &signals_);
        QVERIFY(dialog.setApplication(data.application).ok());
        dialog.show();
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("roundsTable"));
        QVERIFY(table);
        int cells = 0;
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                if (shownText(tip).contains(QStringLiteral("<b>x")) ||
                    tip.contains(QStringLiteral("<b>x"))) {
                    ++cells;
                    QVERIFY2(showsLiterally(tip), qPrintable(tip));
                }
            }
        }
        QVERIFY(cells > 0);
        auto *people = dialog.findChild<QListView *>(QStringLiteral("peopleList"));
        QVERIFY(people);
        QCOMPARE(people->model()->rowCount(), 1);
        const QString notesTip =
            people->model()->index(0, people->modelColumn()).data(Qt::ToolTipRole).toString();
        QVERIFY2(showsLiterally(notesTip), qPrintable(notesTip));
    }

    void roundDialogPeopleToolTip()
    {
        TestFile file;
        RoundStore rounds(file.database);
        const HostileData data = addHostileData(file, rounds);
        QUndoStack undo;
        RoundSignals signals_;
        RoundDialog dialog(&rounds, &undo, &signals_);
        QVERIFY(dialog.prepareEdit(data.round).ok());
        auto *people = dialog.findChild<QListView *>(QStringLiteral("peopleList"));
        QVERIFY(people);
        QVERIFY(people->model()->rowCount() >= 1);
        const QString tip =
            people->model()->index(0, people->modelColumn()).data(Qt::ToolTipRole).toString();
        QVERIFY2(showsLiterally(tip), qPrintable(tip));
    }

    void importDialogToolTipAndLabels()
    {
        TestFile file;
        RoundStore rounds(file.database);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("<b>x<i>.ics"));
        QFile ics(path);
        QVERIFY(ics.open(QIODevice::WriteOnly));
        ics.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                  "DTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\n"
                  "SUMMARY:<b>x</b><img src=\"file:///nonexistent/secondround-probe.png\">\r\n"
                  "ORGANIZER;CN=\"<b>x</b><img src=/dev/zero>\":mailto:a@example.com\r\n"
                  "ATTENDEE;CN=\"<b>x</b><img src='file:///nonexistent/p.png'>\":mailto:b@"
                  "example.com\r\n"
                  "END:VEVENT\r\nEND:VCALENDAR\r\n");
        ics.close();
        IcsImportDialog dialog(file.store.get(), &rounds);
        const Status loaded = dialog.loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        dialog.show();
        auto *events = dialog.findChild<QTreeWidget *>();
        QVERIFY(events);
        QCOMPARE(events->topLevelItemCount(), 1);
        const QString tip = events->topLevelItem(0)->toolTip(0);
        bool loads = true;
        const QString shown = shownText(tip, Qt::AutoText, &loads);
        QVERIFY2(shown.contains(QStringLiteral("<b>x</b><img src=/dev/zero>")), qPrintable(tip));
        QVERIFY2(shown.contains(QStringLiteral("<b>x</b><img src='file:///nonexistent/p.png'>")),
                 qPrintable(tip));
        QVERIFY(!loads);
        verifyLabelsLiteral(&dialog);
    }

    void stageColumnTitle()
    {
        TestFile file;
        // Stage names are short; this one still holds a tag and an image.
        auto renamed = file.store->renameStage(file.stageId(0),
                                               QStringLiteral("<b>x</b><img src=\"/n.png\">"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
        BoardModel board(file.store.get());
        QVERIFY(board.reload().ok());
        QMenu menu;
        StageColumn column(&board, 0, &menu);
        column.show();
        verifyLabelsLiteral(&column);
    }

    void messageBoxes()
    {
        WidgetPrompter prompter;
        const QString text = QStringLiteral("“%1” was not imported.").arg(hostileMarkup());
        inspectModal([&] { prompter.error(nullptr, QStringLiteral("Error"), text); },
                     [](QWidget *box) { verifyLabelsLiteral(box); });
        inspectModal([&] { prompter.information(nullptr, QStringLiteral("Info"), text); },
                     [](QWidget *box) { verifyLabelsLiteral(box); });
        inspectModal(
            [&] { prompter.confirm(nullptr, QStringLiteral("Sure?"), text, QStringLiteral("Go")); },
            [](QWidget *box) { verifyLabelsLiteral(box); });
    }

    void inputDialogLabels()
    {
        // Removing a stage names it in the question, and lists the other stages.
        WidgetPrompter prompter;
        const QString label = QStringLiteral("Choose the stage for “%1”:").arg(hostileMarkup());
        inspectModal(
            [&] {
                prompter.choose(nullptr, QStringLiteral("Remove stage"), label,
                                {QStringLiteral("Saved"), hostileMarkup()}, 0);
            },
            [](QWidget *dialog) { verifyLabelsLiteral(dialog); });
        inspectModal([&] { prompter.text(nullptr, QStringLiteral("Rename"), label, QString()); },
                     [](QWidget *dialog) { verifyLabelsLiteral(dialog); });
    }
};

QTEST_MAIN(TestRichText)
#include "tst_richtext.moc"
