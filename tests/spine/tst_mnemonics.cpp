#include "WindowTestSupport.h"

#include <QMenuBar>
#include <QTabBar>
#include <QTest>

// Alt+letter must lead to one place: the tab titles and the menu titles share the window's
// letters, and the entries of each menu share that menu's letters, whichever tab is in front.
class TestMnemonics : public WindowTestCase
{
    Q_OBJECT

    static QChar mnemonicOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // "a: File, Application" for every letter used more than once.
    static QStringList clashes(const QList<QString> &texts)
    {
        QMap<QChar, QStringList> byLetter;
        for (const QString &text : texts) {
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull())
                byLetter[letter] << QString(text).remove(QLatin1Char('&'));
        }
        QStringList found;
        for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
            if (it.value().size() > 1)
                found << QStringLiteral("%1: %2").arg(it.key(),
                                                      it.value().join(QStringLiteral(", ")));
        return found;
    }

    static void collectMenuClashes(QMenu *menu, const QString &path, QStringList *found)
    {
        QList<QString> texts;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            texts << action->text();
            if (action->menu())
                collectMenuClashes(
                    action->menu(),
                    path + QStringLiteral(" > ") + action->text().remove(QLatin1Char('&')), found);
        }
        for (const QString &clash : clashes(texts))
            *found << path + QStringLiteral(" — ") + clash;
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void eachLetterLeadsToOnePlace()
    {
        QVERIFY(openWindow());
        QTabBar *tabBar = m_window->tabs()->tabBar();
        QStringList found;
        for (int index = 0; index < tabBar->count(); ++index) {
            m_window->tabs()->setCurrentIndex(index);
            const QString front = tabBar->tabText(index).remove(QLatin1Char('&'));
            QList<QString> windowLevel;
            for (int t = 0; t < tabBar->count(); ++t)
                windowLevel << tabBar->tabText(t);
            const QList<QAction *> menus = m_window->menuBar()->actions();
            for (QAction *menuAction : menus) {
                if (!menuAction->isVisible())
                    continue;
                windowLevel << menuAction->text();
                if (menuAction->menu())
                    collectMenuClashes(menuAction->menu(),
                                       front + QStringLiteral(": ") +
                                           menuAction->text().remove(QLatin1Char('&')),
                                       &found);
            }
            for (const QString &clash : clashes(windowLevel))
                found << front + QStringLiteral(": menu bar and tabs — ") + clash;
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
