#pragma once

#include "core/Result.h"

#include <QObject>

#include <memory>
#include <typeindex>
#include <vector>

class BoardModel;
class Database;
class PipelineStore;
class RoundSignals;
class RoundStore;

// One open file: the connection, the stores, the models and the change signals, made
// together and torn down in one place, in reverse order of making. Nothing that refers to
// the file outlives it, and nothing else owns any part of it.
class FileSession : public QObject
{
    Q_OBJECT

public:
    // Opens (or creates) the file and reads the board; on failure nothing is kept open and
    // the reason is given.
    // The window passes IntegrityLater and calls database().verifyIntegrity() once it is
    // shown (see Database::Options::deferIntegrityCheck).
    enum class Integrity { CheckNow, CheckLater };
    static Result<std::unique_ptr<FileSession>> open(const QString &path,
                                                     Integrity integrity = Integrity::CheckNow);
    // For tests and the window-less commands that already hold an open Database; the board
    // is empty until board()->reload().
    explicit FileSession(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~FileSession() override;

    Database &database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }
    bool isReadOnly() const;
    QString path() const;

    PipelineStore *pipeline() const { return m_pipeline.get(); }
    RoundStore *rounds() const { return m_rounds.get(); }
    BoardModel *board() const { return m_board.get(); }
    RoundSignals *roundSignals() const { return m_roundSignals.get(); }

    // A feature's own store or model (T is constructed from FileSession &), made on first
    // use and torn down with the session before the stores above, latest first. This is how
    // a new tab brings its own store without an edit here.
    template<class T> T *part()
    {
        const std::type_index type(typeid(T));
        for (const auto &held : m_parts)
            if (held->type == type)
                return static_cast<T *>(held->object());
        auto holder = std::make_unique<Holder<T>>(*this);
        T *object = holder->value.get();
        m_parts.push_back(std::move(holder));
        return object;
    }

    // Everything was changed behind the views' backs (sample data, a whole import): every
    // model reloads and every tab refreshes.
    void notifyEverythingChanged();

signals:
    void errorOccurred(const QString &message);
    void everythingChanged();

private:
    struct Part
    {
        explicit Part(std::type_index t)
            : type(t)
        {}
        virtual ~Part() = default;
        virtual void *object() = 0;
        std::type_index type;
    };
    template<class T> struct Holder : Part
    {
        explicit Holder(FileSession &session)
            : Part(std::type_index(typeid(T)))
            , value(std::make_unique<T>(session))
        {}
        void *object() override { return value.get(); }
        std::unique_ptr<T> value;
    };

    std::shared_ptr<Database> m_database;
    std::unique_ptr<PipelineStore> m_pipeline;
    std::unique_ptr<RoundStore> m_rounds;
    std::unique_ptr<RoundSignals> m_roundSignals;
    std::unique_ptr<BoardModel> m_board;
    std::vector<std::unique_ptr<Part>> m_parts;
};
