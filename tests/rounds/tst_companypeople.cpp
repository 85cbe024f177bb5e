// A company's people as a QtSql list with ticks, and deleting a person from the windows that
// show people: the models under QAbstractItemModelTester, the widgets driven by keyboard and
// mouse, and a whole-database dump before and after undo and redo.
#include "RoundFormTest.h"

#include "core/letters/LetterStore.h"
#include "models/rounds/CompanyPeopleModel.h"
#include "models/rounds/PeopleChoiceModel.h"
#include "ui/rounds/ApplicationRoundsDialog.h"
#include "ui/rounds/PersonDeletion.h"
#include "ui/rounds/PersonPage.h"
#include "ui/rounds/RoundDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QDate Day(2026, 12, 1);

QStringList shownNames(const QListView *view)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, view->modelColumn()).data().toString();
    return names;
}

QStringList tickedNames(const QListView *view)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, view->modelColumn());
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            names << index.data().toString();
    }
    return names;
}

int rowNamed(const QListView *view, const QString &name)
{
    const QStringList names = shownNames(view);
    return int(names.indexOf(name));
}

void makeCurrent(QListView *view, const QString &name)
{
    const int row = rowNamed(view, name);
    QVERIFY2(row >= 0, qPrintable(name));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, view->modelColumn()));
}

} // namespace

class TestCompanyPeople : public QObject, private RoundFormTest
{
    Q_OBJECT

private slots:
    void initTestCase() { useUtcAndTheCLocale(); }

    void init() { setUpRoundForm(); }
    void cleanup() { tearDownRoundForm(); }

    // ---- The models ---------------------------------------------------------------------

