#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values: every fallible operation returns one of these, and [[nodiscard]]
// makes the compiler complain where a caller forgets to look.
class [[nodiscard]] Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status status;
        status.m_failed = true;
        status.m_error = std::move(message);
        return status;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(const Status &failure)
        : m_error(failure.error())
    {}

    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};
