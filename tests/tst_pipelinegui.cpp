#include "FakePrompter.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "core/RoundStore.h"

#include "core/AppSettings.h"
#include "core/notes/NotesStore.h"
#include "models/BoardModel.h"
#include "ui/MainWindow.h"
#include "ui/pipeline/ApplicationDialog.h"
#include "ui/pipeline/CardListView.h"
#include "ui/pipeline/PipelineView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

namespace {

QList<qint64> shownIds(PipelineView *view, int stageRow)
{
    QList<qint64> ids;
    CardListView *list = view->columnView(stageRow);
    auto *model = qobject_cast<BoardModel *>(list->model());
    for (int row = 0; row < model->rowCount(list->rootIndex()); ++row)
        ids << model->cardId(model->index(row, 0, list->rootIndex()));
    return ids;
}

// Drags mime data onto a point of a column's viewport the way a drop from another
// column arrives: enter, move, drop.
void dropOn(CardListView *target, QMimeData *mime, const QPoint &point)
{
    QWidget *viewport = target->viewport();
    QDragEnterEvent enter(point, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(point, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(point), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

void selectCard(PipelineView *view, BoardModel *model, qint64 id,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex index = model->cardIndex(id);
    CardListView *list = view->columnView(index.parent().row());
    const QRect rect = list->visualRect(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, rect.center());
}

} // namespace

class TestPipelineGui : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }

    void cleanup() { tearDownWindowTest(); }

    void dragCardToAnotherColumn()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 x = m_file->add(QStringLiteral("Xylo"), QStringLiteral("Analyst"), 2);
        const qint64 y = m_file->add(QStringLiteral("Yarn"), QStringLiteral("Designer"), 2);
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();
        BoardModel *model = boardModel();
        QCOMPARE(shownIds(view, 2), (QList<qint64>{y, x}));

        std::unique_ptr<QMimeData> mime(model->mimeData({model->cardIndex(a)}));
        CardListView *target = view->columnView(2);
        // Upper edge of the second card: land between the two.
        const QRect second = target->visualRect(model->cardIndex(x));
        dropOn(target, mime.get(), QPoint(second.center().x(), second.top() + 3));

        QCOMPARE(m_file->column(0), QList<qint64>());
        QCOMPARE(m_file->column(2), (QList<qint64>{y, a, x}));
        QCOMPARE(shownIds(view, 2), (QList<qint64>{y, a, x}));
        const auto history = m_file->store->history(a).value();
        QCOMPARE(history.last().fromStage, QStringLiteral("Saved"));
        QCOMPARE(history.last().toStage, QStringLiteral("Screening"));
        QCOMPARE(view->selectedIds(), QList<qint64>{a});

        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(shownIds(view, 0), QList<qint64>{a});
        m_window->undoStack()->redo();
        QCOMPARE(m_file->column(2), (QList<qint64>{y, a, x}));
    }

    void dragSeveralSelectedCardsToEmptyArea()
    {
        const qint64 a = m_file->add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = m_file->add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = m_file->add(QStringLiteral("C"), QStringLiteral("r"));
        const qint64 x = m_file->add(QStringLiteral("X"), QStringLiteral("r"), 3);
        QVERIFY(openWindow());
        PipelineView *view = pipelineView();
        BoardModel *model = boardModel();
        selectCard(view, model, c);
        selectCard(view, model, a, Qt::ControlModifier);
        QCOMPARE(view->selectedIds(), (QList<qint64>{c, a}));
        CardListView *source = view->columnView(0);
        std::unique_ptr<QMimeData> mime(
            model->mimeData(source->selectionModel()->selectedIndexes()));
        CardListView *target = view->columnView(3);
        dropOn(target, mime.get(), QPoint(20, target->viewport()->height() - 10));
        QCOMPARE(m_file->column(0), QList<qint64>{b});
        QCOMPARE(m_file->column(3), (QList<qint64>{x, c, a}));
        QCOMPARE(m_file->historyCount(a), 2);
        QCOMPARE(m_file->historyCount(c), 2);
    }

