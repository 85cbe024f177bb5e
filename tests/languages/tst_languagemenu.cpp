// View > Language: the choice is saved, and a note says (in the current and the chosen
// language) that it is used from the next start.

#include "WindowTestSupport.h"

#include "core/languages/UiLanguage.h"
#include "ui/languages/LanguageMenu.h"

#include <QMenuBar>

class TestLanguageMenu : public WindowTestCase
{
    Q_OBJECT

private:
    LanguageMenu *menu() const { return m_window->findChild<LanguageMenu *>(); }

    QMenu *viewMenu() const
    {
        for (QAction *action : m_window->menuBar()->actions())
            if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String("View"))
                return action->menu();
        return nullptr;
    }

    static const char *noteSource()
    {
        return "The new language is used the next time SecondRound starts.";
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void isInTheViewMenu()
    {
        QVERIFY(openWindow());
        QVERIFY(menu());
        QVERIFY(viewMenu());
        QVERIFY(viewMenu()->actions().contains(menu()->menuAction()));
        const QList<QAction *> actions = menu()->actions();
        int choices = 0;
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            ++choices;
            QVERIFY(action->isCheckable());
        }
        QCOMPARE(choices, 5);
        QVERIFY(menu()->actionFor(QString())->isChecked());

        // The View menu's mnemonics do not clash, whichever tab is in front.
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            QSet<QChar> letters;
            for (QAction *action : viewMenu()->actions()) {
                const QString text = action->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                if (amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar letter = text.at(amp + 1).toLower();
                QVERIFY2(!letters.contains(letter), qPrintable(text));
                letters.insert(letter);
            }
        }
    }

    void choosingALanguageSavesItAndSaysWhen()
    {
        QVERIFY(openWindow());
        menu()->actionFor(QStringLiteral("de"))->trigger();
        QCOMPARE(m_settings->language(), QStringLiteral("de"));
        QCOMPARE(AppSettings().language(), QStringLiteral("de"));
        QVERIFY(menu()->actionFor(QStringLiteral("de"))->isChecked());
        QCOMPARE(m_prompter->informations.size(), 1);
        const QString note = m_prompter->informations.first();
        QVERIFY2(note.startsWith(QLatin1String(noteSource())), qPrintable(note));
        // Said in German too, once the German translation has it.
        const QString german =
            UiLanguage::translateIn(QStringLiteral("de"), "LanguageMenu", noteSource());
        if (!german.isEmpty())
            QVERIFY2(note.contains(german), qPrintable(note));

        menu()->actionFor(QStringLiteral("fr"))->trigger();
        QCOMPARE(m_settings->language(), QStringLiteral("fr"));
        QCOMPARE(m_prompter->informations.size(), 2);
        QCOMPARE(m_prompter->informations.last(), LanguageMenu::restartNote(QStringLiteral("fr")));

        // Back to the language on screen: saved, and nothing to restart for.
        menu()->actionFor(QString())->trigger();
        QCOMPARE(m_settings->language(), QString());
        QCOMPARE(m_prompter->informations.size(), 2);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void showsTheSavedChoice()
    {
        m_settings->setLanguage(QStringLiteral("es"));
        QVERIFY(openWindow());
        QVERIFY(menu()->actionFor(QStringLiteral("es"))->isChecked());
        QVERIFY(!menu()->actionFor(QString())->isChecked());
        // Choosing it again changes nothing and says nothing.
        menu()->actionFor(QStringLiteral("es"))->trigger();
        QCOMPARE(m_settings->language(), QStringLiteral("es"));
        QVERIFY(m_prompter->informations.isEmpty());
    }

    void anUnknownSettingCountsAsTheSystems()
    {
        m_settings->setLanguage(QStringLiteral("tlh"));
        QVERIFY(openWindow());
        QVERIFY(menu()->actionFor(QString())->isChecked());
    }

    void englishNoteNamesEnglish()
    {
        const QString note = LanguageMenu::restartNote(QStringLiteral("en"));
        QVERIFY(note.startsWith(QLatin1String(noteSource())));
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
