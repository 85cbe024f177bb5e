#include "RoundFormTest.h"

#include "core/RoundCatalog.h"
#include "ui/commands/RoundCommands.h"
#include "ui/rounds/ApplicationRoundsDialog.h"
#include "ui/rounds/PersonDialog.h"
#include "ui/rounds/PersonPage.h"
#include "ui/rounds/RoundDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Field = RoundValidator::Field;

namespace {

const QDate Day(2026, 12, 1);

// Replaces the text of a line edit or spin box by typing, as a user would.
void retype(QWidget *input, const QString &text)
{
    input->setFocus();
    QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_Delete);
    QTest::keyClicks(input, text);
}

// Types a date or time in the edit's own display format, one part after the other, each
// into its selected part as after clicking it: typing the whole text at once depends on
// whether the edit moves on by itself after a part that cannot grow ("4" as a day).
void typeDateTime(QDateTimeEdit *edit, const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    QCOMPARE_EQ(parts.size(), edit->sectionCount());
    edit->setFocus();
    for (int index = 0; index < parts.size(); ++index) {
        edit->setSelectedSection(edit->sectionAt(index));
        QTest::keyClicks(edit, parts.at(index));
    }
}

void typeDate(QDateEdit *edit, const QDate &date)
{
    typeDateTime(edit, QLocale().toString(date, edit->displayFormat()));
    QCOMPARE_EQ(edit->date(), date);
}

void typeTime(QTimeEdit *edit, const QTime &time)
{
    typeDateTime(edit, QLocale().toString(time, edit->displayFormat()));
    QCOMPARE_EQ(edit->time(), time);
}

void clickSave(QDialog &dialog)
{
    auto *buttons = child<QDialogButtonBox>(&dialog, u"buttons"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QLabel *label(const QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name);
}

bool shown(const QWidget *widget)
{
    return widget->isVisibleTo(widget->window());
}

// A row of the round form's people list, in the column the list shows.
QModelIndex personIndex(const QListView *people, int row)
{
    return people->model()->index(row, people->modelColumn());
}

} // namespace

class TestRoundDialog : public QObject, private RoundFormTest
{
    Q_OBJECT

private slots:
    void initTestCase() { useUtcAndTheCLocale(); }

    void init() { setUpRoundForm(); }
    void cleanup() { tearDownRoundForm(); }

