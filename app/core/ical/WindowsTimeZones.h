#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

// Outlook and Exchange name zones by their Windows names ("W. Europe Standard Time") instead
// of IANA ids; this maps them to the IANA zone CLDR treats as representative.
class WindowsTimeZones
{
public:
    // Case-insensitive. Empty when the name is unknown or its zone is not installed.
    static QByteArray ianaId(QStringView windowsName);

    // The installed zones the table maps to, without duplicates, in table order. Used as
    // the first candidates when guessing a zone from its offsets, so the guess is a zone
    // people recognise rather than whichever city sorts first.
    static const QList<QByteArray> &representativeIanaIds();
};
