#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

// The one typed door to QSettings, so keys and defaults live in one place.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    AppSettings();

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    bool showClosedStages() const;
    void setShowClosedStages(bool show);

    // Minutes before a scheduled round that a reminder appears; 0 turns reminders off.
    int reminderLeadMinutes() const;
    void setReminderLeadMinutes(int minutes);

    // The language the user chose in View > Language ("en", "de", "fr", "es"); empty for
    // the system's. Read once at start-up.
    QString language() const;
    void setLanguage(const QString &code);

    bool sampleDataOffered() const;
    void setSampleDataOffered(bool offered);

    void sync();

private:
    QSettings m_settings;
};
