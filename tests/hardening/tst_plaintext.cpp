#include "TestSupport.h"

#include "core/ApplicationValidator.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/roundics/RoundCalendarImport.h"
#include "core/text/PlainText.h"
#include "models/BoardModel.h"
#include "ui/ics/IcsImportDialog.h"
#include "ui/pipeline/ApplicationDialog.h"
#include "ui/pipeline/CardDelegate.h"
#include "ui/rounds/PersonDialog.h"
#include "ui/text/SingleLineValidator.h"

#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QToolTip>

namespace {

const QString Override = QString(QChar(0x202e));

QString gnpExe()
{
    // Shows as "Invoice exe.png" in a right-to-left-overridden run.
    return QStringLiteral("Invoice ") + Override + QStringLiteral("gnp.exe");
}

QImage paintCard(const QString &company, const QString &role, const QString &location)
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(company, BoardModel::CompanyRole);
    item->setData(role, BoardModel::JobRole);
    item->setData(location, BoardModel::LocationRole);
    item->setData(3, BoardModel::DaysInStageRole);
    model.appendRow(item);
    CardDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 260, 200);
    option.font = QFont();
    option.palette = QPalette();
    option.rect.setHeight(delegate.sizeHint(option, model.index(0, 0)).height());
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

} // namespace

