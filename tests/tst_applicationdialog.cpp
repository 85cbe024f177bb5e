#include "core/ApplicationValidator.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "ui/pipeline/ApplicationDialog.h"
#include "ui/pipeline/StageTimelineWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using Field = ApplicationValidator::Field;

// Lets QCOMPARE print both sides when two forms differ.
char *toString(const ApplicationFields &f)
{
    const auto amount = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QStringLiteral("unknown");
    };
    const QString text =
        QStringLiteral("{company=%1 role=%2 url=%3 location=%4 salary=%5..%6 %7 source=%8 "
                       "applied=%9 deadline=%10 excitement=%11 description=%12 notes=%13}")
            .arg(f.company, f.role, f.jobUrl, f.location, amount(f.salaryMin), amount(f.salaryMax),
                 f.currency, f.source, f.appliedOn.toString(Qt::ISODate))
            .arg(f.deadline.toString(Qt::ISODate))
            .arg(f.excitement)
            .arg(f.description, f.notes);
    return qstrdup(text.toUtf8().constData());
}

namespace {

const QDate Today(2024, 5, 15);

QDateTime utc(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC);
}

void fixClock(const QDateTime &now)
{
    Clock::setOverride([now] { return now; });
}

ApplicationFields validFields()
{
    ApplicationFields f;
    f.company = QStringLiteral("Acme");
    f.role = QStringLiteral("Engineer");
    f.jobUrl = QStringLiteral("https://example.org/job");
    f.location = QStringLiteral("Berlin");
    f.salaryMin = 50000;
    f.salaryMax = 70000;
    f.currency = QStringLiteral("EUR");
    f.source = QStringLiteral("LinkedIn");
    f.appliedOn = Today.addDays(-5);
    f.excitement = 4;
    f.description = QStringLiteral("Build robots.");
    f.notes = QStringLiteral("Ask about the team.");
    return f;
}

QString inputName(Field field)
{
    switch (field) {
    case Field::Company:
        return QStringLiteral("companyEdit");
    case Field::Role:
        return QStringLiteral("roleEdit");
    case Field::JobUrl:
        return QStringLiteral("jobUrlEdit");
    case Field::SalaryMin:
        return QStringLiteral("salaryMinEdit");
    case Field::SalaryMax:
        return QStringLiteral("salaryMaxEdit");
    case Field::Currency:
        return QStringLiteral("currencyCombo");
    case Field::AppliedOn:
        return QStringLiteral("appliedDateEdit");
    case Field::Deadline:
        return QStringLiteral("deadlineEdit");
    case Field::Excitement:
        return QStringLiteral("excitementInput");
    case Field::Location:
        return QStringLiteral("locationEdit");
    case Field::Source:
        return QStringLiteral("sourceCombo");
    }
    return {};
}

QString errorName(Field field)
{
    switch (field) {
    case Field::Company:
        return QStringLiteral("companyError");
    case Field::Role:
        return QStringLiteral("roleError");
    case Field::JobUrl:
        return QStringLiteral("jobUrlError");
    case Field::SalaryMin:
        return QStringLiteral("salaryMinError");
    case Field::SalaryMax:
        return QStringLiteral("salaryMaxError");
    case Field::Currency:
        return QStringLiteral("currencyError");
    case Field::AppliedOn:
        return QStringLiteral("appliedOnError");
    case Field::Deadline:
        return QStringLiteral("deadlineError");
    case Field::Excitement:
        return QStringLiteral("excitementError");
    case Field::Location:
        return QStringLiteral("locationError");
    case Field::Source:
        return QStringLiteral("sourceError");
    }
    return {};
}

const QList<Field> AllFields = {Field::Company,   Field::Role,      Field::JobUrl,
                                Field::SalaryMin, Field::SalaryMax, Field::Currency,
                                Field::AppliedOn, Field::Deadline,  Field::Excitement,
                                Field::Location,  Field::Source};

QString expectedMessage(const ApplicationFields &fields, Field field)
{
    QStringList messages;
    const auto problems = ApplicationValidator::validate(fields, Clock::today());
    for (const auto &problem : problems) {
        if (problem.field == field)
            messages << problem.message;
    }
    return messages.join(QLatin1Char('\n'));
}

