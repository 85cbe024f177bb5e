#include "models/rounds/ApplicationRoundsModel.h"

#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"

#include <QJsonArray>
#include <QJsonDocument>

ApplicationRoundsModel::ApplicationRoundsModel(Database &database, QObject *parent)
    : SqlListModel(database, parent)
{
    setFailureText(tr("The interview rounds could not be read."));
    setApplication(0);
}

void ApplicationRoundsModel::setApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    setStatement(RoundStore::applicationRoundsStatement(), {applicationId, applicationId});
}

RoundInfo ApplicationRoundsModel::roundAt(int row) const
{
    const auto value = [this, row](int column) {
        return QSqlQueryModel::data(index(row, column));
    };
    RoundInfo round;
    round.id = value(IdColumn).toLongLong();
    round.applicationId = m_applicationId;
    round.number = value(NumberColumn).toInt();
    round.startUtc = PipelineStore::fromStoredTime(value(StartColumn).toString());
    round.fields.timeZoneId = value(ZoneColumn).toString();
    round.fields.durationMinutes = value(DurationColumn).toInt();
    round.fields.kind =
        RoundCatalog::kindFromKey(value(KindColumn).toString()).value_or(RoundKind::Other);
    round.fields.status = RoundCatalog::statusFromKey(value(StatusColumn).toString())
                              .value_or(RoundStatus::Scheduled);
    round.fields.start = round.startInOwnZone();
    const QJsonArray names =
        QJsonDocument::fromJson(value(PeopleColumn).toString().toUtf8()).array();
    for (const QJsonValue &name : names) {
        PersonInfo person;
        person.fields.name = name.toString();
        round.people.append(person);
    }
    return round;
}
