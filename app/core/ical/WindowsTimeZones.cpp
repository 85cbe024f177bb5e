#include "core/ical/WindowsTimeZones.h"

#include <QLatin1String>
#include <QSet>
#include <QString>
#include <QTimeZone>

namespace {

struct Mapping
{
    const char *windowsName;
    const char *ianaId;
    // tzdata renamed some zones; older or trimmed installs only have the former name.
    const char *formerIanaId;
};

// Ordered from west to east, as Windows lists them.
constexpr Mapping mappings[] = {
    {"Dateline Standard Time", "Etc/GMT+12", nullptr},
    {"UTC-11", "Etc/GMT+11", nullptr},
    {"Aleutian Standard Time", "America/Adak", nullptr},
    {"Hawaiian Standard Time", "Pacific/Honolulu", nullptr},
    {"Marquesas Standard Time", "Pacific/Marquesas", nullptr},
    {"Alaskan Standard Time", "America/Anchorage", nullptr},
    {"UTC-09", "Etc/GMT+9", nullptr},
    {"Pacific Standard Time (Mexico)", "America/Tijuana", nullptr},
    {"UTC-08", "Etc/GMT+8", nullptr},
    {"Pacific Standard Time", "America/Los_Angeles", nullptr},
    {"US Mountain Standard Time", "America/Phoenix", nullptr},
    {"Mountain Standard Time (Mexico)", "America/Mazatlan", nullptr},
    {"Mexico Standard Time 2", "America/Chihuahua", nullptr},
    {"Mountain Standard Time", "America/Denver", nullptr},
    {"Yukon Standard Time", "America/Whitehorse", nullptr},
    {"Central America Standard Time", "America/Guatemala", nullptr},
    {"Central Standard Time", "America/Chicago", nullptr},
    {"Easter Island Standard Time", "Pacific/Easter", nullptr},
    {"Central Standard Time (Mexico)", "America/Mexico_City", nullptr},
    {"Mexico Standard Time", "America/Mexico_City", nullptr},
    {"Canada Central Standard Time", "America/Regina", nullptr},
    {"SA Pacific Standard Time", "America/Bogota", nullptr},
    {"Eastern Standard Time (Mexico)", "America/Cancun", nullptr},
    {"Eastern Standard Time", "America/New_York", nullptr},
    {"Haiti Standard Time", "America/Port-au-Prince", nullptr},
    {"Cuba Standard Time", "America/Havana", nullptr},
    {"US Eastern Standard Time", "America/Indiana/Indianapolis", "America/Indianapolis"},
    {"Turks And Caicos Standard Time", "America/Grand_Turk", nullptr},
    {"Paraguay Standard Time", "America/Asuncion", nullptr},
    {"Atlantic Standard Time", "America/Halifax", nullptr},
    {"Venezuela Standard Time", "America/Caracas", nullptr},
    {"Central Brazilian Standard Time", "America/Cuiaba", nullptr},
    {"SA Western Standard Time", "America/La_Paz", nullptr},
    {"Pacific SA Standard Time", "America/Santiago", nullptr},
    {"Newfoundland Standard Time", "America/St_Johns", nullptr},
    {"Tocantins Standard Time", "America/Araguaina", nullptr},
    {"E. South America Standard Time", "America/Sao_Paulo", nullptr},
    {"SA Eastern Standard Time", "America/Cayenne", nullptr},
    {"Argentina Standard Time", "America/Argentina/Buenos_Aires", "America/Buenos_Aires"},
    {"Greenland Standard Time", "America/Nuuk", "America/Godthab"},
    {"Montevideo Standard Time", "America/Montevideo", nullptr},
    {"Magallanes Standard Time", "America/Punta_Arenas", nullptr},
    {"Saint Pierre Standard Time", "America/Miquelon", nullptr},
    {"Bahia Standard Time", "America/Bahia", nullptr},
    {"UTC-02", "Etc/GMT+2", nullptr},
    {"Mid-Atlantic Standard Time", "Etc/GMT+2", nullptr},
    {"Azores Standard Time", "Atlantic/Azores", nullptr},
    {"Cape Verde Standard Time", "Atlantic/Cape_Verde", nullptr},
    {"UTC", "UTC", "Etc/UTC"},
    {"GMT Standard Time", "Europe/London", nullptr},
    {"Greenwich Standard Time", "Atlantic/Reykjavik", nullptr},
    {"Sao Tome Standard Time", "Africa/Sao_Tome", nullptr},
    {"Morocco Standard Time", "Africa/Casablanca", nullptr},
    {"W. Europe Standard Time", "Europe/Berlin", nullptr},
    {"Central Europe Standard Time", "Europe/Budapest", nullptr},
    {"Romance Standard Time", "Europe/Paris", nullptr},
    {"Central European Standard Time", "Europe/Warsaw", nullptr},
    {"W. Central Africa Standard Time", "Africa/Lagos", nullptr},
    {"Jordan Standard Time", "Asia/Amman", nullptr},
    {"GTB Standard Time", "Europe/Bucharest", nullptr},
    {"Middle East Standard Time", "Asia/Beirut", nullptr},
    {"Egypt Standard Time", "Africa/Cairo", nullptr},
    {"E. Europe Standard Time", "Europe/Chisinau", nullptr},
    {"Syria Standard Time", "Asia/Damascus", nullptr},
    {"West Bank Standard Time", "Asia/Hebron", nullptr},
    {"South Africa Standard Time", "Africa/Johannesburg", nullptr},
    {"FLE Standard Time", "Europe/Kyiv", "Europe/Kiev"},
    {"Israel Standard Time", "Asia/Jerusalem", nullptr},
    {"South Sudan Standard Time", "Africa/Juba", nullptr},
    {"Kaliningrad Standard Time", "Europe/Kaliningrad", nullptr},
    {"Sudan Standard Time", "Africa/Khartoum", nullptr},
    {"Libya Standard Time", "Africa/Tripoli", nullptr},
    {"Namibia Standard Time", "Africa/Windhoek", nullptr},
    {"Arabic Standard Time", "Asia/Baghdad", nullptr},
    {"Turkey Standard Time", "Europe/Istanbul", nullptr},
    {"Arab Standard Time", "Asia/Riyadh", nullptr},
    {"Belarus Standard Time", "Europe/Minsk", nullptr},
    {"Russian Standard Time", "Europe/Moscow", nullptr},
    {"E. Africa Standard Time", "Africa/Nairobi", nullptr},
    {"Volgograd Standard Time", "Europe/Volgograd", nullptr},
    {"Iran Standard Time", "Asia/Tehran", nullptr},
    {"Arabian Standard Time", "Asia/Dubai", nullptr},
    {"Astrakhan Standard Time", "Europe/Astrakhan", nullptr},
    {"Azerbaijan Standard Time", "Asia/Baku", nullptr},
    {"Russia Time Zone 3", "Europe/Samara", nullptr},
    {"Mauritius Standard Time", "Indian/Mauritius", nullptr},
    {"Saratov Standard Time", "Europe/Saratov", nullptr},
    {"Georgian Standard Time", "Asia/Tbilisi", nullptr},
    {"Caucasus Standard Time", "Asia/Yerevan", nullptr},
    {"Armenian Standard Time", "Asia/Yerevan", nullptr},
    {"Afghanistan Standard Time", "Asia/Kabul", nullptr},
    {"West Asia Standard Time", "Asia/Tashkent", nullptr},
    {"Ekaterinburg Standard Time", "Asia/Yekaterinburg", nullptr},
    {"Pakistan Standard Time", "Asia/Karachi", nullptr},
    {"Qyzylorda Standard Time", "Asia/Qyzylorda", nullptr},
    {"India Standard Time", "Asia/Kolkata", "Asia/Calcutta"},
    {"Sri Lanka Standard Time", "Asia/Colombo", nullptr},
    {"Nepal Standard Time", "Asia/Kathmandu", "Asia/Katmandu"},
    {"Central Asia Standard Time", "Asia/Almaty", nullptr},
    {"Bangladesh Standard Time", "Asia/Dhaka", nullptr},
    {"Omsk Standard Time", "Asia/Omsk", nullptr},
    {"Myanmar Standard Time", "Asia/Yangon", "Asia/Rangoon"},
    {"SE Asia Standard Time", "Asia/Bangkok", nullptr},
    {"Altai Standard Time", "Asia/Barnaul", nullptr},
    {"W. Mongolia Standard Time", "Asia/Hovd", nullptr},
    {"North Asia Standard Time", "Asia/Krasnoyarsk", nullptr},
    {"N. Central Asia Standard Time", "Asia/Novosibirsk", nullptr},
    {"Tomsk Standard Time", "Asia/Tomsk", nullptr},
    {"China Standard Time", "Asia/Shanghai", nullptr},
    {"North Asia East Standard Time", "Asia/Irkutsk", nullptr},
    {"Singapore Standard Time", "Asia/Singapore", nullptr},
    {"W. Australia Standard Time", "Australia/Perth", nullptr},
    {"Taipei Standard Time", "Asia/Taipei", nullptr},
    {"Ulaanbaatar Standard Time", "Asia/Ulaanbaatar", nullptr},
    {"Aus Central W. Standard Time", "Australia/Eucla", nullptr},
    {"Transbaikal Standard Time", "Asia/Chita", nullptr},
    {"Tokyo Standard Time", "Asia/Tokyo", nullptr},
    {"North Korea Standard Time", "Asia/Pyongyang", nullptr},
    {"Korea Standard Time", "Asia/Seoul", nullptr},
    {"Yakutsk Standard Time", "Asia/Yakutsk", nullptr},
    {"Cen. Australia Standard Time", "Australia/Adelaide", nullptr},
    {"AUS Central Standard Time", "Australia/Darwin", nullptr},
    {"E. Australia Standard Time", "Australia/Brisbane", nullptr},
    {"AUS Eastern Standard Time", "Australia/Sydney", nullptr},
    {"West Pacific Standard Time", "Pacific/Port_Moresby", nullptr},
    {"Tasmania Standard Time", "Australia/Hobart", nullptr},
    {"Vladivostok Standard Time", "Asia/Vladivostok", nullptr},
    {"Lord Howe Standard Time", "Australia/Lord_Howe", nullptr},
    {"Bougainville Standard Time", "Pacific/Bougainville", nullptr},
    {"Russia Time Zone 10", "Asia/Srednekolymsk", nullptr},
    {"Magadan Standard Time", "Asia/Magadan", nullptr},
    {"Norfolk Standard Time", "Pacific/Norfolk", nullptr},
    {"Sakhalin Standard Time", "Asia/Sakhalin", nullptr},
    {"Central Pacific Standard Time", "Pacific/Guadalcanal", nullptr},
    {"Russia Time Zone 11", "Asia/Kamchatka", nullptr},
    {"Kamchatka Standard Time", "Asia/Kamchatka", nullptr},
    {"New Zealand Standard Time", "Pacific/Auckland", nullptr},
    {"UTC+12", "Etc/GMT-12", nullptr},
    {"Fiji Standard Time", "Pacific/Fiji", nullptr},
    {"Chatham Islands Standard Time", "Pacific/Chatham", nullptr},
    {"UTC+13", "Etc/GMT-13", nullptr},
    {"Tonga Standard Time", "Pacific/Tongatapu", nullptr},
    {"Samoa Standard Time", "Pacific/Apia", nullptr},
    {"Line Islands Standard Time", "Pacific/Kiritimati", nullptr},
};

bool isInstalled(const QByteArray &ianaId)
{
    return !ianaId.isEmpty() && QTimeZone(ianaId).isValid();
}

QByteArray installedId(const Mapping &mapping)
{
    const QByteArray preferred(mapping.ianaId);
    if (isInstalled(preferred))
        return preferred;
    if (mapping.formerIanaId) {
        const QByteArray former(mapping.formerIanaId);
        if (isInstalled(former))
            return former;
    }
    return QByteArray();
}

} // namespace

QByteArray WindowsTimeZones::ianaId(QStringView windowsName)
{
    const QStringView name = windowsName.trimmed();
    if (name.isEmpty())
        return QByteArray();
    for (const Mapping &mapping : mappings) {
        if (name.compare(QLatin1String(mapping.windowsName), Qt::CaseInsensitive) == 0)
            return installedId(mapping);
    }
    // Qt carries CLDR's complete table, which knows names Microsoft added after ours was
    // written; it is case-sensitive and may answer with an id this system lacks.
    const QByteArray fromQt = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    return isInstalled(fromQt) ? fromQt : QByteArray();
}

const QList<QByteArray> &WindowsTimeZones::representativeIanaIds()
{
    static const QList<QByteArray> ids = [] {
        QList<QByteArray> result;
        QSet<QByteArray> seen;
        for (const Mapping &mapping : mappings) {
            const QByteArray id = installedId(mapping);
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                result.append(id);
            }
        }
        return result;
    }();
    return ids;
}