// Replaces a field's content the way a user would: select all, delete, type.
void typeInto(QWidget *widget, const QString &text)
{
    if (auto *dateEdit = qobject_cast<QDateEdit *>(widget)) {
        dateEdit->setDate(QDate::fromString(text, Qt::ISODate));
        return;
    }
    QWidget *target = widget;
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        target = combo->lineEdit();
    if (auto *edit = qobject_cast<QLineEdit *>(target)) {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->text()));
    }
    QTest::keyClicks(target, text);
}

QString shownValue(QWidget *widget)
{
    if (auto *dateEdit = qobject_cast<QDateEdit *>(widget))
        return dateEdit->date().toString(Qt::ISODate);
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    return {};
}

QPushButton *saveButton(ApplicationDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Save) : nullptr;
}

} // namespace

class TestApplicationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newApplicationAcceptsTypedInput();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void errorsFollowEditsOnlyAfterSaveWasRefused();
    void editShowsValuesAndTimeline();
    void editOfMissingApplicationFails();
    void companyCompleterOffersKnownNames();
    void excitementWorksWithKeyboardAndMouse();
    void untickedDatesMeanNoDate();
    void labelsHaveBuddies();
    void tabOrderFollowsTheForm();
    void cancelRejects();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PipelineStore> m_store;
    QList<StageInfo> m_stages;
};

void TestApplicationDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A fixed locale makes the default currency and the date formats predictable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestApplicationDialog::init()
{
    fixClock(utc(Today, QTime(12, 0)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = Database::open(m_dir->filePath(QStringLiteral("test.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_store = std::make_unique<PipelineStore>(database.take());
    auto stages = m_store->stages();
    QVERIFY2(stages.ok(), qPrintable(stages.error()));
    m_stages = stages.value();
    QVERIFY(m_stages.size() >= 3);
}

void TestApplicationDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
    Clock::clearOverride();
}

void TestApplicationDialog::newApplicationAcceptsTypedInput()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.at(1).id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.windowTitle(), QStringLiteral("New application"));
    auto *stageCombo = dialog.findChild<QComboBox *>(QStringLiteral("stageCombo"));
    QVERIFY(stageCombo);
    QVERIFY(stageCombo->isVisible());
    QCOMPARE(dialog.stageId(), m_stages.at(1).id);
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    auto *timeline = dialog.findChild<QListWidget *>(QStringLiteral("timelineList"));
    QVERIFY(timeline);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(timeline->parentWidget())));

    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    QVERIFY(currency);
    QCOMPARE(currency->currentText(), QStringLiteral("USD")); // from the locale
    QCOMPARE(dialog.fields().excitement, 3);
    QVERIFY(!dialog.fields().appliedOn.isValid());

    const auto widget = [&dialog](const char *name) {
        return dialog.findChild<QWidget *>(QLatin1String(name));
    };
    typeInto(widget("companyEdit"), QStringLiteral("  Acme Robotics "));
    typeInto(widget("roleEdit"), QStringLiteral("Senior engineer"));
    typeInto(widget("jobUrlEdit"), QStringLiteral("https://example.org/jobs/42"));
    typeInto(widget("locationEdit"), QStringLiteral("Berlin"));
    typeInto(widget("salaryMinEdit"), QStringLiteral("60,000"));
    typeInto(widget("salaryMaxEdit"), QStringLiteral("80000"));
    typeInto(widget("currencyCombo"), QStringLiteral("chf"));
    QCOMPARE(currency->currentText(), QStringLiteral("CHF"));
    typeInto(widget("sourceCombo"), QStringLiteral("Referral"));
    QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("appliedCheck")),
                      Qt::LeftButton);
    auto *applied = dialog.findChild<QDateEdit *>(QStringLiteral("appliedDateEdit"));
    QVERIFY(applied->isEnabled());
    applied->setDate(Today.addDays(-3));
    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("excitementStar5")),
                      Qt::LeftButton);
    tabs->setCurrentIndex(1);
    QTest::keyClicks(widget("descriptionEdit"), QStringLiteral("Build robots."));
    QTest::keyClicks(widget("notesEdit"), QStringLiteral("Ask about the team."));
    tabs->setCurrentIndex(0);
    stageCombo->setCurrentIndex(stageCombo->findData(m_stages.at(2).id));

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    ApplicationFields expected;
    expected.company = QStringLiteral("Acme Robotics");
    expected.role = QStringLiteral("Senior engineer");
    expected.jobUrl = QStringLiteral("https://example.org/jobs/42");
    expected.location = QStringLiteral("Berlin");
    expected.salaryMin = 60000;
    expected.salaryMax = 80000;
    expected.currency = QStringLiteral("CHF");
    expected.source = QStringLiteral("Referral");
    expected.appliedOn = Today.addDays(-3);
    expected.excitement = 5;
    expected.description = QStringLiteral("Build robots.");
    expected.notes = QStringLiteral("Ask about the team.");
    QCOMPARE(dialog.fields(), expected);
    QCOMPARE(dialog.stageId(), m_stages.at(2).id);
    // The caller records the change; the dialog itself must not have written anything.
    QCOMPARE(m_store->applicationCount().value(), 0);
}