    void reorderByDragInsideColumn()
    {
        const qint64 a = m_file->add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = m_file->add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = m_file->add(QStringLiteral("C"), QStringLiteral("r"));
        QVERIFY(openWindow());
        PipelineView *view = pipelineView();
        BoardModel *model = boardModel();
        std::unique_ptr<QMimeData> mime(model->mimeData({model->cardIndex(a)}));
        CardListView *list = view->columnView(0);
        const QRect top = list->visualRect(model->cardIndex(c));
        dropOn(list, mime.get(), QPoint(top.center().x(), top.top() + 3));
        QCOMPARE(m_file->column(0), (QList<qint64>{a, c, b}));
        QCOMPARE(m_file->historyCount(a), 1);
    }

    void keyboardMovesBetweenStagesAndInsideColumn()
    {
        const qint64 a = m_file->add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = m_file->add(QStringLiteral("B"), QStringLiteral("r"));
        QVERIFY(openWindow());
        PipelineView *view = pipelineView();
        BoardModel *model = boardModel();
        selectCard(view, model, a);
        QTest::keyClick(view->columnView(0), Qt::Key_Right,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_file->column(0), QList<qint64>{b});
        QCOMPARE(m_file->column(1), QList<qint64>{a});
        QCOMPARE(view->selectedIds(), QList<qint64>{a});
        QTest::keyClick(view->columnView(1), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_file->column(0), (QList<qint64>{a, b}));
        QTest::keyClick(view->columnView(0), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_file->column(0), (QList<qint64>{b, a}));
        QTest::keyClick(view->columnView(0), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_file->column(0), (QList<qint64>{a, b}));
        m_window->undoStack()->undo();
        QCOMPARE(m_file->column(0), (QList<qint64>{b, a}));
    }

