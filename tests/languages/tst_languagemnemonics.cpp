// Every shipped language picks its own Alt letters: tabs, menus, the entries of each menu, the
// fields of each page and of each dialog must not share one, or Alt+letter does nothing.
#include "MnemonicCheck.h"
#include "WindowTestSupport.h"

#include "core/languages/UiLanguage.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

class TestLanguageMnemonics : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }
    void cleanup()
    {
        tearDownWindowTest();
        UiLanguage::install(QStringLiteral("en"), {});
    }

    void noSharedLetter_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : UiLanguage::shippedCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void noSharedLetter()
    {
        QFETCH(QString, language);
        const UiLanguage::Installed installed = UiLanguage::install(language, {});
        QCOMPARE(installed.language, language);
        QVERIFY(!installed.appFile.isEmpty());
        QVERIFY(addEndedRound());
        QVERIFY(openWindow());
        const QStringList clashes = MnemonicCheck::clashes(*m_window);
        // One line each: a failure message of QtTest is cut at about a thousand characters.
        for (const QString &clash : clashes)
            qInfo("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Every dialog a menu entry opens ("…"), with each tab in front: the questions it asks
    // first are answered "no" and file choices left empty, so nothing in the file changes.
    void dialogsHaveNoSharedLetter_data() { noSharedLetter_data(); }
    void dialogsHaveNoSharedLetter()
    {
        QFETCH(QString, language);
        QCOMPARE(UiLanguage::install(language, {}).language, language);
        QVERIFY(addEndedRound());
        QVERIFY(openWindow());
        m_prompter->confirmAnswer = false;
        QStringList clashes;
        QSet<QString> checked;
        m_prompter->dialogHandler = [&](QDialog &dialog) {
            const QString name = QString::fromLatin1(dialog.metaObject()->className());
            checked.insert(name);
            clashes << MnemonicCheck::dialogClashes(dialog, name);
            return int(QDialog::Rejected);
        };
        // Qt's own print dialogs open without the prompter; anything else would be a dialog
        // a test could never answer.
        QStringList unanswerable;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                const QString name = QString::fromLatin1(dialog->metaObject()->className());
                if (!name.startsWith(QLatin1String("QPrint")))
                    unanswerable << name;
                dialog->reject();
            }
        });
        closer.start(100);
        const QStringList before = m_file->dump();
        QTabWidget *tabs = m_window->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            for (QAction *action : dialogActions(m_window->menuBar()->actions())) {
                action->trigger();
                QTest::qWait(10);
            }
        }
        closer.stop();
        m_prompter->dialogHandler = {};
        clashes.removeDuplicates(); // the same dialog opens from several tabs
        QStringList names(checked.cbegin(), checked.cend());
        names.sort();
        qInfo("%d dialogs: %s", int(names.size()), qPrintable(names.join(u' ')));
        for (const QString &clash : clashes)
            qInfo("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY2(unanswerable.isEmpty(), qPrintable(unanswerable.join(QLatin1Char(' '))));
        // The forms that hold most fields were among them.
        for (const char *form : {"ApplicationDialog", "RoundDialog", "TemplatesDialog"})
            QVERIFY2(checked.contains(QLatin1String(form)),
                     qPrintable(QStringList(checked.cbegin(), checked.cend()).join(u' ')));
        QCOMPARE(m_file->dump(), before);
    }

private:
    static QList<QAction *> dialogActions(const QList<QAction *> &actions)
    {
        QList<QAction *> found;
        for (QAction *action : actions) {
            if (!action->isVisible() || !action->isEnabled())
                continue;
            if (QMenu *menu = action->menu()) {
                emit menu->aboutToShow();
                found << dialogActions(menu->actions());
            } else if (action->text().endsWith(QChar(0x2026))) {
                found << action;
            }
        }
        return found;
    }
};

QTEST_MAIN(TestLanguageMnemonics)
#include "tst_languagemnemonics.moc"