void TestApplicationDialog::invalidInputIsRefused_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("input");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("fixed");

    const QString acme = QStringLiteral("Acme");
    const QString engineer = QStringLiteral("Engineer");
    const QString link = QStringLiteral("https://example.org/job");
    QTest::newRow("empty company") << "companyEdit"
                                   << "" << Field::Company << acme << acme;
    QTest::newRow("over-long company")
        << "companyEdit" << QString(ApplicationValidator::MaxNameLength + 1, u'x') << Field::Company
        << acme << acme;
    QTest::newRow("empty role") << "roleEdit"
                                << "" << Field::Role << engineer << engineer;
    QTest::newRow("whitespace-only role") << "roleEdit"
                                          << "   " << Field::Role << engineer << engineer;
    QTest::newRow("ftp link") << "jobUrlEdit"
                              << "ftp://x" << Field::JobUrl << link << link;
    QTest::newRow("not a url") << "jobUrlEdit"
                               << "not a url" << Field::JobUrl << link << link;
    QTest::newRow("over-long location")
        << "locationEdit" << QString(ApplicationValidator::MaxNameLength + 1, u'y')
        << Field::Location << "Remote"
        << "Remote";
    QTest::newRow("minimum above maximum") << "salaryMinEdit"
                                           << "90000" << Field::SalaryMax << "50000"
                                           << "50000";
    QTest::newRow("future applied date")
        << "appliedDateEdit" << Today.addDays(1).toString(Qt::ISODate) << Field::AppliedOn
        << Today.toString(Qt::ISODate) << Today.toString(Qt::ISODate);
    QTest::newRow("missing currency with salary") << "currencyCombo"
                                                  << "" << Field::Currency << "gbp"
                                                  << "GBP";
    // A code from the list would be completed inline, so this one is not in it.
    QTest::newRow("two-letter currency") << "currencyCombo"
                                         << "xy" << Field::Currency << "EUR"
                                         << "EUR";
}

