#include "core/AppSettings.h"

#include <QFileInfo>

#include <algorithm>

namespace {
const QString lastDatabaseKey = QStringLiteral("database/last");
const QString recentKey = QStringLiteral("database/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString closedKey = QStringLiteral("pipeline/showClosedStages");
const QString sampleKey = QStringLiteral("firstRun/sampleDataOffered");
const QString languageKey = QStringLiteral("interface/language");
const QString reminderKey = QStringLiteral("reminders/leadMinutes");
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::lastDatabase() const
{
    return m_settings.value(lastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    m_settings.setValue(lastDatabaseKey, path);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(recentKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(recentKey, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(recentKey, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(recentKey);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

bool AppSettings::showClosedStages() const
{
    return m_settings.value(closedKey, true).toBool();
}

void AppSettings::setShowClosedStages(bool show)
{
    m_settings.setValue(closedKey, show);
}

int AppSettings::reminderLeadMinutes() const
{
    return std::clamp(m_settings.value(reminderKey, 60).toInt(), 0, 7 * 24 * 60);
}

void AppSettings::setReminderLeadMinutes(int minutes)
{
    m_settings.setValue(reminderKey, minutes);
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(languageKey);
    else
        m_settings.setValue(languageKey, code);
}

bool AppSettings::sampleDataOffered() const
{
    return m_settings.value(sampleKey, false).toBool();
}

void AppSettings::setSampleDataOffered(bool offered)
{
    m_settings.setValue(sampleKey, offered);
}

void AppSettings::sync()
{
    m_settings.sync();
}