    void typedRoundIsAccepted()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app);
        QVERIFY(showActive(dialog));
        const QStringList before = fullDump(*m_file);

        QTest::keyClicks(child<QComboBox>(&dialog, u"kindCombo"_s), u"Pan"_s);
        typeDate(child<QDateEdit>(&dialog, u"dateEdit"_s), Day);
        typeTime(child<QTimeEdit>(&dialog, u"timeEdit"_s), QTime(14, 0));
        retype(child<QComboBox>(&dialog, u"timeZoneCombo"_s)->lineEdit(), u"Europe/Berlin"_s);
        retype(child<QSpinBox>(&dialog, u"durationSpin"_s), u"45"_s);
        retype(child<QLineEdit>(&dialog, u"locationEdit"_s), u"Acme HQ, floor 3"_s);
        retype(child<QLineEdit>(&dialog, u"meetingUrlEdit"_s), u"https://meet.example.org/abc"_s);
        QTest::keyClicks(child<QComboBox>(&dialog, u"reasonCombo"_s), u"Choosing"_s);
        clickSave(dialog);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const RoundFields f = dialog.fields();
        QCOMPARE(f.kind, RoundKind::Panel);
        QCOMPARE(f.timeZoneId, u"Europe/Berlin"_s);
        QCOMPARE(f.start, QDateTime(Day, QTime(13, 0), Qt::UTC));
        QCOMPARE(f.durationMinutes, 45);
        QCOMPARE(f.location, u"Acme HQ, floor 3"_s);
        QCOMPARE(f.meetingUrl, u"https://meet.example.org/abc"_s);
        QCOMPARE(f.status, RoundStatus::Scheduled);
        QCOMPARE(f.reason, RoundReason::ChoosingFinalists);
        QVERIFY(f.peopleIds.isEmpty());
        // The form itself writes nothing; the caller's command does.
        QCOMPARE(fullDump(*m_file), before);

        m_undo->push(new AddRoundCommand(m_store.get(), m_signals.get(), m_app, f));
        const QList<RoundInfo> rounds = valueOf(m_store->roundsForApplication(m_app));
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds.first().startUtc, QDateTime(Day, QTime(13, 0), Qt::UTC));
        QCOMPARE(rounds.first().startInOwnZone().time(), QTime(14, 0));
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("message");
        QTest::newRow("no date") << u"no date"_s << int(Field::Start) << u"startError"_s
                                 << u"Choose the day of the interview."_s;
        QTest::newRow("daylight-saving gap")
            << u"gap"_s << int(Field::Start) << u"startError"_s
            << u"Enter a start date and time that exists in that time zone (clocks may change "
               "that night)."_s;
        QTest::newRow("unknown zone") << u"zone"_s << int(Field::TimeZone) << u"timeZoneError"_s
                                      << u"Choose the time zone the interview is in."_s;
        QTest::newRow("3 minutes") << u"3"_s << int(Field::Duration) << u"durationError"_s
                                   << u"The duration must be between 5 and 600 minutes."_s;
        QTest::newRow("700 minutes") << u"700"_s << int(Field::Duration) << u"durationError"_s
                                     << u"The duration must be between 5 and 600 minutes."_s;
        QTest::newRow("ftp link") << u"ftp"_s << int(Field::MeetingUrl) << u"meetingUrlError"_s
                                  << u"The meeting link must be a web address starting with "
                                     "http:// or https://."_s;
    }

    void invalidInputIsRefused()
    {
        QFETCH(QString, what);
        QFETCH(int, field);
        QFETCH(QString, errorLabel);
        QFETCH(QString, message);

        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app);
        QVERIFY(showActive(dialog));
        const QStringList before = fullDump(*m_file);
        auto *date = child<QDateEdit>(&dialog, u"dateEdit"_s);
        auto *zone = child<QComboBox>(&dialog, u"timeZoneCombo"_s)->lineEdit();
        if (what != u"no date"_s)
            typeDate(date, Day);
        if (what == u"gap"_s) {
            // Clocks in Berlin jump from 02:00 to 03:00 that night.
            typeDate(date, QDate(2026, 3, 29));
            typeTime(child<QTimeEdit>(&dialog, u"timeEdit"_s), QTime(2, 30));
            retype(zone, u"Europe/Berlin"_s);
        } else if (what == u"zone"_s) {
            retype(zone, u"Mars/Olympus_Mons"_s);
        } else if (what == u"3"_s || what == u"700"_s) {
            retype(child<QSpinBox>(&dialog, u"durationSpin"_s), what);
        } else if (what == u"ftp"_s) {
            retype(child<QLineEdit>(&dialog, u"meetingUrlEdit"_s), u"ftp://x"_s);
        }
        clickSave(dialog);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.problemText(Field(field)), message);
        QLabel *error = label(&dialog, errorLabel);
        QVERIFY(shown(error));
        QCOMPARE(error->text(), message);
        // Only the field at fault complains.
        for (Field other : {Field::Start, Field::TimeZone, Field::Duration, Field::Location,
                            Field::MeetingUrl, Field::Outcome}) {
            if (other != Field(field))
                QVERIFY2(dialog.problemText(other).isEmpty(),
                         qPrintable(dialog.problemText(other)));
        }
        QVERIFY(!dialog.validateForm());
        QCOMPARE(fullDump(*m_file), before);
    }

    void fixingTheFieldClearsItsError()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *duration = child<QSpinBox>(&dialog, u"durationSpin"_s);
        retype(duration, u"3"_s);
        clickSave(dialog);
        QVERIFY(!dialog.problemText(Field::Duration).isEmpty());
        // After a refused save the form re-checks as the user types.
        retype(duration, u"30"_s);
        QVERIFY(dialog.problemText(Field::Duration).isEmpty());
        QVERIFY(!shown(label(&dialog, u"durationError"_s)));
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.fields().durationMinutes, 30);
    }

    void dayFromCalendarPrefillsTheDate()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QCOMPARE(child<QDateEdit>(&dialog, u"dateEdit"_s)->date(), Day);
        QVERIFY(dialog.fields().start.isValid());
        QVERIFY(dialog.validateForm());
        // Without a day the date starts empty, so it is never saved by accident.
        dialog.prepareNew(m_app);
        QVERIFY(!dialog.fields().start.isValid());
        QVERIFY(!dialog.validateForm());
    }

    void closingWithTypedChangesAsksFirst()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        // Nothing typed: Escape closes without a question.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(m_prompter->questions.isEmpty());

        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        retype(child<QLineEdit>(&dialog, u"locationEdit"_s), u"Floor 2"_s);
        m_prompter->confirmAnswer = false;
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_prompter->questions.size(), 1);
        m_prompter->confirmAnswer = true;
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        PersonDialog person(m_store.get());
        person.prepareNew(m_company);
        QVERIFY(showActive(person));
        retype(child<QLineEdit>(&person, u"nameEdit"_s), u"Ann"_s);
        m_prompter->confirmAnswer = false;
        QTest::keyClick(&person, Qt::Key_Escape);
        QVERIFY(person.isVisible());
        QCOMPARE(m_prompter->questions.size(), 3);
        QCOMPARE(m_prompter->questions.last(),
                 u"You have typed into this form. Close it and lose what you typed?"_s);
    }

    void emptyDateStartsFromToday()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app);
        QVERIFY(showActive(dialog));
        auto *date = child<QDateEdit>(&dialog, u"dateEdit"_s);
        QCOMPARE(date->text(), u"Choose a date"_s);
        // The arrow keys, typing and the calendar all start at today (the fixed test
        // clock), never at the placeholder behind the hint.
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(date->date(), QDate(2026, 11, 20));
        dialog.prepareNew(m_app);
        date->clearFocus();
        date->setFocus();
        QTest::keyClicks(date, u"7"_s);
        QCOMPARE(date->date(), QDate(2026, 11, 7));
        dialog.prepareNew(m_app);
        // A click on the arrow at the right end opens the calendar.
        QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 5, date->height() / 2));
        QVERIFY(date->calendarWidget()->isVisible());
        QCOMPARE(date->calendarWidget()->selectedDate(), QDate(2026, 11, 20));
        QCOMPARE(date->date(), QDate(2026, 11, 20));
        date->calendarWidget()->window()->hide();
    }

    void typedZoneNamesAreUnderstood()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        QLineEdit *zone = child<QComboBox>(&dialog, u"timeZoneCombo"_s)->lineEdit();
        retype(zone, u"europe/berlin"_s);
        QCOMPARE(dialog.fields().timeZoneId, u"Europe/Berlin"_s);
        retype(zone, u"new york"_s);
        QCOMPARE(dialog.fields().timeZoneId, u"America/New_York"_s);
        QVERIFY(dialog.validateForm());
    }

    void adviceFollowsTheReason()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *reason = child<QComboBox>(&dialog, u"reasonCombo"_s);
        QLabel *advice = label(&dialog, u"reasonAdvice"_s);
        QVERIFY(advice->wordWrap());
        QCOMPARE(advice->text(), RoundCatalog::advice(RoundReason::Unknown));
        QStringList seen{advice->text()};
        reason->setFocus();
        for (int step = 1; step < RoundCatalog::reasons().size(); ++step) {
            QTest::keyClick(reason, Qt::Key_Down);
            const RoundReason chosen = RoundCatalog::reasons().at(step);
            QCOMPARE(dialog.fields().reason, chosen);
            QCOMPARE(advice->text(), RoundCatalog::advice(chosen));
            QVERIFY(!seen.contains(advice->text()));
            seen << advice->text();
        }
    }

    void askWhoWillAttendUntilSomeoneIsTicked()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s, u"Recruiter"_s)));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QLabel *hint = label(&dialog, u"askWhoHint"_s);
        QCOMPARE(people->model()->rowCount(), 2);
        QCOMPARE(personIndex(people, 0).data().toString(), u"Ann — Recruiter"_s);
        QVERIFY(shown(hint));
        QCOMPARE(hint->text(), u"Ask who will attend"_s);

        people->setFocus();
        people->setCurrentIndex(personIndex(people, 1));
        QTest::keyClick(people, Qt::Key_Space);
        QCOMPARE(personIndex(people, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!shown(hint));
        QCOMPARE(dialog.fields().peopleIds, QList<qint64>{bob});
        QTest::keyClick(people, Qt::Key_Space);
        QVERIFY(shown(hint));
        QVERIFY(dialog.fields().peopleIds.isEmpty());
    }

    void overlapIsAWarningNotARefusal()
    {
        const qint64 other = m_file->add(u"Globex"_s, u"Designer"_s);
        const qint64 existing = valueOf(m_store->createRound(other, roundAt(Day, QTime(14, 0))));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        retype(child<QComboBox>(&dialog, u"timeZoneCombo"_s)->lineEdit(), u"UTC"_s);
        auto *time = child<QTimeEdit>(&dialog, u"timeEdit"_s);
        QLabel *warning = label(&dialog, u"overlapWarning"_s);
        typeTime(time, QTime(14, 30));
        QCOMPARE(dialog.overlapWarning(), u"Overlaps Round 1 at Globex, 14:00–15:00"_s);
        QVERIFY(shown(warning));
        QCOMPARE(warning->text(), dialog.overlapWarning());
        typeTime(time, QTime(15, 0));
        QVERIFY(dialog.overlapWarning().isEmpty());
        QVERIFY(!shown(warning));
        typeTime(time, QTime(13, 30));
        QVERIFY(!dialog.overlapWarning().isEmpty());
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // A round does not clash with itself, nor with one that was cancelled.
        RoundDialog edit(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(edit.prepareEdit(existing).ok());
        QVERIFY(edit.overlapWarning().isEmpty());
        RoundFields cancelled = valueOf(m_store->round(existing)).fields;
        cancelled.status = RoundStatus::Cancelled;
        QVERIFY(m_store->updateRound(existing, cancelled).ok());
        RoundDialog again(m_store.get(), m_undo.get(), m_signals.get());
        again.prepareNew(m_app, Day);
        QVERIFY(again.overlapWarning().isEmpty());
    }

    void otherZoneShowsTheLocalTimeToo()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *zone = child<QComboBox>(&dialog, u"timeZoneCombo"_s);
        QCOMPARE(zone->currentText(), QString::fromLatin1(QTimeZone::systemTimeZoneId()));
        QLabel *hint = label(&dialog, u"localTimeHint"_s);
        typeTime(child<QTimeEdit>(&dialog, u"timeEdit"_s), QTime(14, 0));
        QVERIFY(!shown(hint));
        retype(zone->lineEdit(), u"Europe/Berlin"_s);
        QVERIFY(shown(hint));
        QCOMPARE(hint->text(), u"That is 13:00 your time"_s);
        QCOMPARE(label(&dialog, u"zoneOffset"_s)->text(), u"UTC+01:00"_s);
        // 20:00 in New York is already the next day here.
        retype(zone->lineEdit(), u"America/New_York"_s);
        typeTime(child<QTimeEdit>(&dialog, u"timeEdit"_s), QTime(20, 0));
        QCOMPARE(hint->text(), u"That is 01:00 on 2 Dec 2026 your time"_s);
    }

    void addingAPersonFromTheFormIsUndoable()
    {
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        const QStringList before = fullDump(*m_file);
        m_prompter->dialogHandler = [](QDialog &form) {
            if (!qobject_cast<PersonDialog *>(&form) || !showActive(form))
                return int(QDialog::Rejected);
            retype(child<QLineEdit>(&form, u"nameEdit"_s), u"Carol Jones"_s);
            retype(child<QLineEdit>(&form, u"titleEdit"_s), u"Engineering manager"_s);
            QTest::keyClicks(child<QPlainTextEdit>(&form, u"notesEdit"_s), u"On-call load"_s);
            clickSave(form);
            return form.result();
        };
        QTest::mouseClick(child<QPushButton>(&dialog, u"addPersonButton"_s), Qt::LeftButton);

        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QCOMPARE(people->model()->rowCount(), 1);
        QCOMPARE(personIndex(people, 0).data().toString(), u"Carol Jones — Engineering manager"_s);
        QCOMPARE(personIndex(people, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(people->currentIndex(), personIndex(people, 0));
        QVERIFY(!shown(label(&dialog, u"askWhoHint"_s)));
        QCOMPARE(rowCount(*m_file, u"people"_s), 1);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), u"Add person “Carol Jones”"_s);
        const QList<qint64> ids = dialog.fields().peopleIds;
        QCOMPARE(ids.size(), 1);
        QCOMPARE(valueOf(m_store->person(ids.first())).fields.notes, u"On-call load"_s);

        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(people->model()->rowCount(), 0);
        QVERIFY(shown(label(&dialog, u"askWhoHint"_s)));
    }

    void personFormChecksEachField()
    {
        PersonDialog dialog(m_store.get());
        dialog.prepareNew(m_company);
        QVERIFY(showActive(dialog));
        clickSave(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problemText(PersonDialog::Field::Name), u"Enter the person's name."_s);
        QVERIFY(shown(label(&dialog, u"nameError"_s)));

        retype(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Ann"_s);
        QVERIFY(dialog.problemText(PersonDialog::Field::Name).isEmpty());
        auto *email = child<QLineEdit>(&dialog, u"emailEdit"_s);
        for (const QString &bad : {u"ann"_s, u"ann@example"_s, u"@example.org"_s}) {
            retype(email, bad);
            clickSave(dialog);
            QVERIFY2(dialog.isVisible(), qPrintable(bad));
            QCOMPARE(dialog.problemText(PersonDialog::Field::Email),
                     u"The email address does not look right (name@example.com)."_s);
        }
        retype(email, u"ann@example.org"_s);
        retype(child<QLineEdit>(&dialog, u"profileUrlEdit"_s), u"ftp://x"_s);
        clickSave(dialog);
        QVERIFY(dialog.problemText(PersonDialog::Field::Email).isEmpty());
        QCOMPARE(dialog.problemText(PersonDialog::Field::ProfileUrl),
                 u"The profile link must be a web address starting with http:// or https://."_s);
        retype(child<QLineEdit>(&dialog, u"profileUrlEdit"_s), u"https://example.org/ann"_s);
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.fields().email, u"ann@example.org"_s);
        QCOMPARE(rowCount(*m_file, u"people"_s), 0);
    }

    void editLoadsTheRoundUnchanged()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        RoundFields stored = roundAt(Day, QTime(9, 15), u"America/New_York"_s, 75);
        stored.kind = RoundKind::OnSite;
        stored.status = RoundStatus::Done;
        stored.reason = RoundReason::ClearDoubt;
        stored.outcome = u"Went well; decision by Friday."_s;
        stored.location = u"5th Avenue"_s;
        stored.peopleIds = {bob, ann};
        const qint64 id = valueOf(m_store->createRound(m_app, stored));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.prepareEdit(id).ok());
        QCOMPARE(dialog.windowTitle(), u"Edit Round 1 at Acme"_s);
        QCOMPARE(child<QTimeEdit>(&dialog, u"timeEdit"_s)->time(), QTime(9, 15));
        // Loaded and saved untouched, the round is exactly what was stored: no spurious edit.
        QCOMPARE(dialog.fields(), valueOf(m_store->round(id)).fields);
        QCOMPARE(dialog.fields().peopleIds, (QList<qint64>{bob, ann}));
        QVERIFY(!dialog.prepareEdit(999).ok());
    }

    void applicationRoundsListAddsAndDeletes()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundFields first = roundAt(Day, QTime(9, 0), u"Europe/Berlin"_s);
        first.peopleIds = {ann};
        valueOf(m_store->createRound(m_app, first));
        valueOf(m_store->createRound(m_app, roundAt(Day.addDays(7), QTime(10, 0))));
        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        auto *table = child<QTableView>(&dialog, u"roundsTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto text = [table](int row, int column) {
            return table->model()->index(row, column).data().toString();
        };
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->columnCount(), 5);
        QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(), u"Who will be there"_s);
        QCOMPARE(text(0, 0), u"Round 1"_s);
        QVERIFY(text(0, 1).contains(u"08:00 (09:00 Europe/Berlin)"_s));
        QCOMPARE(text(0, 4), u"Ann"_s);
        QCOMPARE(text(1, 4), u"Ask who will attend"_s);
        QCOMPARE(dialog.windowTitle(), u"Interview rounds — Engineer at Acme"_s);

        m_prompter->dialogHandler = [](QDialog &form) {
            if (!showActive(form))
                return int(QDialog::Rejected);
            typeDate(child<QDateEdit>(&form, u"dateEdit"_s), Day.addDays(3));
            clickSave(form);
            return form.result();
        };
        QTest::mouseClick(child<QPushButton>(&dialog, u"addButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 3);
        const qint64 added = dialog.currentRoundId();
        QCOMPARE(dialog.shownRoundIds().at(1), added);

        QTest::mouseClick(child<QPushButton>(&dialog, u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(m_prompter->questions.size(), 1);
        QVERIFY2(m_prompter->questions.first().startsWith(
                     u"Delete Round 2 (Video interview, 4 Dec 2026, 10:00)?"_s),
                 qPrintable(m_prompter->questions.first()));
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(!dialog.shownRoundIds().contains(added));
        // Undo anywhere shows here too.
        m_undo->undo();
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(dialog.shownRoundIds().contains(added));

        m_prompter->confirmAnswer = false;
        dialog.selectRound(added);
        QTest::mouseClick(child<QPushButton>(&dialog, u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void doubleClickedPersonOpensTheirPage()
    {
        PersonFields annFields = personNamed(u"Ann"_s, u"Recruiter"_s);
        annFields.email = u"ann@acme.example"_s;
        const qint64 ann = valueOf(m_store->createPerson(m_company, annFields));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann};
        valueOf(m_store->createRound(m_app, fields));
        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QCOMPARE(people->model()->rowCount(), 1);

        QStringList seen;
        m_prompter->dialogHandler = [&seen](QDialog &page) {
            seen << page.objectName() << label(&page, u"nameLabel"_s)->text()
                 << label(&page, u"titleLabel"_s)->text() << label(&page, u"emailLabel"_s)->text();
            auto *rounds = child<QTreeWidget>(&page, u"roundsList"_s);
            for (int column = 0; column < rounds->columnCount(); ++column)
                seen << rounds->topLevelItem(0)->text(column);
            return int(QDialog::Rejected);
        };
        const QRect rect = people->visualRect(people->model()->index(0, people->modelColumn()));
        // A real double-click: the first click's press, then the second one's.
        QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(people->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(seen, (QStringList{u"personPage"_s, u"Ann"_s, u"Recruiter at Acme"_s,
                                    u"ann@acme.example"_s, u"1 Dec 2026, 09:00"_s, u"Acme"_s,
                                    u"Engineer"_s, u"Round 1"_s, u"Technical interview"_s,
                                    u"Scheduled"_s}));
    }

    void personPageEditIsUndoable()
    {
        const qint64 ann =
            valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s, u"Recruiter"_s)));
        PersonPage page(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(page.setPerson(ann).ok());
        QCOMPARE(page.objectName(), u"personPage"_s);
        QCOMPARE(label(&page, u"titleLabel"_s)->text(), u"Recruiter at Acme"_s);
        QCOMPARE(label(&page, u"titleLabel"_s)->textFormat(), Qt::PlainText);
        const QStringList before = fullDump(*m_file);
        m_prompter->dialogHandler = [](QDialog &form) {
            if (!showActive(form))
                return int(QDialog::Rejected);
            retype(child<QLineEdit>(&form, u"titleEdit"_s), u"Talent lead"_s);
            clickSave(form);
            return form.result();
        };
        QTest::mouseClick(child<QPushButton>(&page, u"editButton"_s), Qt::LeftButton);
        QCOMPARE(label(&page, u"titleLabel"_s)->text(), u"Talent lead at Acme"_s);
        QCOMPARE(m_undo->undoText(), u"Edit person “Ann”"_s);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(label(&page, u"titleLabel"_s)->text(), u"Recruiter at Acme"_s);
    }
};

QTEST_MAIN(TestRoundDialog)
#include "tst_rounddialog.moc"
