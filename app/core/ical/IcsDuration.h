#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

// A DURATION value (RFC 5545 3.3.6) such as PT1H30M, P1D or -P1W. Weeks and days are
// nominal (same wall-clock time on a later day, whatever DST does in between); hours,
// minutes and seconds are exact.
class IcsDuration
{
public:
    IcsDuration() = default;

    // Accepts the standard forms and also the "P0DT0H30M0S" and "P1W2D" that some programs
    // write; nullopt for anything else.
    static std::optional<IcsDuration> parse(QStringView text);

    bool isNegative() const { return m_negative; }
    bool isZero() const { return m_days == 0 && m_seconds == 0; }
    qint64 days() const { return m_days; }
    qint64 seconds() const { return m_seconds; }
    // Signed length with a day counted as 24 hours, for offsets such as alarm triggers.
    qint64 approximateSeconds() const;

    // Invalid when the result leaves QDateTime's range.
    QDateTime addTo(const QDateTime &start) const;

private:
    bool m_negative = false;
    qint64 m_days = 0;
    qint64 m_seconds = 0;
};
