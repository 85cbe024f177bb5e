#pragma once

#include <QObject>

// What the practice views listen to: every command that changes questions, stories or the
// review history says so here once it has committed, and the lists re-select.
class PracticeSignals : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void errorOccurred(const QString &message);
    void questionsChanged();
    void storiesChanged();
    void reviewsChanged();
};
