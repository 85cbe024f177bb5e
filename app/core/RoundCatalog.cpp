#include "core/RoundCatalog.h"

QList<RoundKind> RoundCatalog::kinds()
{
    return {RoundKind::PhoneScreen, RoundKind::Video, RoundKind::Technical,
            RoundKind::Behavioural, RoundKind::Hr,    RoundKind::Panel,
            RoundKind::OnSite,      RoundKind::Final, RoundKind::Other};
}

QString RoundCatalog::key(RoundKind kind)
{
    switch (kind) {
    case RoundKind::PhoneScreen:
        return QStringLiteral("phone");
    case RoundKind::Video:
        return QStringLiteral("video");
    case RoundKind::Technical:
        return QStringLiteral("technical");
    case RoundKind::Behavioural:
        return QStringLiteral("behavioural");
    case RoundKind::Hr:
        return QStringLiteral("hr");
    case RoundKind::Panel:
        return QStringLiteral("panel");
    case RoundKind::OnSite:
        return QStringLiteral("onsite");
    case RoundKind::Final:
        return QStringLiteral("final");
    case RoundKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString RoundCatalog::label(RoundKind kind)
{
    switch (kind) {
    case RoundKind::PhoneScreen:
        return tr("Phone screen");
    case RoundKind::Video:
        return tr("Video interview");
    case RoundKind::Technical:
        return tr("Technical interview");
    case RoundKind::Behavioural:
        return tr("Behavioural interview");
    case RoundKind::Hr:
        return tr("HR interview");
    case RoundKind::Panel:
        return tr("Panel interview");
    case RoundKind::OnSite:
        return tr("On-site visit");
    case RoundKind::Final:
        return tr("Final interview");
    case RoundKind::Other:
        break;
    }
    return tr("Other");
}

std::optional<RoundKind> RoundCatalog::kindFromKey(const QString &value)
{
    for (RoundKind kind : kinds())
        if (key(kind) == value)
            return kind;
    return std::nullopt;
}

QList<RoundStatus> RoundCatalog::statuses()
{
    return {RoundStatus::Scheduled, RoundStatus::Done, RoundStatus::Cancelled, RoundStatus::NoShow};
}

QString RoundCatalog::key(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Scheduled:
        return QStringLiteral("scheduled");
    case RoundStatus::Done:
        return QStringLiteral("done");
    case RoundStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RoundStatus::NoShow:
        break;
    }
    return QStringLiteral("noshow");
}

QString RoundCatalog::label(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Scheduled:
        return tr("Scheduled");
    case RoundStatus::Done:
        return tr("Done");
    case RoundStatus::Cancelled:
        return tr("Cancelled");
    case RoundStatus::NoShow:
        break;
    }
    return tr("No-show");
}

std::optional<RoundStatus> RoundCatalog::statusFromKey(const QString &value)
{
    for (RoundStatus status : statuses())
        if (key(status) == value)
            return status;
    return std::nullopt;
}

QList<RoundReason> RoundCatalog::reasons()
{
    return {RoundReason::Unknown, RoundReason::StandardProcess, RoundReason::ChoosingFinalists,
            RoundReason::TeamFit, RoundReason::SeniorApproval,  RoundReason::ClearDoubt};
}

QString RoundCatalog::key(RoundReason reason)
{
    switch (reason) {
    case RoundReason::StandardProcess:
        return QStringLiteral("process");
    case RoundReason::ChoosingFinalists:
        return QStringLiteral("finalists");
    case RoundReason::TeamFit:
        return QStringLiteral("fit");
    case RoundReason::SeniorApproval:
        return QStringLiteral("approval");
    case RoundReason::ClearDoubt:
        return QStringLiteral("doubt");
    case RoundReason::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString RoundCatalog::label(RoundReason reason)
{
    switch (reason) {
    case RoundReason::StandardProcess:
        return tr("Their usual multi-step process");
    case RoundReason::ChoosingFinalists:
        return tr("Choosing between finalists");
    case RoundReason::TeamFit:
        return tr("Testing fit with the team and culture");
    case RoundReason::SeniorApproval:
        return tr("A senior manager or the team must approve");
    case RoundReason::ClearDoubt:
        return tr("Clearing up a doubt from an earlier round");
    case RoundReason::Unknown:
        break;
    }
    return tr("Not known yet");
}

QString RoundCatalog::advice(RoundReason reason)
{
    switch (reason) {
    case RoundReason::StandardProcess:
        return tr("The first round was probably a screen. Expect deeper questions on the role "
                  "itself and stories that show how you work.");
    case RoundReason::ChoosingFinalists:
        return tr("You are being compared. Be ready to say what you can do from day one that "
                  "the other finalists cannot, with one or two concrete results.");
    case RoundReason::TeamFit:
        return tr("Your skills are accepted; now they want to know how you work with people. "
                  "Prepare stories about collaboration and conflict, and ask about the team's "
                  "habits.");
    case RoundReason::SeniorApproval:
        return tr("New people decide now, and each starts from zero. Restate your strongest "
                  "points briefly and connect them to what this person is responsible for.");
    case RoundReason::ClearDoubt:
        return tr("Something left a question open. Look at your notes for weak answers or "
                  "concerns, and prepare a short, honest answer that settles it.");
    case RoundReason::Unknown:
        break;
    }
    return tr("Ask the recruiter what this round is for and who will be there; it changes how "
              "to prepare.");
}

std::optional<RoundReason> RoundCatalog::reasonFromKey(const QString &value)
{
    for (RoundReason reason : reasons())
        if (key(reason) == value)
            return reason;
    return std::nullopt;
}

QStringList RoundCatalog::prepChecklist(bool peopleKnown)
{
    QStringList items;
    if (!peopleKnown)
        items << tr("Ask who will attend");
    items << tr("Review the notes from the previous round")
          << tr("Prepare three or four questions to ask them")
          << tr("Know your salary target and walk-away figure")
          << tr("Arrive (or log in) ten minutes early with copies of your resume")
          << tr("Afterwards: a short thank-you note to each person, within a day");
    return items;
}