// Line breaks, control characters and bidirectional overrides in one-line fields: cleaned
// where the user types or an invitation supplies them, refused anywhere else, and never
// drawn as more than one line on a card.
class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void singleLine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Acme GmbH") << QStringLiteral("Acme GmbH");
        QTest::newRow("override") << gnpExe() << QStringLiteral("Invoice gnp.exe");
        QTest::newRow("isolates and marks")
            << QString::fromUtf8("a\u2066b\u2069c\u200fd\u061ce") << QStringLiteral("abcde");
        QTest::newRow("line breaks")
            << QStringLiteral("Acme\r\nCorp\n\nLtd") << QStringLiteral("Acme Corp Ltd");
        QTest::newRow("leading break") << QStringLiteral("\nAcme") << QStringLiteral("Acme");
        QTest::newRow("separators")
            << QString::fromUtf8("a\u2028b\u2029c") << QStringLiteral("a b c");
        QTest::newRow("nul and escape")
            << QString::fromUtf8("a\x01\x1b[31mb") << QStringLiteral("a[31mb");
        QTest::newRow("zero width")
            << QString::fromUtf8("pay\u200bpal\ufeff") << QStringLiteral("paypal");
        // Joiners are part of Persian, Indic and emoji text and stay.
        QTest::newRow("joiners kept") << QString::fromUtf8("می\u200cخواهم 👩\u200d💻")
                                      << QString::fromUtf8("می\u200cخواهم 👩\u200d💻");
        QTest::newRow("accents kept")
            << QStringLiteral("Zoë Ørsted") << QStringLiteral("Zoë Ørsted");
    }

    void singleLine()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PlainText::singleLine(input), expected);
        QCOMPARE(PlainText::hasUnsafeInLine(input), input != expected);
        QVERIFY(!PlainText::hasUnsafeInLine(PlainText::singleLine(input)));
    }

    void toolTipEscapes()
    {
        QCOMPARE(PlainText::toolTip(QString()), QString());
        const QString tip = PlainText::toolTip(QStringLiteral("a < b\n<i>c</i>"));
        QVERIFY(Qt::mightBeRichText(tip));
        QVERIFY(tip.contains(QStringLiteral("a &lt; b\n&lt;i&gt;c&lt;/i&gt;")));
    }

    void validatorsRefuse()
    {
        ApplicationFields fields;
        fields.company = gnpExe();
        fields.role = QStringLiteral("Engineer");
        fields.excitement = 3;
        const auto problems = ApplicationValidator::validate(fields, QDate(2026, 11, 20));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, ApplicationValidator::Field::Company);
        fields.company = QStringLiteral("Acme");
        fields.location = QStringLiteral("Berlin\nParis");
        QCOMPARE(ApplicationValidator::validate(fields, QDate(2026, 11, 20)).first().field,
                 ApplicationValidator::Field::Location);

        RoundFields round;
        round.timeZoneId = QStringLiteral("UTC");
        round.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        round.location = gnpExe();
        QCOMPARE(RoundValidator::validate(round).size(), 1);
        QCOMPARE(RoundValidator::validate(round).first().field, RoundValidator::Field::Location);

        PersonFields person;
        person.name = QStringLiteral("Ann\nLee");
        QVERIFY(!RoundStore::validatePerson(person).isEmpty());
        person.name = QStringLiteral("Ann Lee");
        person.title = gnpExe();
        QVERIFY(!RoundStore::validatePerson(person).isEmpty());
    }

    void storesRefuseAndKeepData()
    {
        TestFile file;
        file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QStringList before = file.dump();
        QVERIFY(!file.store->addStage(gnpExe(), false).ok());
        QVERIFY(!file.store->renameStage(file.stageId(0), QStringLiteral("A\nB")).ok());
        QCOMPARE(file.dump(), before);
    }

    void importCleans()
    {
        IcsEvent event;
        event.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        event.end = event.start.addSecs(3600);
        event.summary = QStringLiteral("Interview ") + Override + QStringLiteral("gnp.exe");
        event.location = QStringLiteral("Room ") + Override + QStringLiteral("1\nMain street");
        IcsPerson organizer;
        organizer.name = QStringLiteral("Ann ") + Override + QStringLiteral("eeL");
        organizer.email = QStringLiteral("ann@example.com");
        event.organizer = organizer;
        const PlannedRound planned = RoundCalendarImport::planEvent(event);
        QCOMPARE(planned.fields.location, QStringLiteral("Room 1, Main street"));
        QCOMPARE(planned.people.size(), 1);
        QCOMPARE(planned.people.first().name, QStringLiteral("Ann eeL"));
        QCOMPARE(RoundCalendarImport::displayTitle(event), QStringLiteral("Interview gnp.exe"));
        QVERIFY(!planned.notes.isEmpty());
        QVERIFY2(planned.notes.last().contains(QStringLiteral("Invisible control characters")),
                 qPrintable(planned.notes.join(QLatin1Char('\n'))));

        // A clean invitation gets no such note.
        event.summary = QStringLiteral("Interview");
        event.location = QStringLiteral("Room 1\nMain street");
        event.organizer.name = QStringLiteral("Ann Lee");
        const PlannedRound clean = RoundCalendarImport::planEvent(event);
        QVERIFY(clean.notes.isEmpty());
        QCOMPARE(clean.fields.location, QStringLiteral("Room 1, Main street"));
    }

    void importDialogPrefillCleaned()
    {
        TestFile file;
        RoundStore rounds(file.database);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invite.ics"));
        QFile ics(path);
        QVERIFY(ics.open(QIODevice::WriteOnly));
        ics.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                  "DTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\n"
                  "SUMMARY:Interview\r\n"
                  "ORGANIZER;CN=Ann:mailto:ann@\xe2\x80\xae"
                  "example.com\r\n"
                  "END:VEVENT\r\nEND:VCALENDAR\r\n");
        ics.close();
        IcsImportDialog dialog(file.store.get(), &rounds);
        QVERIFY(dialog.loadFile(path).ok());
        QVERIFY(!PlainText::hasUnsafeInLine(dialog.newCompany()));
        QVERIFY(!PlainText::hasUnsafeInLine(dialog.newRole()));
    }

    void formsStripOnInput_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("field");
        QTest::newRow("company") << "application"
                                 << "companyEdit";
        QTest::newRow("role") << "application"
                              << "roleEdit";
        QTest::newRow("location") << "application"
                                  << "locationEdit";
        QTest::newRow("person name") << "person"
                                     << "nameEdit";
    }

    void formsStripOnInput()
    {
        QFETCH(QString, form);
        QFETCH(QString, field);
        TestFile file;
        RoundStore rounds(file.database);
        std::unique_ptr<QDialog> dialog;
        if (form == u"application") {
            auto *application = new ApplicationDialog(file.store.get());
            application->prepareNew(file.store->stages().value(), file.stageId(0));
            dialog.reset(application);
        } else {
            auto *person = new PersonDialog(&rounds);
            person->prepareNew(0);
            dialog.reset(person);
        }
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *edit = dialog->findChild<QLineEdit *>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->setFocus();
        // A paste: the edit takes the whole text at once.
        edit->insert(QStringLiteral("Acme\n") + gnpExe());
        QCOMPARE(edit->text(), QStringLiteral("Acme Invoice gnp.exe"));
        QCOMPARE(edit->property("cleanedMessage").toString(),
                 SingleLineValidator::removedMessage());
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), SingleLineValidator::removedMessage());
        // Typing clean text goes on as usual, without the message.
        edit->setProperty("cleanedMessage", QVariant());
        QTest::keyClicks(edit, QStringLiteral(" AG"));
        QCOMPARE(edit->text(), QStringLiteral("Acme Invoice gnp.exe AG"));
        QVERIFY(!edit->property("cleanedMessage").isValid());
        QToolTip::hideText();
    }

    void cardShowsOneLinePerField()
    {
        // A card for text with line breaks looks exactly like one for the same text on one
        // line: nothing is drawn over the next line.
        const QImage broken =
            paintCard(QStringLiteral("Acme\nCorp"), QStringLiteral("Data\r\nlead"),
                      QStringLiteral("Berlin\n") + Override + QStringLiteral("x"));
        const QImage clean = paintCard(QStringLiteral("Acme Corp"), QStringLiteral("Data lead"),
                                       QStringLiteral("Berlin x"));
        QCOMPARE(broken, clean);
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