    void modelListsTheCompanysPeopleByName()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"bob"_s)));
        PersonFields ann = personNamed(u"Ann"_s, u"Recruiter"_s);
        ann.notes = u"<b>not bold</b>"_s;
        const qint64 annId = valueOf(m_store->createPerson(m_company, ann));
        const qint64 otherApp = m_file->add(u"Globex"_s, u"Tester"_s);
        const qint64 globex = valueOf(m_store->companyOfApplication(otherApp));
        const qint64 zed = valueOf(m_store->createPerson(globex, personNamed(u"Zed"_s)));

        CompanyPeopleModel model(*m_file->database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCompany(m_company);
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.personId(0), annId);
        const QModelIndex first = model.index(0, CompanyPeopleModel::NameColumn);
        QCOMPARE(first.data().toString(), u"Ann — Recruiter"_s);
        QCOMPARE(model.index(1, CompanyPeopleModel::NameColumn).data().toString(), u"bob"_s);
        QVERIFY(!first.data(Qt::ToolTipRole).toString().contains(u"<b>"_s));
        QVERIFY(!(model.flags(first) & Qt::ItemIsEditable));

        // Someone ticked who belongs elsewhere stays listed.
        model.setCompany(m_company, {zed});
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(zed), 2);
    }

    void aFailedReadIsReported()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        CompanyPeopleModel model(*m_file->database);
        model.setCompany(m_company);
        QVERIFY(model.refresh().ok());
        QSignalSpy failed(&model, &SqlListModel::errorOccurred);
        QSqlQuery rename(m_file->database->sql());
        QVERIFY(rename.exec(u"ALTER TABLE people RENAME TO people_elsewhere"_s));
        const Status read = model.refresh();
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(u"people could not be read"_s), qPrintable(read.error()));
        QCOMPARE(failed.count(), 1);
        QVERIFY(rename.exec(u"ALTER TABLE people_elsewhere RENAME TO people"_s));
    }

    void ticksFollowThePersonThroughRereads()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        const qint64 cem = valueOf(m_store->createPerson(m_company, personNamed(u"Cem"_s)));
        CompanyPeopleModel model(*m_file->database);
        PeopleChoiceModel choice(CompanyPeopleModel::NameColumn);
        choice.setSourceModel(&model);
        QSortFilterProxyModel sorted;
        sorted.setDynamicSortFilter(false);
        sorted.setSortRole(PeopleChoiceModel::OrderRole);
        sorted.setSourceModel(&choice);
        sorted.sort(CompanyPeopleModel::NameColumn);
        QAbstractItemModelTester testModel(&model,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester testChoice(&choice,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester testSorted(&sorted,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCompany(m_company);
        QVERIFY(model.refresh().ok());

        choice.setChosen({cem, ann});
        sorted.invalidate();
        const auto idAt = [&sorted](int row) {
            return sorted.index(row, 0).data(PeopleChoiceModel::PersonIdRole).toLongLong();
        };
        QCOMPARE((QList<qint64>{idAt(0), idAt(1), idAt(2)}), (QList<qint64>{cem, ann, bob}));
        const QModelIndex bobName = sorted.index(2, CompanyPeopleModel::NameColumn);
        QVERIFY(sorted.flags(bobName) & Qt::ItemIsUserCheckable);
        QVERIFY(!(sorted.flags(sorted.index(2, CompanyPeopleModel::TitleColumn)) &
                  Qt::ItemIsUserCheckable));
        QVERIFY(sorted.setData(bobName, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(choice.chosen(), (QList<qint64>{cem, ann, bob}));
        QVERIFY(choice.moveChosen(bob, -2));
        QVERIFY(!choice.moveChosen(bob, -1));
        QCOMPARE(choice.chosen(), (QList<qint64>{bob, cem, ann}));

        // Read again after a delete: the deleted person's tick goes, the others stay.
        QVERIFY(m_store->deletePerson(cem).ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(choice.forgetUnlisted(), QList<qint64>{cem});
        QCOMPARE(choice.chosen(), (QList<qint64>{bob, ann}));
        QCOMPARE(sorted.rowCount(), 2);
    }

    // ---- The round form -----------------------------------------------------------------

    void roundFormTicksWithKeyboardAndMouseAndOrders()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s, u"Recruiter"_s)));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        const qint64 cem = valueOf(m_store->createPerson(m_company, personNamed(u"Cem"_s)));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QAbstractItemModelTester tester(people->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shownNames(people), (QStringList{u"Ann — Recruiter"_s, u"Bob"_s, u"Cem"_s}));

        makeCurrent(people, u"Cem"_s);
        QTest::keyClick(people, Qt::Key_Space);
        QCOMPARE(dialog.fields().peopleIds, QList<qint64>{cem});
        // A click on the check box ticks too.
        const QModelIndex bobIndex = people->model()->index(1, people->modelColumn());
        QStyleOptionViewItem option;
        option.initFrom(people);
        option.rect = people->visualRect(bobIndex);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box =
            people->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, people);
        QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(dialog.fields().peopleIds, (QList<qint64>{cem, bob}));
        // Alt+Up lists Bob before Cem; the ticked ones come first.
        makeCurrent(people, u"Bob"_s);
        QTest::keyClick(people, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(dialog.fields().peopleIds, (QList<qint64>{bob, cem}));
        QCOMPARE(shownNames(people), (QStringList{u"Bob"_s, u"Cem"_s, u"Ann — Recruiter"_s}));
        QCOMPARE(people->currentIndex().data().toString(), u"Bob"_s);
        QTest::keyClick(people, Qt::Key_Space);
        QCOMPARE(dialog.fields().peopleIds, QList<qint64>{cem});
        QCOMPARE(m_undo->count(), 0);
    }

    void deleteFromTheRoundFormIsUndoable()
    {
        PersonFields annFields = personNamed(u"Ann"_s, u"Recruiter"_s);
        annFields.email = u"ann@acme.example"_s;
        const qint64 ann = valueOf(m_store->createPerson(m_company, annFields));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        RoundFields first = roundAt(Day, QTime(9, 0));
        first.peopleIds = {bob, ann};
        const qint64 firstRound = valueOf(m_store->createRound(m_app, first));
        RoundFields second = roundAt(Day.addDays(7), QTime(9, 0));
        second.peopleIds = {ann};
        valueOf(m_store->createRound(m_app, second));
        const QStringList before = fullDump(*m_file);

        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.prepareEdit(firstRound).ok());
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QCOMPARE(tickedNames(people), (QStringList{u"Bob"_s, u"Ann — Recruiter"_s}));

        // Declined: nothing changes.
        m_prompter->confirmAnswer = false;
        makeCurrent(people, u"Ann — Recruiter"_s);
        QTest::keyClick(people, Qt::Key_Delete);
        QCOMPARE(m_prompter->questions.size(), 1);
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(m_undo->count(), 0);

        m_prompter->confirmAnswer = true;
        QTest::keyClick(people, Qt::Key_Delete);
        QCOMPARE(m_prompter->questions.size(), 2);
        // "round(s)" reads "rounds" once the English plural forms are in the translation.
        const QString question = m_prompter->questions.last();
        QVERIFY2(
            question.startsWith(u"Delete Ann? This also removes them from 2 interview round"_s),
            qPrintable(question));
        QVERIFY2(question.endsWith(u". Edit > Undo brings them back."_s), qPrintable(question));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), u"Delete person “Ann”"_s);
        const QStringList after = fullDump(*m_file);
        QVERIFY(after != before);
        QCOMPARE(rowCount(*m_file, u"people"_s), 1);
        QCOMPARE(rowCount(*m_file, u"round_people"_s), 1);
        QCOMPARE(shownNames(people), QStringList{u"Bob"_s});
        QCOMPARE(dialog.fields().peopleIds, QList<qint64>{bob});

        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        // The list is read again: Ann is back, not ticked (the form's choice is its own).
        QCOMPARE(shownNames(people), (QStringList{u"Bob"_s, u"Ann — Recruiter"_s}));
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
        QCOMPARE(shownNames(people), QStringList{u"Bob"_s});
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void deleteButtonAndContextMenuOfTheRoundForm()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        auto *button = child<QPushButton>(&dialog, u"deletePersonButton"_s);
        QVERIFY(!button->isEnabled());
        makeCurrent(people, u"Ann"_s);
        QVERIFY(button->isEnabled());
        QCOMPARE(people->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction *menuEntry = people->findChild<QAction *>(u"deletePersonAction"_s);
        QVERIFY(menuEntry && people->actions().contains(menuEntry));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_prompter->questions.last(),
                 u"Delete Ann? They are not in any round. Edit > Undo brings them back."_s);
        QCOMPARE(rowCount(*m_file, u"people"_s), 0);
        QVERIFY(shownNames(people).isEmpty());
        QVERIFY(!button->isEnabled());
    }

    void noDeleteWithoutUndoHistory()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundDialog dialog(m_store.get(), nullptr, m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        makeCurrent(people, u"Ann"_s);
        QVERIFY(!child<QPushButton>(&dialog, u"deletePersonButton"_s)->isEnabled());
        QTest::keyClick(people, Qt::Key_Delete);
        QVERIFY(m_prompter->questions.isEmpty());
        QCOMPARE(rowCount(*m_file, u"people"_s), 1);
    }

    void hostileNamesShowAsText()
    {
        const QString markup = u"<img src=x><b>Eve</b>"_s;
        PersonFields fields = personNamed(markup);
        fields.notes = u"<a href='x'>click</a>"_s;
        valueOf(m_store->createPerson(m_company, fields));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QCOMPARE(people->model()->rowCount(), 1);
        const QModelIndex index = people->model()->index(0, people->modelColumn());
        QVERIFY(index.data().toString().contains(u"<img src=x>"_s));
        QVERIFY(!index.data(Qt::ToolTipRole).toString().contains(u"<a href"_s));
        makeCurrent(people, index.data().toString());
        dialog.deleteCurrentPerson();
        QVERIFY(m_prompter->questions.last().contains(markup));
    }

    // ---- The person's page and the rounds of an application ------------------------------

    void personPageDeletesAndCloses()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann};
        valueOf(m_store->createRound(m_app, fields));
        valueOf(m_store->createRound(m_app, fields));
        const QStringList before = fullDump(*m_file);
        PersonPage page(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(page.setPerson(ann).ok());
        QVERIFY(showActive(page));
        QTest::keyClick(&page, Qt::Key_Delete);
        QVERIFY(m_prompter->questions.last().contains(u"from 2 interview round"_s));
        QCOMPARE(page.result(), int(QDialog::Accepted));
        QVERIFY(!page.isVisible());
        const QStringList after = fullDump(*m_file);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
    }

    void roundsDialogDeletesThePersonOfTheRound()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann};
        const qint64 round = valueOf(m_store->createRound(m_app, fields));
        valueOf(m_store->createRound(m_app, fields));
        const QStringList before = fullDump(*m_file);
        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        dialog.selectRound(round);
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        people->setFocus();
        QCOMPARE(dialog.currentPersonId(), ann);
        QTest::keyClick(people, Qt::Key_Delete);
        QVERIFY(m_prompter->questions.last().contains(u"from 2 interview round"_s));
        // The round stays; below the now empty list stands the reminder to ask who attends.
        QCOMPARE(dialog.shownRoundIds().size(), 2);
        QCOMPARE(dialog.currentPersonId(), 0);
        QVERIFY(shownNames(people).isEmpty());
        QCOMPARE(child<QLabel>(&dialog, u"askWhoHint"_s)->text(), u"Ask who will attend"_s);
        QVERIFY(child<QLabel>(&dialog, u"askWhoHint"_s)->isVisible());
        const QStringList after = fullDump(*m_file);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(dialog.currentPersonId(), ann);
        QCOMPARE(tickedNames(people), QStringList{u"Ann"_s});
        QVERIFY(!child<QLabel>(&dialog, u"askWhoHint"_s)->isVisible());
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
    }

    void roundsDialogTicksAndOrdersTheRoundsPeople()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const qint64 bob =
            valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s, u"CTO"_s)));
        const qint64 cem = valueOf(m_store->createPerson(m_company, personNamed(u"Cem"_s)));
        RoundFields first = roundAt(Day, QTime(9, 0));
        first.peopleIds = {cem, ann};
        const qint64 firstRound = valueOf(m_store->createRound(m_app, first));
        const qint64 secondRound =
            valueOf(m_store->createRound(m_app, roundAt(Day.addDays(7), QTime(9, 0))));
        const QStringList before = fullDump(*m_file);

        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        dialog.selectRound(firstRound);
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QAbstractItemModelTester tester(people->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The company's people, the round's ticked first in the round's order.
        QCOMPARE(shownNames(people), (QStringList{u"Cem"_s, u"Ann"_s, u"Bob — CTO"_s}));
        QCOMPARE(tickedNames(people), (QStringList{u"Cem"_s, u"Ann"_s}));

        // Space ticks Bob: the round lists him last, as one undoable step.
        makeCurrent(people, u"Bob — CTO"_s);
        QTest::keyClick(people, Qt::Key_Space);
        QTRY_COMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), u"Change who attends Round 1 at Acme"_s);
        QCOMPARE(valueOf(m_store->round(firstRound)).fields.peopleIds,
                 (QList<qint64>{cem, ann, bob}));
        QCOMPARE(people->currentIndex().data().toString(), u"Bob — CTO"_s);
        const QStringList ticked = fullDump(*m_file);

        // Alt+Up moves him before Ann.
        QTest::keyClick(people, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(m_undo->count(), 2);
        QCOMPARE(valueOf(m_store->round(firstRound)).fields.peopleIds,
                 (QList<qint64>{cem, bob, ann}));
        QCOMPARE(shownNames(people), (QStringList{u"Cem"_s, u"Bob — CTO"_s, u"Ann"_s}));
        QCOMPARE(people->currentIndex().data().toString(), u"Bob — CTO"_s);
        // Alt+Down on the last ticked one does nothing.
        makeCurrent(people, u"Ann"_s);
        QTest::keyClick(people, Qt::Key_Down, Qt::AltModifier);
        QTest::qWait(0);
        QCOMPARE(m_undo->count(), 2);

        // A click on Cem's check box unticks him.
        const QModelIndex cemIndex = people->model()->index(0, people->modelColumn());
        QStyleOptionViewItem option;
        option.initFrom(people);
        option.rect = people->visualRect(cemIndex);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box =
            people->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, people);
        QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, box.center());
        QTRY_COMPARE(m_undo->count(), 3);
        QCOMPARE(valueOf(m_store->round(firstRound)).fields.peopleIds, (QList<qint64>{bob, ann}));
        const QStringList after = fullDump(*m_file);

        // Every step undoes exactly, and the ticks follow.
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), ticked);
        QCOMPARE(tickedNames(people), (QStringList{u"Cem"_s, u"Ann"_s, u"Bob — CTO"_s}));
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(tickedNames(people), (QStringList{u"Cem"_s, u"Ann"_s}));
        m_undo->redo();
        m_undo->redo();
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);

        // Another round shows its own ticks: nobody yet.
        dialog.selectRound(secondRound);
        QVERIFY(tickedNames(people).isEmpty());
        QCOMPARE(shownNames(people).size(), 3);
        QVERIFY(child<QLabel>(&dialog, u"askWhoHint"_s)->isVisible());
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void roundsDialogCannotTickWithoutUndoHistory()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann};
        const qint64 round = valueOf(m_store->createRound(m_app, fields));
        const QStringList before = fullDump(*m_file);
        ApplicationRoundsDialog dialog(m_store.get(), nullptr, m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        dialog.selectRound(round);
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QCOMPARE(tickedNames(people), QStringList{u"Ann"_s});
        makeCurrent(people, u"Bob"_s);
        QVERIFY(!(people->currentIndex().flags() & Qt::ItemIsUserCheckable));
        QTest::keyClick(people, Qt::Key_Space);
        QTest::keyClick(people, Qt::Key_Delete);
        QTest::qWait(0);
        QCOMPARE(tickedNames(people), QStringList{u"Ann"_s});
        QCOMPARE(fullDump(*m_file), before);
        QVERIFY(m_prompter->questions.isEmpty());
    }

    void roundFormShowsAFailedReadOfThePeople()
    {
        valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        dialog.prepareNew(m_app, Day);
        QVERIFY(showActive(dialog));
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        auto *problem = child<QLabel>(&dialog, u"peopleProblem"_s);
        QCOMPARE(shownNames(people), QStringList{u"Ann"_s});
        QVERIFY(!problem->isVisible());
        QSignalSpy reported(m_signals.get(), &RoundSignals::errorOccurred);
        QSqlQuery rename(m_file->database->sql());
        QVERIFY(rename.exec(u"ALTER TABLE people RENAME TO people_elsewhere"_s));
        m_signals->notifyPeopleChanged();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"people could not be read"_s),
                 qPrintable(problem->text()));
        QCOMPARE(reported.count(), 1);
        // What was shown stays; it is not taken for an empty company.
        QCOMPARE(shownNames(people), QStringList{u"Ann"_s});
        QVERIFY(rename.exec(u"ALTER TABLE people_elsewhere RENAME TO people"_s));
        m_signals->notifyPeopleChanged();
        QVERIFY(!problem->isVisible());
    }

    void roundsDialogShowsAFailedReadOfTheRoundsPeople()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann};
        const qint64 first = valueOf(m_store->createRound(m_app, fields));
        const qint64 second = valueOf(m_store->createRound(m_app, fields));
        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        dialog.selectRound(first);
        auto *problem = child<QLabel>(&dialog, u"problemLabel"_s);
        QVERIFY(!problem->isVisible());
        QSignalSpy reported(m_signals.get(), &RoundSignals::errorOccurred);
        // The list of rounds needs only the names; the round's own people need the notes.
        QSqlQuery alter(m_file->database->sql());
        QVERIFY(alter.exec(u"ALTER TABLE people RENAME COLUMN notes TO notes_elsewhere"_s));
        dialog.selectRound(second);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"could not be read"_s), qPrintable(problem->text()));
        QVERIFY(reported.count() >= 1);
        QVERIFY(alter.exec(u"ALTER TABLE people RENAME COLUMN notes_elsewhere TO notes"_s));
        QVERIFY(dialog.refresh().ok());
        QVERIFY(!problem->isVisible());
        QCOMPARE(tickedNames(child<QListView>(&dialog, u"peopleList"_s)), QStringList{u"Ann"_s});
    }

    void roundsDialogShowsHostileNamesAsText()
    {
        const QString markup = u"<img src=x><b>Eve</b> \u05e9\u05dc\u05d5\u05dd"_s;
        const qint64 eve = valueOf(m_store->createPerson(m_company, personNamed(markup)));
        // A file written elsewhere may hold what the form refuses: a line break and a
        // right-to-left override.
        QSqlQuery insert(m_file->database->sql());
        QVERIFY(insert.prepare(u"INSERT INTO people (company_id, name, created_at) "
                               "VALUES (?, ?, '2026-01-01T00:00:00.000Z')"_s));
        insert.addBindValue(m_company);
        insert.addBindValue(u"Mal\nlory\u202Egnp.exe"_s);
        QVERIFY(insert.exec());
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {eve};
        const qint64 round = valueOf(m_store->createRound(m_app, fields));
        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        dialog.selectRound(round);
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        QCOMPARE(shownNames(people), (QStringList{markup, u"Mal lorygnp.exe"_s}));
        makeCurrent(people, u"Mal lorygnp.exe"_s);
        QTest::keyClick(people, Qt::Key_Delete);
        QVERIFY2(m_prompter->questions.last().startsWith(
                     u"Delete Mal lorygnp.exe? They are not in any round."_s),
                 qPrintable(m_prompter->questions.last()));
        makeCurrent(people, markup);
        QTest::keyClick(people, Qt::Key_Delete);
        QVERIFY(m_prompter->questions.last().startsWith(u"Delete "_s + markup + u"?"_s));
    }

    // ---- Letters addressed to a deleted person -------------------------------------------

    void deletingAPersonKeepsTheirLettersWithoutAddressee()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const qint64 bob = valueOf(m_store->createPerson(m_company, personNamed(u"Bob"_s)));
        RoundFields fields = roundAt(Day, QTime(9, 0));
        fields.peopleIds = {ann, bob};
        const qint64 first = valueOf(m_store->createRound(m_app, fields));
        const qint64 second = valueOf(m_store->createRound(m_app, fields));
        LetterStore letters(m_file->database);
        const qint64 toAnn =
            valueOf(letters.createLetter({first, ann, 0, u"Thanks"_s, u"Dear Ann"_s}));
        valueOf(letters.createLetter({second, ann, 0, u"Thanks again"_s, u"Dear Ann"_s},
                                     LetterStatus::Sent));
        valueOf(letters.createLetter({first, bob, 0, u"Thanks"_s, u"Dear Bob"_s}));
        const QStringList before = fullDump(*m_file);

        ApplicationRoundsDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(dialog.setApplication(m_app).ok());
        QVERIFY(showActive(dialog));
        dialog.selectRound(first);
        auto *people = child<QListView>(&dialog, u"peopleList"_s);
        makeCurrent(people, u"Ann"_s);
        m_prompter->confirmAnswer = false;
        QTest::keyClick(people, Qt::Key_Delete);
        // "letter(s)" and "round(s)" read in the singular or plural once the English plural
        // forms are in the translation.
        const QString question = m_prompter->questions.last();
        QVERIFY2(
            question.startsWith(u"Delete Ann? This also removes them from 2 interview round"_s),
            qPrintable(question));
        QVERIFY2(question.contains(u", and 2 thank-you letter"_s), qPrintable(question));
        QVERIFY2(question.contains(u"will lose the addressee"_s), qPrintable(question));
        QVERIFY2(question.endsWith(u". Edit > Undo brings them back."_s), qPrintable(question));
        QCOMPARE(fullDump(*m_file), before);

        m_prompter->confirmAnswer = true;
        QTest::keyClick(people, Qt::Key_Delete);
        QCOMPARE(m_undo->count(), 1);
        // The letters stay, with nobody to send them to.
        QCOMPARE(rowCount(*m_file, u"letters"_s), 3);
        QSqlQuery addressees(m_file->database->sql());
        QVERIFY(addressees.exec(u"SELECT count(*) FROM letters WHERE person_id IS NULL"_s));
        QVERIFY(addressees.next());
        QCOMPARE(addressees.value(0).toInt(), 2);
        QCOMPARE(valueOf(letters.letter(toAnn)).fields.personId, 0);
        const QStringList after = fullDump(*m_file);

        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        QCOMPARE(valueOf(letters.letter(toAnn)).fields.personId, ann);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
    }

    void theQuestionCountsLettersFromEveryPlace()
    {
        const qint64 ann = valueOf(m_store->createPerson(m_company, personNamed(u"Ann"_s)));
        const qint64 round = valueOf(m_store->createRound(m_app, roundAt(Day, QTime(9, 0))));
        LetterStore letters(m_file->database);
        // A letter to someone who is not (any more) in the round.
        valueOf(letters.createLetter({round, ann, 0, u"Thanks"_s, u"Dear Ann"_s}));
        const QStringList before = fullDump(*m_file);
        const QString expected =
            u"Delete Ann? They are not in any round, and 1 thank-you letter(s) to them will "
            "lose the addressee. Edit > Undo brings them back."_s;

        // The round form.
        {
            RoundDialog dialog(m_store.get(), m_undo.get(), m_signals.get());
            QVERIFY(dialog.prepareEdit(round).ok());
            auto *people = child<QListView>(&dialog, u"peopleList"_s);
            m_prompter->confirmAnswer = false;
            makeCurrent(people, u"Ann"_s);
            dialog.deleteCurrentPerson();
            QCOMPARE(m_prompter->questions.last(), expected);
        }
        // The person's page, this time deleting.
        m_prompter->confirmAnswer = true;
        PersonPage page(m_store.get(), m_undo.get(), m_signals.get());
        QVERIFY(page.setPerson(ann).ok());
        page.deletePerson();
        QCOMPARE(m_prompter->questions.last(), expected);
        const QStringList after = fullDump(*m_file);
        QVERIFY(after != before);
        m_undo->undo();
        QCOMPARE(fullDump(*m_file), before);
        m_undo->redo();
        QCOMPARE(fullDump(*m_file), after);
    }

    void theQuestionNamesNoLettersWhenThereAreNone()
    {
        QCOMPARE(PersonDeletion::question(u"Ann"_s, 0, 0),
                 u"Delete Ann? They are not in any round. Edit > Undo brings them back."_s);
        QCOMPARE(PersonDeletion::question(u"Ann"_s, 3, 2),
                 u"Delete Ann? This also removes them from 3 interview round(s), and 2 "
                 "thank-you letter(s) to them will lose the addressee. Edit > Undo brings them "
                 "back."_s);
        // A name that looks like a placeholder stays the name.
        QVERIFY(PersonDeletion::question(u"%2 %1"_s, 3, 2).startsWith(u"Delete %2 %1? "_s));
    }
};

QTEST_MAIN(TestCompanyPeople)
#include "tst_companypeople.moc"
