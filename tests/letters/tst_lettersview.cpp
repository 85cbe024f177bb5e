#include "EmlParser.h"
#include "FakePrompter.h"
#include "LetterTestSupport.h"
#include "core/notes/NotesStore.h"
#include "models/RoundSignals.h"
#include "models/letters/LetterListModel.h"
#include "ui/letters/LetterColours.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LettersView.h"
#include "ui/letters/MailHandover.h"
#include "ui/letters/TemplatesDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrlQuery>

// The letters page driven through its widgets, the file checked afterwards.
class TestLettersView : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        explicit Page(LetterFile &file)
        {
            LettersView::Context context;
            context.letters = &file.letters;
            context.rounds = &file.rounds;
            context.roundSignals = &signals_;
            context.undoStack = &undo;
            context.showError = [this](const QString &m) {
                errors << m;
            };
            context.showStatus = [this](const QString &m) {
                statuses << m;
            };
            context.showBanner = [this](const QString &m) {
                banners << m;
            };
            view = std::make_unique<LettersView>(context);
            QObject::connect(view.get(), &LettersView::dueCountChanged,
                             [this](int count) { dueCounts << count; });
            tester = std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            view->resize(1200, 700);
            view->show();
            // Focus moves (which commit edits) need an active window.
            view->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(view.get()));
            view->checkRounds();
            view->reload();
        }
        QAction *action(const char *name) const
        {
            return view->findChild<QAction *>(QLatin1String(name));
        }
        void trigger(const char *name) const
        {
            QAction *found = action(name);
            QVERIFY2(found, name);
            QVERIFY2(found->isEnabled(), name);
            found->trigger();
        }
        const LetterInfo *current() const
        {
            return view->model()->letter(view->list()->currentIndex());
        }

        RoundSignals signals_;
        QUndoStack undo;
        QStringList errors;
        QStringList statuses;
        QStringList banners;
        QList<int> dueCounts;
        std::unique_ptr<LettersView> view;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    static QString statusOf(LetterFile &f, qint64 id)
    {
        return LetterEnums::statusKey(f.letters.letter(id).value().status);
    }

