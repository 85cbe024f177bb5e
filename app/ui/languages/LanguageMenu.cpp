#include "ui/languages/LanguageMenu.h"

#include "core/AppSettings.h"
#include "core/languages/UiLanguage.h"
#include "ui/Prompter.h"

#include <QActionGroup>
#include <QLocale>

namespace {
// Said in the chosen language too, so the user can read it whichever they picked.
const char *const noteContext = "LanguageMenu";
const char *const noteText =
    QT_TRANSLATE_NOOP("LanguageMenu", "The new language is used the next time SecondRound "
                                      "starts.");
} // namespace

LanguageMenu::LanguageMenu(AppSettings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
    , m_running(UiLanguage::normalised(settings->language()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        QAction *action = addAction(choice.name);
        action->setCheckable(true);
        action->setData(choice.code);
        action->setChecked(choice.code == m_running);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] { choose(code); });
        if (choice.code.isEmpty())
            addSeparator();
    }
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    for (QAction *action : m_group->actions())
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

QString LanguageMenu::restartNote(const QString &code)
{
    const QString here = QCoreApplication::translate(noteContext, noteText);
    // The system's language is named by the system's locale.
    const QString target =
        code.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : code;
    QString there = UiLanguage::translateIn(target, noteContext, noteText);
    if (there.isEmpty() && UiLanguage::normalised(target) == QLatin1String("en"))
        there = QString::fromUtf8(noteText); // English is the source language

    if (there.isEmpty() || there == here)
        return here;
    return here + QStringLiteral("\n\n") + there;
}

void LanguageMenu::choose(const QString &code)
{
    const QString before = UiLanguage::normalised(m_settings->language());
    if (code == before)
        return;
    m_settings->setLanguage(code);
    m_settings->sync();
    // Back to the language already on screen: nothing changes, nothing to say.
    if (code == m_running)
        return;
    Prompter::instance().information(parentWidget() ? parentWidget()->window() : nullptr,
                                     tr("Language"), restartNote(code));
}
