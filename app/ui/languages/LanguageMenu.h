#pragma once

#include <QMenu>

class AppSettings;
class QActionGroup;

// View > Language: the system's language or one of the shipped ones. The choice is saved
// and used from the next start, which a note says in the current and the chosen
// language: nearly all text is set once, when each widget is built.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(AppSettings *settings, QWidget *parent = nullptr);

    // The action for a language code ("" for the system's).
    QAction *actionFor(const QString &code) const;
    // The note shown after a choice, in the current and in the chosen language.
    static QString restartNote(const QString &code);

private:
    void choose(const QString &code);

    AppSettings *m_settings;
    QActionGroup *m_group;
    // The language this process runs in: choosing it again needs no restart.
    QString m_running;
};