private slots:
    void init()
    {
        m_prompter = std::make_unique<FakePrompter>();
        MailHandover::setOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
    }
    void cleanup()
    {
        MailHandover::setOpener({});
        m_prompter.reset();
        m_opened.clear();
    }

    void proposesAndShowsDueLetters()
    {
        LetterFile f;
        QVERIFY(f.letters.setMyName(QStringLiteral("Sam Doe")).ok());
        const qint64 app = f.add(QStringLiteral("Nordlicht"), QStringLiteral("Data engineer"));
        f.round(app, 30, {QStringLiteral("Old Friend")}); // ended 29 h ago: overdue
        f.round(app, 3, {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg")});
        f.round(app, -20, {QStringLiteral("Future Person")}); // not yet
        Page page(f);
        QCOMPARE(page.errors, QStringList());
        QCOMPARE(page.view->dueCount(), 3);
        QCOMPARE(page.dueCounts.last(), 3);
        LetterListModel *model = page.view->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Due (3)"));
        // Overdue first, in the warning colour.
        const QModelIndex first = model->index(0, 0, model->index(0, 0));
        QCOMPARE(first.data().toString(), QStringLiteral("Old Friend"));
        QVERIFY(first.data(LetterListModel::OverdueRole).toBool());
        QVERIFY(model->index(0, LetterListModel::DueColumn, model->index(0, 0))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("overdue by 5 h")));
        const QModelIndex anna = model->index(1, LetterListModel::DueColumn, model->index(0, 0));
        QCOMPARE(anna.data().toString(), QStringLiteral("22 h 0 min left"));
        QVERIFY(!anna.data(LetterListModel::OverdueRole).toBool());
        // The first letter is selected and shown.
        QCOMPARE(page.current()->personName, QStringLiteral("Old Friend"));
        QVERIFY(
            page.view->editor()->bodyEdit()->toPlainText().startsWith(QStringLiteral("Dear Old,")));
        QCOMPARE(page.view->selectedApplication(), app);
    }

    void warningColourIsReadableOnBothThemes()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        QVERIFY(LetterColours::warning(light).lightness() < 110);
        QVERIFY(LetterColours::warning(dark).lightness() > 170);
    }

    void editingIsOneUndoStep()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 3, {QStringLiteral("Anna Weber")});
        Page page(f);
        const qint64 id = page.current()->id;
        const QStringList before = f.fullDump();

        // F3 selects the gap; typing replaces it.
        QPlainTextEdit *body = page.view->editor()->bodyEdit();
        body->setFocus();
        page.trigger("nextGapAction");
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("{topic}"));
        QTest::keyClicks(body, QStringLiteral("<b>the data platform</b>"));
        page.view->list()->setFocus(); // leaving the text commits it
        const LetterInfo saved = f.letters.letter(id).value();
        QVERIFY(
            saved.fields.body.contains(QStringLiteral("discussion of <b>the data platform</b>")));
        QCOMPARE(saved.status, LetterStatus::Draft); // editing a proposal accepts it
        QCOMPARE(page.undo.count(), 1);
        page.undo.undo();
        QCOMPARE(f.fullDump(), before);
        page.undo.redo();
        QCOMPARE(f.letters.letter(id).value().fields.body, saved.fields.body);
    }

    // Filling a proposal in from the debrief accepts it too, in one undo step.
    void fillingInFromTheDebriefAcceptsAProposal()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3, {QStringLiteral("Anna Weber")});
        Page page(f);
        const qint64 id = page.current()->id;
        QCOMPARE(page.current()->status, LetterStatus::Proposed);
        RoundNotes debrief;
        debrief.clues = QStringLiteral("Anna: their <i>data</i> platform");
        QVERIFY(NotesStore(f.database).saveNotes(round, debrief).ok());
        const QStringList before = f.fullDump();
        page.trigger("fillFromDebriefAction");
        const LetterInfo filled = f.letters.letter(id).value();
        QVERIFY2(filled.fields.body.contains(QStringLiteral("their <i>data</i> platform")),
                 qPrintable(filled.fields.body));
        QCOMPARE(filled.status, LetterStatus::Draft);
        QCOMPARE(page.undo.count(), 1);
        QCOMPARE(page.undo.undoText(), QStringLiteral("Fill in from the debrief"));
        const QStringList after = f.fullDump();
        page.undo.undo();
        QCOMPARE(f.fullDump(), before);
        page.undo.redo();
        QCOMPARE(f.fullDump(), after);
    }

    void statusChangesAndUndo()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 3, {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg")});
        Page page(f);
        const qint64 id = page.current()->id;
        const QStringList before = f.fullDump();
        page.trigger("acceptLetterAction");
        QCOMPARE(statusOf(f, id), QStringLiteral("draft"));
        page.view->list()->setCurrentIndex(page.view->model()->indexOf(id));
        page.trigger("discardLetterAction");
        QCOMPARE(statusOf(f, id), QStringLiteral("discarded"));
        QCOMPARE(page.view->dueCount(), 1);
        QVERIFY(!page.view->model()->indexOf(id).isValid());
        page.undo.undo();
        page.undo.undo();
        QCOMPARE(f.fullDump(), before);
        QCOMPARE(page.view->dueCount(), 2);
    }

    void markingSentWarnsAboutGapsAndSameText()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round =
            f.round(app, 3, {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg")});
        Q_UNUSED(round);
        Page page(f);
        const qint64 id = page.current()->id;
        m_prompter->confirmAnswer = false;
        page.trigger("sentLetterAction");
        QCOMPARE(statusOf(f, id), QStringLiteral("proposed"));
        QVERIFY(m_prompter->questions.last().contains(QStringLiteral("{topic}")));

        // Both letters the same: that is asked about too.
        const QList<LetterInfo> all = f.letters.letters().value();
        for (const LetterInfo &letter : all) {
            LetterFields fields = letter.fields;
            fields.body = QStringLiteral("Thank you for the talk.");
            QVERIFY(f.letters.updateLetter(letter.id, fields).ok());
        }
        page.view->reload();
        page.trigger("sentLetterAction");
        QVERIFY(m_prompter->questions.last().contains(QStringLiteral("same text")));
        QCOMPARE(statusOf(f, id), QStringLiteral("proposed"));

        m_prompter->confirmAnswer = true;
        page.view->list()->setCurrentIndex(page.view->model()->indexOf(id));
        page.trigger("sentLetterAction");
        const LetterInfo sent = f.letters.letter(id).value();
        QCOMPARE(sent.status, LetterStatus::Sent);
        QCOMPARE(sent.sentAt, f.now());
        QCOMPARE(page.view->dueCount(), 1);
        page.view->list()->setCurrentIndex(page.view->model()->indexOf(id));
        page.trigger("repliedLetterAction");
        QCOMPARE(statusOf(f, id), QStringLiteral("replied"));
        page.undo.undo();
        QCOMPARE(statusOf(f, id), QStringLiteral("sent"));
    }

    void openInMailProgramThenMarkSent()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 3, {QStringLiteral("Anna Weber")});
        Page page(f);
        const qint64 id = page.current()->id;
        page.trigger("mailLetterAction");
        QCOMPARE(m_opened.size(), 1);
        const QUrl url = m_opened.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("annaweber@example.com"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 page.current()->fields.subject);
        QVERIFY(url.toEncoded().contains("%0D%0A"));
        // Asked whether it was sent, then about the gap; both answered yes.
        QVERIFY(m_prompter->questions.contains(
            QStringLiteral("Did you send the letter to Anna Weber?")));
        QCOMPARE(statusOf(f, id), QStringLiteral("sent"));
    }

    void tooLongForALinkIsSavedAsEml()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(f.letters
                    .proposeDrafts(f.round(app, 3, {QStringLiteral("Anna Weber")}),
                                   QStringLiteral("en"))
                    .ok());
        LetterInfo letter = f.letters.letters().value().first();
        letter.fields.body = QString(1000, QChar(0x00FC));
        QVERIFY(f.letters.updateLetter(letter.id, letter.fields).ok());
        Page page(f);
        QTemporaryDir dir;
        m_prompter->fileAnswer = dir.filePath(QStringLiteral("long.eml"));
        m_prompter->confirmAnswer = false; // not sent yet
        page.trigger("mailLetterAction");
        QVERIFY(m_opened.isEmpty());
        QVERIFY(m_prompter->informations.last().contains(QStringLiteral("1,800")));
        QFile file(m_prompter->fileAnswer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParsedEml eml = parseEml(file.readAll());
        QCOMPARE(eml.faults, QStringList());
        QCOMPARE(eml.body, letter.fields.body);
        QCOMPARE(eml.header("To"), QStringLiteral("Anna Weber <annaweber@example.com>"));
        QCOMPARE(statusOf(f, letter.id), QStringLiteral("proposed"));
    }

    void copyAndPdf()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 3, {QStringLiteral("<i>Anna</i> Weber")});
        Page page(f);
        m_prompter->confirmAnswer = false;
        page.trigger("copyLetterAction");
        QCOMPARE(QGuiApplication::clipboard()->text(), page.current()->fields.body);
        QTemporaryDir dir;
        m_prompter->fileAnswer = dir.filePath(QStringLiteral("letter.pdf"));
        page.trigger("pdfLetterAction");
        QFile pdf(m_prompter->fileAnswer);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(pdf.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(page.errors, QStringList());
        // Markup in a name is shown as typed.
        QCOMPARE(page.view->findChild<QLabel *>(QStringLiteral("letterTo"))->textFormat(),
                 Qt::PlainText);
        QVERIFY(page.view->findChild<QLabel *>(QStringLiteral("letterTo"))
                    ->text()
                    .startsWith(QStringLiteral("<i>Anna</i> Weber")));
    }

    // A letter saved as a file says where, then asks whether it went out; a file that
    // cannot be written says why and asks nothing.
    void savedFileSaysWhereThenAsksWhetherSent_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("status");
        QTest::newRow("eml") << QByteArray("emlLetterAction") << QStringLiteral("letter.eml")
                             << QStringLiteral("Saved %1. Open it to send it from your mail "
                                               "program.");
        QTest::newRow("pdf") << QByteArray("pdfLetterAction") << QStringLiteral("letter.pdf")
                             << QStringLiteral("Saved %1.");
    }
    void savedFileSaysWhereThenAsksWhetherSent()
    {
        QFETCH(QByteArray, action);
        QFETCH(QString, name);
        QFETCH(QString, status);
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 3, {QStringLiteral("Anna Weber")});
        Page page(f);
        const qint64 id = page.current()->id;
        m_prompter->confirmAnswer = false; // not sent yet
        QTemporaryDir dir;
        m_prompter->fileAnswer = dir.filePath(QStringLiteral("missing/") + name);
        page.trigger(action.constData());
        QCOMPARE(page.errors.size(), 1);
        QVERIFY(!QFile::exists(m_prompter->fileAnswer));
        QVERIFY(m_prompter->questions.isEmpty());
        QVERIFY(page.statuses.isEmpty());

        m_prompter->fileAnswer = dir.filePath(name);
        page.trigger(action.constData());
        QCOMPARE(page.errors.size(), 1);
        QVERIFY(QFile::exists(m_prompter->fileAnswer));
        QCOMPARE(page.statuses,
                 QStringList{status.arg(QDir::toNativeSeparators(m_prompter->fileAnswer))});
        QCOMPARE(m_prompter->questions,
                 QStringList{QStringLiteral("Did you send the letter to Anna Weber?")});
        QCOMPARE(statusOf(f, id), QStringLiteral("proposed"));
    }

    void quickAddWhenNobodyIsListed()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3);
        Page page(f);
        QLabel *banner = page.view->findChild<QLabel *>(QStringLiteral("peopleBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("nobody is listed")));
        const QStringList before = f.fullDump();
        m_prompter->textAnswer = QStringLiteral("Kim Lee");
        QTest::mouseClick(page.view->findChild<QPushButton *>(QStringLiteral("addPersonButton")),
                          Qt::LeftButton);
        QCOMPARE(page.errors, QStringList());
        QCOMPARE(f.rounds.round(round).value().people.size(), 1);
        QCOMPARE(f.letters.lettersOfRound(round).value().size(), 1);
        QCOMPARE(page.current()->personName, QStringLiteral("Kim Lee"));
        QVERIFY(!banner->isVisible());
        page.undo.undo();                  // one step takes all of it back
        QCoreApplication::processEvents(); // the views catch up, proposing nothing new
        QCOMPARE(f.fullDump(), before);
        page.undo.redo();
        QCOMPARE(f.letters.lettersOfRound(round).value().size(), 1);
    }

    void addressCanBeAdded()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, 3);
        PersonFields person;
        person.name = QStringLiteral("No Mail");
        const qint64 personId =
            f.rounds.createPerson(f.rounds.companyOfApplication(app).value(), person).value();
        RoundFields fields = f.rounds.round(round).value().fields;
        fields.peopleIds = {personId};
        QVERIFY(f.rounds.updateRound(round, fields).ok());
        Page page(f);
        QVERIFY(
            page.view->editor()->warnings().join(QString()).contains(QStringLiteral("no email")));
        QPushButton *add = page.view->findChild<QPushButton *>(QStringLiteral("addAddressButton"));
        QVERIFY(add->isVisible());
        m_prompter->textAnswer = QStringLiteral("not an address");
        add->click();
        QCOMPARE(f.rounds.person(personId).value().fields.email, QString());
        QVERIFY(!m_prompter->errors.isEmpty());
        m_prompter->textAnswer = QStringLiteral("no.mail@example.com");
        add->click();
        QCOMPARE(f.rounds.person(personId).value().fields.email,
                 QStringLiteral("no.mail@example.com"));
        QVERIFY(!add->isVisible());
        // Without an address the link still opens, just without a recipient.
        page.undo.undo();
        page.view->reload();
        m_prompter->confirmAnswer = false;
        page.trigger("mailLetterAction");
        QCOMPARE(m_opened.last().path(), QString());
    }

    void myNameSignsNewLetters()
    {
        LetterFile f;
        Page page(f);
        QLineEdit *name = page.view->findChild<QLineEdit *>(QStringLiteral("myNameEdit"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Sam <Doe>"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(f.letters.myName().value(), QStringLiteral("Sam <Doe>"));
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 3, {QStringLiteral("Anna Weber")});
        page.view->checkRounds();
        QVERIFY(page.current()->fields.body.endsWith(QStringLiteral("\nSam <Doe>")));
    }

    void reminderTwoHoursAfterTheEnd()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.round(app, 2.5); // ends 1 h 30 min before now, nobody listed
        Page page(f);
        QCOMPARE(page.banners, QStringList());
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(10, 5), Qt::UTC); });
        page.view->checkRounds();
        QCOMPARE(page.banners.size(), 1);
        QVERIFY(page.banners.first().contains(QStringLiteral("ended two hours ago")));
        page.view->checkRounds(); // only once
        QCOMPARE(page.banners.size(), 1);
    }

    void templatesCanBeEditedAddedAndDeleted()
    {
        LetterFile f;
        Page page(f);
        const QStringList before = f.fullDump();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto &templates = static_cast<TemplatesDialog &>(dialog);
            templates.list()->setCurrentRow(0);
            templates.bodyEdit()->setPlainText(QStringLiteral("Hi {first_name}, {frist_name}"));
            templates.saveCurrent();
            templates.addTemplate();
            templates.nameEdit()->setText(QStringLiteral("Mine"));
            templates.occasionBox()->setCurrentIndex(4);
            templates.list()->setCurrentRow(0); // leaving it saves it
            return int(QDialog::Accepted);
        };
        page.trigger("letterTemplatesAction");
        const QList<LetterTemplate> templates = f.letters.templates().value();
        QCOMPARE(templates.size(), 21);
        QCOMPARE(templates.first().body, QStringLiteral("Hi {first_name}, {frist_name}"));
        QCOMPARE(templates.last().name, QStringLiteral("Mine"));
        QCOMPARE(templates.last().occasion, TemplateOccasion::FollowUp);
        QCOMPARE(page.undo.count(), 3);
        while (page.undo.canUndo())
            page.undo.undo();
        QCOMPARE(f.fullDump(), before);
    }

    void newTemplateIsInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << "fr";
        QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Mexico) << "es";
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Austria) << "de";
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::Canada) << "en";
        // No templates ship in Italian: a new one is English, as the interface then is.
        QTest::newRow("Italian") << QLocale(QLocale::Italian, QLocale::Italy) << "en";
    }

    void newTemplateIsInTheInterfaceLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
        QLocale::setDefault(locale);
        LetterFile f;
        Page page(f);
        QString shown;
        m_prompter->dialogHandler = [&shown](QDialog &dialog) {
            auto &templates = static_cast<TemplatesDialog &>(dialog);
            templates.addTemplate();
            shown = templates.languageBox()->currentData().toString();
            return int(QDialog::Accepted);
        };
        page.trigger("letterTemplatesAction");
        const QList<LetterTemplate> templates = f.letters.templates().value();
        QCOMPARE(templates.last().name, QStringLiteral("New template"));
        QCOMPARE(templates.last().language, expected);
        QCOMPARE(shown, expected);
    }

    void longTemplateNamesWrapInTheList()
    {
        LetterFile f;
        Page page(f);
        bool checked = false;
        m_prompter->dialogHandler = [&checked](QDialog &dialog) {
            auto &templates = static_cast<TemplatesDialog &>(dialog);
            templates.addTemplate();
            templates.nameEdit()->setText(
                QStringLiteral("Après un entretien avec plusieurs interlocuteurs et un jury"));
            templates.saveCurrent();
            QListWidget *list = templates.list();
            dialog.resize(480, 560);
            QApplication::processEvents();
            const int row = list->currentRow();
            const QRect rect = list->visualItemRect(list->item(row));
            checked = list->item(row)->text().startsWith(QStringLiteral("Après")) &&
                      rect.right() <= list->viewport()->width() &&
                      rect.height() >= 2 * list->fontMetrics().height() &&
                      !list->horizontalScrollBar()->isVisible();
            return int(QDialog::Accepted);
        };
        page.trigger("letterTemplatesAction");
        QVERIFY(checked);
    }

private:
    std::unique_ptr<FakePrompter> m_prompter;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestLettersView)
#include "tst_lettersview.moc"
