#include "FakePrompter.h"
#include "TestSupport.h"

#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "ui/ics/IcsActions.h"
#include "ui/ics/IcsImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(ICS_FIXTURES) + QLatin1Char('/') + name;
}

QTreeWidget *eventList(QDialog &dialog)
{
    return dialog.findChild<QTreeWidget *>(QStringLiteral("eventList"));
}

QComboBox *applicationCombo(QDialog &dialog)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("applicationCombo"));
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Everything the window hands to IcsActions, over a fresh file.
struct Window
{
    Window()
        : rounds(file.database)
        , board(file.store.get())
    {
        if (!board.reload().ok())
            qFatal("board did not load");
    }

    void import(const QString &fixture)
    {
        IcsActions::importFile(nullptr, fixturePath(fixture), file.store.get(), &rounds, &stack,
                               &roundSignals, &board);
    }

    TestFile file;
    RoundStore rounds;
    QUndoStack stack;
    RoundSignals roundSignals;
    BoardModel board;
    FakePrompter prompter;
};

} // namespace

class TestIcsImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEventsAllChecked();
    void newApplicationNeedsCompanyAndRole();
    void refusedFileKeepsTheDialogAsItWas();
    void importIntoExistingApplicationThenUndo();
    void importIntoNewApplicationWithPeople();
    void badFileShowsErrorWithoutDialog();
    void refusedImportShowsErrorAndLeavesNothing();
    void cancelLeavesEverything();
    void exportWritesTheChosenFile();
    void calendarFilesInDrop();
};

void TestIcsImportDialog::listsEventsAllChecked()
{
    TestFile file;
    RoundStore rounds(file.database);
    file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"));
    const qint64 contoso = file.add(QStringLiteral("Contoso GmbH"), QStringLiteral("Backend"));
    file.add(QStringLiteral("Fabrikam"), QStringLiteral("Tester"));

    IcsImportDialog dialog(file.store.get(), &rounds, nullptr);
    Status loaded = dialog.loadFile(fixturePath(QStringLiteral("apple-calendar.ics")));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QTreeWidget *list = eventList(dialog);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(list->topLevelItem(row)->checkState(0), Qt::Checked);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Portfolio review"));
    QVERIFY(list->topLevelItem(3)->text(0).contains(QStringLiteral("whole day")));
    QCOMPARE(dialog.chosenEvents().size(), 4);
    QVERIFY(dialog.withPeople());
    // The whole-day event's adjustment is shown before anything is imported.
    auto *notes = dialog.findChild<QLabel *>(QStringLiteral("notesLabel"));
    QVERIFY(notes->isVisibleTo(&dialog));
    QVERIFY(notes->text().contains(QStringLiteral("Onsite visit")));

    QComboBox *combo = applicationCombo(dialog);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(3), QStringLiteral("New application…"));
    QVERIFY(combo->findText(QStringLiteral("Contoso GmbH — Backend")) >= 0);
    QVERIFY(okButton(dialog)->isEnabled());

    list->topLevelItem(2)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.chosenEvents().size(), 3);
    QCOMPARE(dialog.chosenEvents().at(2).summary, QStringLiteral("Onsite visit – Cupertino"));
    for (int row = 0; row < 4; ++row)
        list->topLevelItem(row)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());

    // An invitation that names a company picks its application.
    IcsImportDialog outlook(file.store.get(), &rounds, nullptr);
    QVERIFY(outlook.loadFile(fixturePath(QStringLiteral("outlook-invitation.ics"))).ok());
    QCOMPARE(outlook.chosenApplicationId(), contoso);
}

