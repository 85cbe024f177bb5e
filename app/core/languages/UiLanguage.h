#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// The languages SecondRound's interface is shipped in, and how the chosen one is put in
// place at start-up: the default locale (dates, numbers, the language new files are filled
// in) and the translators, Qt's own included. Switching takes effect at the next start:
// nearly every widget sets its text once, when it is built.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    struct Choice
    {
        QString code; // empty: the system's language
        QString name;
    };
    // The system's language first, then each shipped language named in itself.
    static QList<Choice> choices();
    // "en", "de", "fr", "es".
    static const QStringList &shippedCodes();
    // A setting that names no shipped language (hand-edited, or from a later version)
    // counts as the system's: empty.
    static QString normalised(const QString &code);
    // The locale for a choice. The system's territory is kept when the language is the
    // same (French chosen in Canada stays fr_CA).
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());

    struct Installed
    {
        QString language; // the interface's base language: "en", "de", "fr" or "es"
        QString appFile;  // the SecondRound translation loaded for it, empty for none
        QString qtFile;   // Qt's own (qtbase_xx.qm), empty when none was found
    };
    // Puts the language in place for the whole process: the default locale (unless the
    // system's is chosen) and the translators, replacing any this installed before.
    // English is installed under the chosen language, so a message not yet translated
    // still gets its English plural forms.
    static Installed install(const QString &code, const QStringList &qtDirectories);
    // Where Qt's own translations are looked for: beside the application when it is
    // packaged (Windows, the macOS bundle), then Qt's installation.
    static QStringList qtTranslationDirectories();

    // The base language the interface is shown in: what install() loaded, or, before any
    // install, the first shipped language of the default locale; "en" otherwise.
    static QString current();

    // What a translation file says a source text is, without installing it: used to say
    // "takes effect after a restart" in the language just chosen. Empty when untranslated.
    static QString translateIn(const QString &code, const char *context, const char *source);
};
