#include "core/languages/UiLanguage.h"

#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

const QString resourceDirectory = QStringLiteral(":/i18n");
const QString appPrefix = QStringLiteral("secondround");

struct InstalledState
{
    QList<QPointer<QTranslator>> translators;
    QString language;
};

InstalledState &state()
{
    static InstalledState installed;
    return installed;
}

QString baseOf(const QString &name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

QTranslator *makeTranslator()
{
    // Owned by the application object so that it outlives every translated string.
    return new QTranslator(QCoreApplication::instance());
}

} // namespace

const QStringList &UiLanguage::shippedCodes()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("de"),
                                      QStringLiteral("fr"), QStringLiteral("es")};
    return codes;
}

QList<UiLanguage::Choice> UiLanguage::choices()
{
    // Each language is named in itself, so that it can be found whatever the interface
    // shows now; these names are never translated.
    return {{QString(), tr("&System language")},
            {QStringLiteral("en"), QStringLiteral("&English")},
            {QStringLiteral("de"), QStringLiteral("&Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("&Français")},
            {QStringLiteral("es"), QStringLiteral("Es&pañol")}};
}

QString UiLanguage::normalised(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    return shippedCodes().contains(lower) ? lower : QString();
}

QLocale UiLanguage::localeFor(const QString &code, const QLocale &system)
{
    const QString chosen = normalised(code);
    if (chosen.isEmpty())
        return system;
    const QLocale locale(chosen);
    if (system.language() == locale.language())
        return system;
    return locale;
}

UiLanguage::Installed UiLanguage::install(const QString &code, const QStringList &qtDirectories)
{
    InstalledState &installed = state();
    for (const QPointer<QTranslator> &translator : std::as_const(installed.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.translators.clear();

    const QString chosen = normalised(code);
    const QLocale locale = localeFor(chosen);
    // The system's language stays the "system" locale, whose languages list is the
    // user's whole preference order.
    QLocale::setDefault(chosen.isEmpty() ? QLocale::system() : locale);

    Installed result;
    auto *qt = makeTranslator();
    for (const QString &directory : qtDirectories) {
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(qt);
            installed.translators << qt;
            result.qtFile = qt->filePath();
            break;
        }
    }
    if (result.qtFile.isEmpty())
        delete qt;

    // English first: translators installed later are asked first.
    auto *english = makeTranslator();
    if (english->load(appPrefix + QStringLiteral("_en"), resourceDirectory)) {
        QCoreApplication::installTranslator(english);
        installed.translators << english;
        result.appFile = english->filePath();
    } else {
        delete english;
    }
    result.language = QStringLiteral("en");
    auto *app = makeTranslator();
    if (app->load(locale, appPrefix, QStringLiteral("_"), resourceDirectory) &&
        baseOf(app->language()) != QLatin1String("en")) {
        QCoreApplication::installTranslator(app);
        installed.translators << app;
        result.appFile = app->filePath();
        result.language = baseOf(app->language());
    } else {
        delete app;
    }
    if (!shippedCodes().contains(result.language))
        result.language = QStringLiteral("en");
    installed.language = result.language;
    return result;
}

QStringList UiLanguage::qtTranslationDirectories()
{
    const QString beside = QCoreApplication::applicationDirPath();
    return {QDir(beside).filePath(QStringLiteral("translations")),
            QDir(beside).filePath(QStringLiteral("../Resources/translations")),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            // Embedded in Windows and macOS builds (packaging/Packaging.cmake).
            QStringLiteral(":/qt-translations")};
}

QString UiLanguage::current()
{
    if (!state().language.isEmpty())
        return state().language;
    for (const QString &name : QLocale().uiLanguages()) {
        const QString base = baseOf(name);
        if (shippedCodes().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

QString UiLanguage::translateIn(const QString &code, const char *context, const char *source)
{
    const QString chosen = normalised(code);
    if (chosen.isEmpty())
        return {};
    QTranslator translator;
    if (!translator.load(appPrefix + QLatin1Char('_') + chosen, resourceDirectory))
        return {};
    return translator.translate(context, source);
}