void TestIcsImportDialog::newApplicationNeedsCompanyAndRole()
{
    TestFile file;
    RoundStore rounds(file.database);
    IcsImportDialog dialog(file.store.get(), &rounds, nullptr);
    QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("google-invitation.ics"))).ok());
    dialog.show();
    // Without any application, a new one is the only choice.
    QCOMPARE(dialog.chosenApplicationId(), 0);
    auto *company = dialog.findChild<QLineEdit *>(QStringLiteral("newCompanyEdit"));
    auto *role = dialog.findChild<QLineEdit *>(QStringLiteral("newRoleEdit"));
    QVERIFY(company->isVisible());
    QVERIFY(role->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    company->setText(QStringLiteral("  Example Inc  "));
    QVERIFY(!okButton(dialog)->isEnabled());
    role->setText(QStringLiteral("Backend engineer"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.newCompany(), QStringLiteral("Example Inc"));
    QCOMPARE(dialog.newRole(), QStringLiteral("Backend engineer"));
    QCOMPARE(dialog.chosenApplicationName(), QStringLiteral("Example Inc — Backend engineer"));

    file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"));
    IcsImportDialog existing(file.store.get(), &rounds, nullptr);
    QVERIFY(existing.loadFile(fixturePath(QStringLiteral("google-invitation.ics"))).ok());
    existing.show();
    QVERIFY(existing.chosenApplicationId() > 0);
    QVERIFY(!existing.findChild<QLineEdit *>(QStringLiteral("newCompanyEdit"))->isVisible());
    QVERIFY(existing.newCompany().isEmpty());
    existing.findChild<QCheckBox *>(QStringLiteral("withPeopleCheck"))->setChecked(false);
    QVERIFY(!existing.withPeople());
}

void TestIcsImportDialog::refusedFileKeepsTheDialogAsItWas()
{
    TestFile file;
    RoundStore rounds(file.database);
    IcsImportDialog dialog(file.store.get(), &rounds, nullptr);
    QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("multi-event.ics"))).ok());
    const Status refused = dialog.loadFile(fixturePath(QStringLiteral("malformed-no-colon.ics")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Line 8")), qPrintable(refused.error()));
    QCOMPARE(eventList(dialog)->topLevelItemCount(), 4);
    QCOMPARE(dialog.chosenEvents().size(), 4);
}

void TestIcsImportDialog::importIntoExistingApplicationThenUndo()
{
    Window window;
    const qint64 acme = window.file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
    window.file.add(QStringLiteral("Fabrikam"), QStringLiteral("Tester"));
    QVERIFY(window.board.reload().ok());
    const QStringList before = window.file.dump();
    QSignalSpy roundsChanged(&window.roundSignals, &RoundSignals::roundsChanged);

    int shown = 0;
    window.prompter.dialogHandler = [&](QDialog &dialog) {
        ++shown;
        QComboBox *combo = applicationCombo(dialog);
        combo->setCurrentIndex(combo->findData(acme));
        eventList(dialog)->topLevelItem(2)->setCheckState(0, Qt::Unchecked);
        return int(QDialog::Accepted);
    };
    window.import(QStringLiteral("apple-calendar.ics"));
    QCOMPARE(shown, 1);
    QVERIFY2(window.prompter.errors.isEmpty(), qPrintable(window.prompter.errors.join(u'\n')));
    QCOMPARE(window.stack.count(), 1);
    const QList<RoundInfo> stored = window.rounds.roundsForApplication(acme).value();
    QCOMPARE(stored.size(), 3);
    QStringList uids;
    for (const RoundInfo &round : stored)
        uids << round.uid;
    QVERIFY(uids.contains(QStringLiteral("5F0C1A2B-3D4E-4F50-8A9B-C0D1E2F3A4B5")));
    QVERIFY(!uids.contains(QStringLiteral("9E8D7C6B-5A4F-4E3D-2C1B-0A9F8E7D6C5B")));
    QCOMPARE(window.prompter.informations.size(), 1);
    QVERIFY2(window.prompter.informations.first().contains(QStringLiteral("Imported 3 round")),
             qPrintable(window.prompter.informations.first()));
    QVERIFY(roundsChanged.count() >= 1);
    const QStringList after = window.file.dump();

    window.stack.undo();
    QCOMPARE(window.file.dump(), before);
    window.stack.redo();
    QCOMPARE(window.file.dump(), after);
    window.stack.undo();
    QCOMPARE(window.file.dump(), before);
    QVERIFY(window.prompter.errors.isEmpty());
}

void TestIcsImportDialog::importIntoNewApplicationWithPeople()
{
    Window window;
    window.file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
    QVERIFY(window.board.reload().ok());
    const QStringList before = window.file.dump();
    QSignalSpy peopleChanged(&window.roundSignals, &RoundSignals::peopleChanged);

    window.prompter.dialogHandler = [](QDialog &dialog) {
        QComboBox *combo = applicationCombo(dialog);
        combo->setCurrentIndex(combo->findData(qint64(0)));
        dialog.findChild<QLineEdit *>(QStringLiteral("newCompanyEdit"))
            ->setText(QStringLiteral("Contoso GmbH"));
        dialog.findChild<QLineEdit *>(QStringLiteral("newRoleEdit"))
            ->setText(QStringLiteral("Senior Backend Engineer"));
        if (!okButton(dialog)->isEnabled())
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    };
    window.import(QStringLiteral("outlook-invitation.ics"));
    QVERIFY2(window.prompter.errors.isEmpty(), qPrintable(window.prompter.errors.join(u'\n')));
    QCOMPARE(window.stack.count(), 1);

    auto cards = window.file.store->cards().value();
    qint64 created = 0;
    for (const CardInfo &card : cards) {
        if (card.company == QLatin1String("Contoso GmbH"))
            created = card.id;
    }
    QVERIFY(created > 0);
    QVERIFY(window.board.cardIndex(created).isValid());
    const QList<RoundInfo> stored = window.rounds.roundsForApplication(created).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().people.size(), 3);
    QCOMPARE(peopleChanged.count(), 1);
    QVERIFY(window.prompter.informations.first().contains(QStringLiteral("Contoso GmbH")));
    const QStringList after = window.file.dump();

    window.stack.undo();
    QCOMPARE(window.file.dump(), before);
    QVERIFY(!window.board.cardIndex(created).isValid());
    window.stack.redo();
    QCOMPARE(window.file.dump(), after);
    QVERIFY(window.board.cardIndex(created).isValid());
    window.stack.undo();
    QCOMPARE(window.file.dump(), before);
    QCOMPARE(window.board.totalCards(), 1);
}

