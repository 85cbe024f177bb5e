#pragma once

#include "core/notes/NotesStore.h"

#include <QObject>

#include <memory>

class Database;
class FileSession;

// The notes feature's part of an open file (session->part<NotesFeature>()): its store and the
// signal every view of notes listens to, whichever command changed them.
class NotesFeature : public QObject
{
    Q_OBJECT

public:
    explicit NotesFeature(FileSession &session);
    explicit NotesFeature(std::shared_ptr<Database> database);

    NotesStore *store() { return &m_store; }

    // roundId 0: notes of many rounds changed.
    void notifyChanged(qint64 roundId) { emit notesChanged(roundId); }
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void notesChanged(qint64 roundId);
    void errorOccurred(const QString &message);

private:
    NotesStore m_store;
};
