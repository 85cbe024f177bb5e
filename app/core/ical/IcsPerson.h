#pragma once

#include <QString>

// Someone named in an event as ORGANIZER or ATTENDEE.
struct IcsPerson
{
    QString name;
    // Without the mailto: prefix, so it can be shown and compared as a plain address.
    QString email;
    // The ROLE parameter as written (CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT,
    // NON-PARTICIPANT); empty when the file did not say.
    QString role;

    bool isEmpty() const { return name.isEmpty() && email.isEmpty(); }

    friend bool operator==(const IcsPerson &, const IcsPerson &) = default;
};