void TestIcsImportDialog::badFileShowsErrorWithoutDialog()
{
    Window window;
    window.file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
    const QStringList before = window.file.dump();
    bool shown = false;
    window.prompter.dialogHandler = [&shown](QDialog &) {
        shown = true;
        return int(QDialog::Accepted);
    };
    window.import(QStringLiteral("malformed-truncated.ics"));
    QVERIFY(!shown);
    QCOMPARE(window.prompter.errors.size(), 1);
    QVERIFY2(window.prompter.errors.first().contains(QStringLiteral("Line 10")),
             qPrintable(window.prompter.errors.first()));
    QCOMPARE(window.stack.count(), 0);
    QCOMPARE(window.file.dump(), before);
}

void TestIcsImportDialog::refusedImportShowsErrorAndLeavesNothing()
{
    Window window;
    const qint64 acme = window.file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
    QVERIFY(window.board.reload().ok());
    QStringList before;
    // The application disappears while the dialog is open (another window, say).
    window.prompter.dialogHandler = [&](QDialog &dialog) {
        QComboBox *combo = applicationCombo(dialog);
        combo->setCurrentIndex(combo->findData(acme));
        if (!window.file.store->deleteApplications({acme}).ok())
            return int(QDialog::Rejected);
        before = window.file.dump();
        return int(QDialog::Accepted);
    };
    window.import(QStringLiteral("google-invitation.ics"));
    QCOMPARE(window.prompter.errors.size(), 1);
    QVERIFY2(window.prompter.errors.first().contains(QString::number(acme)),
             qPrintable(window.prompter.errors.first()));
    QVERIFY(window.prompter.informations.isEmpty());
    QCOMPARE(window.stack.count(), 0);
    QCOMPARE(window.file.dump(), before);
}

void TestIcsImportDialog::cancelLeavesEverything()
{
    Window window;
    window.file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
    const QStringList before = window.file.dump();
    window.prompter.dialogHandler = [](QDialog &) {
        return int(QDialog::Rejected);
    };
    window.import(QStringLiteral("google-invitation.ics"));
    QCOMPARE(window.stack.count(), 0);
    QVERIFY(window.prompter.errors.isEmpty());
    QVERIFY(window.prompter.informations.isEmpty());
    QCOMPARE(window.file.dump(), before);
}

void TestIcsImportDialog::exportWritesTheChosenFile()
{
    Window window;
    const qint64 app = window.file.add(QStringLiteral("Acme"), QStringLiteral("Designer"));
    RoundFields fields;
    fields.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    fields.timeZoneId = QStringLiteral("Europe/Berlin");
    const qint64 id = window.rounds.createRound(app, fields).value();

    // No suffix typed: the file still ends in .ics.
    window.prompter.fileAnswer = window.file.dir.filePath(QStringLiteral("mine"));
    IcsActions::exportRounds(nullptr, &window.rounds, {id});
    const QString written = window.file.dir.filePath(QStringLiteral("mine.ics"));
    QVERIFY(QFile::exists(written));
    QCOMPARE(window.prompter.informations.size(), 1);
    QVERIFY(window.prompter.informations.first().contains(QStringLiteral("Exported 1 round")));

    window.prompter.fileAnswer = window.file.dir.filePath(QStringLiteral("gone/away.ics"));
    IcsActions::exportRounds(nullptr, &window.rounds, {id});
    QCOMPARE(window.prompter.errors.size(), 1);
    QVERIFY(window.prompter.errors.first().contains(QStringLiteral("does not exist")));

    window.prompter.fileAnswer.clear();
    IcsActions::exportRounds(nullptr, &window.rounds, {id});
    QCOMPARE(window.prompter.errors.size(), 1);
    QCOMPARE(window.prompter.informations.size(), 1);
}

void TestIcsImportDialog::calendarFilesInDrop()
{
    const QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.ics"));
    const QString upper = dir.filePath(QStringLiteral("D.ICS"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(a),
                  QUrl::fromLocalFile(dir.filePath(QStringLiteral("b.txt"))),
                  QUrl(QStringLiteral("https://example.com/c.ics")), QUrl::fromLocalFile(upper)});
    QCOMPARE(IcsActions::calendarFilesIn(&data), (QStringList{a, upper}));
    QVERIFY(IcsActions::calendarFilesIn(nullptr).isEmpty());
    QVERIFY(IcsActions::isCalendarFile(QStringLiteral("invite.ical")));
    QVERIFY(!IcsActions::isCalendarFile(QStringLiteral("invite.vcf")));
}

QTEST_MAIN(TestIcsImportDialog)
#include "tst_icsimportdialog.moc"