    void newApplicationThroughDialogAndUndo()
    {
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit")),
                             QStringLiteral("Initech"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit")),
                             QStringLiteral("Platform engineer"));
            dialog.accept();
            return dialog.result();
        };
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        const QList<qint64> saved = m_file->column(0);
        QCOMPARE(saved.size(), 1);
        const ApplicationFields fields = m_file->store->fields(saved.first()).value();
        QCOMPARE(fields.company, QStringLiteral("Initech"));
        QCOMPARE(fields.role, QStringLiteral("Platform engineer"));
        QCOMPARE(shownIds(pipelineView(), 0), saved);
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        m_window->undoStack()->redo();
        QCOMPARE(m_file->column(0), saved);
    }

    // The user's salary target and walk-away figure are on the form too: a bad pair is
    // refused in words beside them and writes nothing; a good one is one undo step with the
    // rest of the form.
    void salaryFiguresOnTheFormAndUndo()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();
        selectCard(view, boardModel(), a);
        QString refusal;
        bool stayedOpen = false;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            auto *target = dialog.findChild<QLineEdit *>(QStringLiteral("salaryTargetEdit"));
            auto *walkAway = dialog.findChild<QLineEdit *>(QStringLiteral("salaryWalkAwayEdit"));
            auto *currency =
                dialog.findChild<QLineEdit *>(QStringLiteral("salaryFiguresCurrencyEdit"));
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("salaryFiguresError"));
            if (!target || !walkAway || !currency || !error || !target->isVisible())
                return int(QDialog::Rejected);
            QTest::keyClicks(target, QStringLiteral("70000"));
            QTest::keyClicks(walkAway, QStringLiteral("80000"));
            QTest::keyClicks(currency, QStringLiteral("<b>CHF</b>"));
            dialog.accept();
            stayedOpen = dialog.isVisible() && dialog.result() != QDialog::Accepted;
            refusal = error->isVisible() ? error->text() : QString();
            walkAway->clear();
            QTest::keyClicks(walkAway, QStringLiteral("60 000"));
            currency->clear();
            QTest::keyClicks(currency, QStringLiteral("CHF"));
            auto *role = dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"));
            role->clear();
            QTest::keyClicks(role, QStringLiteral("Staff engineer"));
            dialog.accept();
            return dialog.result();
        };
        QTest::keyClick(view->columnView(0), Qt::Key_Return);
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("walk-away")), qPrintable(refusal));
        NotesStore notes(m_file->database);
        const SalaryFigures saved = notes.salary(a).value();
        QCOMPARE(saved.target, std::optional<qint64>(70000));
        QCOMPARE(saved.walkAway, std::optional<qint64>(60000));
        QCOMPARE(saved.currency, QStringLiteral("CHF"));
        QCOMPARE(m_file->store->fields(a).value().role, QStringLiteral("Staff engineer"));
        // One step takes back both the role and the figures.
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        m_window->undoStack()->redo();
        QCOMPARE(notes.salary(a).value(), saved);
        QCOMPARE(m_file->store->fields(a).value().role, QStringLiteral("Staff engineer"));

        // A new application with figures: one step as well.
        const QStringList beforeNew = m_file->dump();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit")),
                             QStringLiteral("Initech"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit")),
                             QStringLiteral("Tester"));
            auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"));
            currency->setEditText(QStringLiteral("SEK"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("salaryTargetEdit")),
                             QStringLiteral("50000"));
            dialog.accept();
            return dialog.result();
        };
        pipelineView()->newApplication();
        const qint64 made = view->selectedIds().value(0);
        QVERIFY(made > 0 && made != a);
        QCOMPARE(notes.salary(made).value().target, std::optional<qint64>(50000));
        // Figures without a currency of their own are in the application's.
        QCOMPARE(notes.salary(made).value().currency, QStringLiteral("SEK"));
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), beforeNew);
    }

    void invalidNewApplicationWritesNothing()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        QString shownProblem;
        bool stayedOpen = false;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit")),
                             QStringLiteral("Engineer"));
            dialog.accept();
            stayedOpen = dialog.result() != QDialog::Accepted && dialog.isVisible();
            shownProblem = static_cast<ApplicationDialog &>(dialog).problemText(
                ApplicationValidator::Field::Company);
            dialog.reject();
            return dialog.result();
        };
        pipelineView()->newApplication();
        QVERIFY(stayedOpen);
        QVERIFY2(shownProblem.contains(QStringLiteral("company")), qPrintable(shownProblem));
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(m_file->column(0), QList<qint64>{a});
    }

    void cancellingATypedFormAsksFirst()
    {
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        bool stayedOpen = false;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit")),
                             QStringLiteral("Half typed"));
            m_prompter->confirmAnswer = false;
            QTest::keyClick(&dialog, Qt::Key_Escape);
            stayedOpen = dialog.isVisible() && dialog.result() != QDialog::Accepted;
            m_prompter->confirmAnswer = true;
            dialog.reject();
            return dialog.result();
        };
        pipelineView()->newApplication();
        QVERIFY(stayedOpen);
        QCOMPARE(m_prompter->questions.size(), 2);
        QVERIFY(m_prompter->questions.first().contains(QStringLiteral("lose")));
        QCOMPARE(m_file->dump(), before);
        // An untouched form closes without a question.
        m_prompter->questions.clear();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            dialog.reject();
            return dialog.result();
        };
        pipelineView()->newApplication();
        QVERIFY(m_prompter->questions.isEmpty());
    }

    void editWithEnterAndUndo()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();
        selectCard(view, boardModel(), a);
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC); });
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto *role = dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"));
            role->clear();
            QTest::keyClicks(role, QStringLiteral("Staff engineer"));
            auto *company = dialog.findChild<QLineEdit *>(QStringLiteral("companyEdit"));
            company->clear();
            QTest::keyClicks(company, QStringLiteral("Acme Europe"));
            dialog.accept();
            return dialog.result();
        };
        QTest::keyClick(view->columnView(0), Qt::Key_Return);
        QCOMPARE(m_file->store->fields(a).value().role, QStringLiteral("Staff engineer"));
        QCOMPARE(boardModel()->cardIndex(a).data(BoardModel::JobRole).toString(),
                 QStringLiteral("Staff engineer"));
        QCOMPARE(m_file->store->fields(a).value().company, QStringLiteral("Acme Europe"));
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(boardModel()->cardIndex(a).data(BoardModel::JobRole).toString(),
                 QStringLiteral("Engineer"));
        m_window->undoStack()->redo();
        QCOMPARE(m_file->store->fields(a).value().company, QStringLiteral("Acme Europe"));
    }

    void deleteNamesTheRoundsAndUndoBringsThemBack()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        {
            RoundStore rounds(m_file->database);
            PersonFields ann;
            ann.name = QStringLiteral("Ann");
            const qint64 person =
                rounds.createPerson(rounds.companyOfApplication(a).value(), ann).value();
            for (int day = 1; day <= 3; ++day) {
                RoundFields fields;
                fields.timeZoneId = QStringLiteral("UTC");
                fields.start = QDateTime(QDate(2026, 12, day), QTime(10, 0), Qt::UTC);
                fields.peopleIds = {person};
                QVERIFY(rounds.createRound(a, fields).ok());
            }
        }
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();
        selectCard(view, boardModel(), a);
        QTest::keyClick(view->columnView(0), Qt::Key_Delete);
        QCOMPARE(m_prompter->questions.size(), 1);
        QVERIFY2(
            m_prompter->questions.first().contains(QStringLiteral("and its 3 interview round")),
            qPrintable(m_prompter->questions.first()));
        const QStringList after = m_file->dump();
        QVERIFY(after != before);
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        m_window->undoStack()->redo();
        QCOMPARE(m_file->dump(), after);
    }

    void deleteAsksAndUndoBringsBack()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();
        selectCard(view, boardModel(), a);
        m_prompter->confirmAnswer = false;
        QTest::keyClick(view->columnView(0), Qt::Key_Delete);
        QCOMPARE(m_prompter->questions.size(), 1);
        QVERIFY(m_prompter->questions.first().contains(QStringLiteral("Acme")));
        QCOMPARE(m_file->dump(), before);
        m_prompter->confirmAnswer = true;
        QTest::keyClick(view->columnView(0), Qt::Key_Delete);
        QCOMPARE(m_file->column(0), QList<qint64>{b});
        QCOMPARE(m_file->historyCount(a), 0);
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(shownIds(view, 0), (QList<qint64>{b, a}));
    }

    void archiveAndUndo()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();
        selectCard(view, boardModel(), a);
        QTest::keyClick(view->columnView(0), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_file->column(0), QList<qint64>());
        QCOMPARE(shownIds(view, 0), QList<qint64>());
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
    }

    void archivedApplicationsCanBePutBack()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow());
        PipelineView *view = pipelineView();
        view->selectCards({a});
        view->archiveSelected();
        QCOMPARE(m_file->column(0), QList<qint64>{b});
        const QStringList archived = m_file->dump();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto *table = dialog.findChild<QTableView *>(QStringLiteral("archivedTable"));
            if (!table || table->model()->rowCount() != 1)
                return int(QDialog::Rejected);
            const QRect cell = table->visualRect(table->model()->index(0, 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton")),
                              Qt::LeftButton);
            const int left = table->model()->rowCount();
            dialog.reject();
            return left == 0 ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        view->showArchive();
        QCOMPARE(m_file->column(0), (QList<qint64>{a, b}));
        QCOMPARE(shownIds(view, 0), (QList<qint64>{a, b}));
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), archived);
        QCOMPARE(shownIds(view, 0), QList<qint64>{b});
    }

    void dragNearEdgeScrollsBoard()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        m_window->resize(700, 600);
        QApplication::processEvents();
        PipelineView *view = pipelineView();
        auto *scroll = view->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
        QVERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        // The column under the right edge of the visible board.
        const QPoint edge(scroll->viewport()->width() - 10, 150);
        CardListView *under = nullptr;
        QPoint local;
        for (int row = 0; row < view->columnCount() && !under; ++row) {
            CardListView *list = view->columnView(row);
            local = list->viewport()->mapFrom(scroll->viewport(), edge);
            if (list->isVisible() && list->viewport()->rect().contains(local))
                under = list;
        }
        QVERIFY(under);
        BoardModel *model = boardModel();
        std::unique_ptr<QMimeData> mime(
            model->mimeData({model->index(0, 0, model->stageIndex(0))}));
        QDragEnterEvent enter(local, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(under->viewport(), &enter);
        QDragMoveEvent move(local, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(under->viewport(), &move);
        QTRY_VERIFY(scroll->horizontalScrollBar()->value() > 0);
        QDragLeaveEvent leave;
        QApplication::sendEvent(under->viewport(), &leave);
        const int stopped = scroll->horizontalScrollBar()->value();
        QTest::qWait(100);
        QCOMPARE(scroll->horizontalScrollBar()->value(), stopped);
    }

    void searchFiltersAllColumns()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"), 1);
        const qint64 c = m_file->add(QStringLiteral("Hooli"), QStringLiteral("Analyst"), 4);
        QVERIFY(openWindow());
        PipelineView *view = pipelineView();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->searchField()->hasFocus());
        QTest::keyClicks(view->searchField(), QStringLiteral("analy"));
        QCOMPARE(shownIds(view, 0), QList<qint64>());
        QCOMPARE(shownIds(view, 1), QList<qint64>{b});
        QCOMPARE(shownIds(view, 4), QList<qint64>{c});
        QTest::keyClicks(view->searchField(), QStringLiteral(" hoo"));
        QCOMPARE(shownIds(view, 1), QList<qint64>());
        view->searchField()->clear();
        QCOMPARE(boardModel()->visibleCards(), 3);
    }

    void stageAddRenameRemoveWithUndo()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"), 2);
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        PipelineView *view = pipelineView();

        m_prompter->textAnswer = QStringLiteral("Applied");
        view->addStage(false);
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("already")));
        QCOMPARE(m_file->dump(), before);

        m_prompter->textAnswer = QStringLiteral("Take-home task");
        view->addStage(false);
        QCOMPARE(m_file->store->stages().value().size(), 11);
        QCOMPARE(view->columnCount(), 11);

        view->setActiveStageRow(2);
        m_prompter->textAnswer = QStringLiteral("Recruiter call");
        view->renameStage();
        QCOMPARE(m_file->store->stages().value().at(2).name, QStringLiteral("Recruiter call"));

        view->setActiveStageRow(2);
        m_prompter->chooseAnswer = 0; // the first other stage: Saved
        view->removeStage();
        QCOMPARE(m_file->store->stages().value().size(), 10);
        QCOMPARE(m_file->column(0), QList<qint64>{a});

        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(view->columnCount(), 10);
    }

    void everythingIsThereAfterRestart()
    {
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow());
        selectCard(pipelineView(), boardModel(), a);
        QTest::keyClick(pipelineView()->columnView(0), Qt::Key_Right,
                        Qt::ControlModifier | Qt::ShiftModifier);
        // Within the offscreen screen (800×600): a saved size is restored only where it fits.
        m_window->resize(740, 500);
        m_window->close();
        const QString path = m_file->database->path();
        m_window.reset();
        m_file->store.reset();
        m_file->database.reset();

        AppSettings settings;
        QCOMPARE(settings.lastDatabase(), path);
        m_window = std::make_unique<MainWindow>(&settings);
        QVERIFY(m_window->openDatabase(settings.lastDatabase()));
        QCOMPARE(m_window->size(), QSize(740, 500));
        QCOMPARE(shownIds(pipelineView(), 0), QList<qint64>{b});
        QCOMPARE(shownIds(pipelineView(), 1), QList<qint64>{a});
    }

    void refusedFileKeepsCurrentOneOpen()
    {
        QVERIFY(openWindow());
        const QString notes = m_file->dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text");
        file.close();
        QVERIFY(!m_window->openDatabase(notes));
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(&m_window->session()->database(), m_file->database.get());
    }

    void readOnlyFileSaysSoAndRefusesChanges()
    {
#ifdef Q_OS_UNIX
        const qint64 a = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QString path = m_file->database->path();
        m_file->store.reset();
        m_file->database.reset();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(m_window->openDatabase(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(!pipelineView()->newApplicationAction()->isEnabled());
        pipelineView()->selectCards({a});
        pipelineView()->moveSelectedToNeighbourStage(1);
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("read-only")));
        m_window.reset();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
        QSKIP("Permission bits are a Unix feature");
#endif
    }
};

QTEST_MAIN(TestPipelineGui)
#include "tst_pipelinegui.moc"
