#pragma once

#include <QObject>

// Tells every view showing rounds or people (board cards, calendar, dialogs) that the
// file changed under them, whichever command changed it.
class RoundSignals : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void notifyRoundsChanged() { emit roundsChanged(); }
    void notifyPeopleChanged() { emit peopleChanged(); }
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void roundsChanged();
    void peopleChanged();
    void errorOccurred(const QString &message);
};
