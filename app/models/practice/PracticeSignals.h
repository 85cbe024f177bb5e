#pragma once

#include <QObject>

// What the practice views listen to: every command that changes questions, stories or the
// review history says so here once it has committed, and the lists re-select.
class PracticeSignals : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // For FileSession::part<PracticeSignals>(): one per open file, shared by every tab that
    // changes practice data (the notes tab's "practise this" included).
    template<class Session>
    requires requires(Session &s) { s.sharedDatabase(); }
    explicit PracticeSignals(Session &)
        : QObject(nullptr)
    {}

    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void errorOccurred(const QString &message);
    void questionsChanged();
    void storiesChanged();
    void reviewsChanged();
};