void TestApplicationDialog::invalidInputIsRefused()
{
    QFETCH(QString, widget);
    QFETCH(QString, input);
    QFETCH(Field, field);
    QFETCH(QString, fix);
    QFETCH(QString, fixed);

    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    dialog.setFields(validFields());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QWidget *edited = dialog.findChild<QWidget *>(widget);
    QVERIFY(edited);
    typeInto(edited, input);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString message = expectedMessage(dialog.fields(), field);
    QVERIFY(!message.isEmpty());
    QCOMPARE(dialog.problemText(field), message);
    auto *label = dialog.findChild<QLabel *>(errorName(field));
    QVERIFY(label);
    QCOMPARE(label->text(), message);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->isVisible());
    QWidget *invalid = dialog.findChild<QWidget *>(inputName(field));
    QVERIFY(invalid);
    QVERIFY(invalid->property("invalid").toBool());
    QTRY_VERIFY(invalid->hasFocus());
    for (Field other : AllFields) {
        if (other != field)
            QVERIFY2(dialog.problemText(other).isEmpty(), qPrintable(dialog.problemText(other)));
    }

    typeInto(edited, fix);
    QCOMPARE(shownValue(edited), fixed);
    QCOMPARE(dialog.problemText(field), QString());
    QVERIFY(label->text().isEmpty());
    QVERIFY(!label->isVisible());
    QVERIFY(!invalid->property("invalid").toBool());

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestApplicationDialog::errorsFollowEditsOnlyAfterSaveWasRefused()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *company = dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit"));
    auto *role = dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"));
    auto *link = dialog.findChild<QLineEdit *>(QStringLiteral("jobUrlEdit"));
    QVERIFY(company && role && link);

    // Nobody wants to be told off while still typing the first time.
    typeInto(link, QStringLiteral("not a url"));
    QVERIFY(dialog.problemText(Field::JobUrl).isEmpty());
    QVERIFY(dialog.problemText(Field::Company).isEmpty());

    QTest::keyClick(link, Qt::Key_Return); // the default button is Save
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.problemText(Field::Company).isEmpty());
    QVERIFY(!dialog.problemText(Field::Role).isEmpty());
    QVERIFY(!dialog.problemText(Field::JobUrl).isEmpty());
    QTRY_VERIFY(company->hasFocus()); // the first invalid field in form order

    typeInto(company, QStringLiteral("Acme"));
    QVERIFY(dialog.problemText(Field::Company).isEmpty());
    QVERIFY(!dialog.problemText(Field::Role).isEmpty());
    typeInto(company, QString());
    QVERIFY(!dialog.problemText(Field::Company).isEmpty());

    // Validating explicitly reports the same as the inline labels.
    QVERIFY(!dialog.validateForm());
    typeInto(company, QStringLiteral("Acme"));
    typeInto(role, QStringLiteral("Engineer"));
    link->clear();
    QVERIFY(dialog.validateForm());
    for (Field field : AllFields)
        QVERIFY(dialog.problemText(field).isEmpty());

    // A fresh form forgets the refused save.
    dialog.prepareNew(m_stages, m_stages.first().id);
    typeInto(link, QStringLiteral("ftp://x"));
    QVERIFY(dialog.problemText(Field::JobUrl).isEmpty());
}

void TestApplicationDialog::editShowsValuesAndTimeline()
{
    const QDateTime created = utc(Today.addDays(-14), QTime(9, 30));
    const QDateTime moved = utc(Today.addDays(-2), QTime(14, 5));
    ApplicationFields original = validFields();
    original.deadline = Today.addDays(10);
    original.notes = QStringLiteral("Line one\nline two");

    fixClock(created);
    auto id = m_store->createApplication(original, m_stages.at(0).id);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    fixClock(moved);
    auto moves = m_store->moveApplications({id.value()}, m_stages.at(2).id, 0);
    QVERIFY2(moves.ok(), qPrintable(moves.error()));
    fixClock(utc(Today, QTime(12, 0)));

    ApplicationDialog dialog(m_store.get());
    const Status loaded = dialog.prepareEdit(id.value());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit application — Acme"));
    QCOMPARE(dialog.fields(), original);
    QCOMPARE(dialog.stageId(), qint64(0));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit"))->text(),
             QStringLiteral("Acme"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"))->text(),
             QStringLiteral("Engineer"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("jobUrlEdit"))->text(), original.jobUrl);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("salaryMinEdit"))->text(),
             QLocale().toString(qint64(50000)));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("salaryMaxEdit"))->text(),
             QLocale().toString(qint64(70000)));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->currentText(),
             QStringLiteral("EUR"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sourceCombo"))->currentText(),
             QStringLiteral("LinkedIn"));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("appliedCheck"))->isChecked());
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("appliedDateEdit"))->date(),
             original.appliedOn);
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("deadlineCheck"))->isChecked());
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("deadlineEdit"))->date(),
             original.deadline);
    QVERIFY(dialog.findChild<QToolButton *>(QStringLiteral("excitementStar4"))->isChecked());
    QVERIFY(!dialog.findChild<QToolButton *>(QStringLiteral("excitementStar5"))->isChecked());
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))->toPlainText(),
             original.notes);
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("stageCombo"))->isVisible());

    auto *tabs = dialog.findChild<QTabWidget *>();
    auto *timeline = dialog.findChild<QListWidget *>(QStringLiteral("timelineList"));
    QVERIFY(tabs && timeline);
    const int timelineTab = tabs->indexOf(timeline->parentWidget());
    QVERIFY(tabs->isTabVisible(timelineTab));
    tabs->setCurrentIndex(timelineTab);
    QCOMPARE(timeline->count(), 2);
    const QString dash = QStringLiteral(" — ");
    QCOMPARE(timeline->item(0)->text(),
             QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) + dash +
                 QStringLiteral("Added to ") + m_stages.at(0).name);
    QCOMPARE(timeline->item(1)->text(),
             QLocale().toString(moved.toLocalTime(), QLocale::ShortFormat) + dash +
                 m_stages.at(0).name + QStringLiteral(" → ") + m_stages.at(2).name);
    QVERIFY(!(timeline->item(0)->flags() & Qt::ItemIsEditable));

    // An unchanged form gives back exactly what was loaded, so the caller records nothing.
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.fields(), m_store->fields(id.value()).value());
}

