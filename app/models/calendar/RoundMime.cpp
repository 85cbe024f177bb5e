#include "models/calendar/RoundMime.h"

#include <QMimeData>

QString RoundMime::mimeType()
{
    return QStringLiteral("application/x-secondround-round");
}

QMimeData *RoundMime::create(qint64 roundId)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(roundId));
    return data;
}

std::optional<qint64> RoundMime::roundId(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    bool ok = false;
    const qint64 id = data->data(mimeType()).trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}
