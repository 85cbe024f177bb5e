#pragma once

#include <QString>

#include <optional>

class QMimeData;

// The private drag-and-drop format for one interview round: the agenda and upcoming lists
// produce it, the month view accepts it. Other applications never see it.
class RoundMime
{
public:
    static QString mimeType();
    // A new QMimeData the caller (usually QDrag) owns.
    static QMimeData *create(qint64 roundId);
    // The round carried by data, or nothing when it holds no (valid) round.
    static std::optional<qint64> roundId(const QMimeData *data);
};