void TestApplicationDialog::editOfMissingApplicationFails()
{
    ApplicationDialog dialog(m_store.get());
    const Status loaded = dialog.prepareEdit(4242);
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().isEmpty());
}

void TestApplicationDialog::companyCompleterOffersKnownNames()
{
    for (const QString &company : {QStringLiteral("Acme Robotics"), QStringLiteral("Globex")}) {
        ApplicationFields f = validFields();
        f.company = company;
        QVERIFY(m_store->createApplication(f, m_stages.first().id).ok());
    }

    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *company = dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit"));
    QVERIFY(company);
    QCompleter *completer = company->completer();
    QVERIFY(completer);
    QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(completer->completionMode(), QCompleter::PopupCompletion);

    const auto offered = [completer] {
        QStringList names;
        for (int row = 0; completer->setCurrentRow(row); ++row)
            names << completer->currentCompletion();
        return names;
    };
    company->setFocus();
    QTest::keyClicks(company, QStringLiteral("GLO"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(offered(), QStringList{QStringLiteral("Globex")});

    typeInto(company, QStringLiteral("rob"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(offered(), QStringList{QStringLiteral("Acme Robotics")});

    // Picking the offer fills the field and does not save the dialog, which is valid by now.
    dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"))->setText(QStringLiteral("Engineer"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(company->text(), QStringLiteral("Acme Robotics"));
    QVERIFY(dialog.isVisible());
}

void TestApplicationDialog::excitementWorksWithKeyboardAndMouse()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget *input = dialog.findChild<QWidget *>(QStringLiteral("excitementInput"));
    QVERIFY(input);
    QVERIFY(input->focusPolicy() & Qt::TabFocus);
    const auto filledStars = [&dialog] {
        int filled = 0;
        for (int star = 1; star <= 5; ++star) {
            if (dialog.findChild<QToolButton *>(QStringLiteral("excitementStar%1").arg(star))
                    ->isChecked())
                ++filled;
        }
        return filled;
    };
    QCOMPARE(filledStars(), 3);

    input->setFocus();
    QTRY_VERIFY(input->hasFocus());
    QTest::keyClick(input, Qt::Key_Right);
    QCOMPARE(dialog.fields().excitement, 4);
    QTest::keyClick(input, Qt::Key_End);
    QCOMPARE(dialog.fields().excitement, 5);
    QTest::keyClick(input, Qt::Key_Right); // stays within 1–5
    QCOMPARE(dialog.fields().excitement, 5);
    QTest::keyClick(input, Qt::Key_Home);
    QCOMPARE(dialog.fields().excitement, 1);
    QTest::keyClick(input, Qt::Key_Left);
    QCOMPARE(dialog.fields().excitement, 1);
    QTest::keyClick(input, Qt::Key_2);
    QCOMPARE(dialog.fields().excitement, 2);
    QCOMPARE(filledStars(), 2);

    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("excitementStar4")),
                      Qt::LeftButton);
    QCOMPARE(dialog.fields().excitement, 4);
    QCOMPARE(filledStars(), 4);
    // Clicking the highest filled star again keeps the rating rather than toggling it off.
    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("excitementStar4")),
                      Qt::LeftButton);
    QCOMPARE(dialog.fields().excitement, 4);
    QCOMPARE(filledStars(), 4);
}

void TestApplicationDialog::untickedDatesMeanNoDate()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    ApplicationFields f = validFields();
    f.deadline = Today.addDays(7);
    dialog.setFields(f);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *appliedCheck = dialog.findChild<QCheckBox *>(QStringLiteral("appliedCheck"));
    auto *appliedDate = dialog.findChild<QDateEdit *>(QStringLiteral("appliedDateEdit"));
    auto *deadlineCheck = dialog.findChild<QCheckBox *>(QStringLiteral("deadlineCheck"));
    auto *deadline = dialog.findChild<QDateEdit *>(QStringLiteral("deadlineEdit"));
    QVERIFY(appliedCheck && appliedDate && deadlineCheck && deadline);
    QVERIFY(appliedDate->calendarPopup());
    QVERIFY(appliedDate->isEnabled());
    QCOMPARE(dialog.fields().deadline, Today.addDays(7));

    QTest::mouseClick(appliedCheck, Qt::LeftButton);
    QTest::mouseClick(deadlineCheck, Qt::LeftButton);
    QVERIFY(!appliedDate->isEnabled());
    QVERIFY(!deadline->isEnabled());
    QVERIFY(!dialog.fields().appliedOn.isValid());
    QVERIFY(!dialog.fields().deadline.isValid());

    // A long-past date is allowed: people often log applications after the fact.
    QTest::mouseClick(appliedCheck, Qt::LeftButton);
    appliedDate->setDate(QDate(2019, 1, 31));
    QVERIFY(dialog.validateForm());
    QCOMPARE(dialog.fields().appliedOn, QDate(2019, 1, 31));
    QVERIFY(appliedDate->displayFormat().contains(QLatin1String("yyyy")));
}

void TestApplicationDialog::labelsHaveBuddies()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    const QStringList inputs = {
        QStringLiteral("stageCombo"),      QStringLiteral("companyEdit"),
        QStringLiteral("roleEdit"),        QStringLiteral("jobUrlEdit"),
        QStringLiteral("locationEdit"),    QStringLiteral("sourceCombo"),
        QStringLiteral("salaryMinEdit"),   QStringLiteral("salaryMaxEdit"),
        QStringLiteral("currencyCombo"),   QStringLiteral("excitementInput"),
        QStringLiteral("descriptionEdit"), QStringLiteral("notesEdit"),
        QStringLiteral("timelineList")};
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QSet<QChar> mnemonics;
    for (const QString &name : inputs) {
        QWidget *input = dialog.findChild<QWidget *>(name);
        QVERIFY2(input, qPrintable(name));
        const auto label = std::find_if(labels.cbegin(), labels.cend(),
                                        [input](QLabel *l) { return l->buddy() == input; });
        QVERIFY2(label != labels.cend(), qPrintable(name));
        const QString text = (*label)->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(text));
        mnemonics.insert(key);
    }
    for (const char *check : {"appliedCheck", "deadlineCheck"}) {
        const QString text = dialog.findChild<QCheckBox *>(QLatin1String(check))->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(text));
        QVERIFY2(!mnemonics.contains(text.at(amp + 1).toLower()), qPrintable(text));
        mnemonics.insert(text.at(amp + 1).toLower());
    }
}

void TestApplicationDialog::tabOrderFollowsTheForm()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *stage = dialog.findChild<QWidget *>(QStringLiteral("stageCombo"));
    stage->setFocus();
    QTRY_VERIFY(stage->hasFocus());

    QStringList visited;
    for (int step = 0; step < 11; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        // An editable combo box's line edit stands in for the combo box.
        if (focused && focused->focusProxy())
            focused = focused->focusProxy();
        if (focused && qobject_cast<QComboBox *>(focused->parentWidget()))
            focused = focused->parentWidget();
        visited << (focused ? focused->objectName() : QString());
    }
    // The date edits are skipped while their check boxes are unticked.
    const QStringList expected = {QStringLiteral("companyEdit"),    QStringLiteral("roleEdit"),
                                  QStringLiteral("jobUrlEdit"),     QStringLiteral("locationEdit"),
                                  QStringLiteral("sourceCombo"),    QStringLiteral("salaryMinEdit"),
                                  QStringLiteral("salaryMaxEdit"),  QStringLiteral("currencyCombo"),
                                  QStringLiteral("appliedCheck"),   QStringLiteral("deadlineCheck"),
                                  QStringLiteral("excitementInput")};
    QCOMPARE(visited, expected);
}

void TestApplicationDialog::cancelRejects()
{
    ApplicationDialog dialog(m_store.get());
    dialog.prepareNew(m_stages, m_stages.first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestApplicationDialog)
#include "tst_applicationdialog.moc"
