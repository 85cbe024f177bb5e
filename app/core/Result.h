#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

// Errors are values: every fallible operation returns one of these, and [[nodiscard]]
// makes the compiler complain where a caller forgets to look.
class [[nodiscard]] Status
{
public:
    static Status success() { return Status(); }
    // A failure always says why: an empty message becomes a generic one rather than a
    // failure that reads like nothing happened.
    static Status failure(QString message)
    {
        if (message.isEmpty())
            message = QCoreApplication::translate("Status", "Something went wrong.");
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
    // Only a failure converts: a success Status carries no value to hold.
    Result(const Status &failure)
        : m_error(failure.error())
    {
        Q_ASSERT_X(!failure.ok(), "Result", "a success Status cannot become a Result");
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Status", "Something went wrong.");
    }

    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    const T &value() const
    {
        Q_ASSERT_X(ok(), "Result::value", "read the value of a failed result");
        return *m_value;
    }
    T &value()
    {
        Q_ASSERT_X(ok(), "Result::value", "read the value of a failed result");
        return *m_value;
    }
    T take()
    {
        Q_ASSERT_X(ok(), "Result::take", "took the value of a failed result");
        return std::move(*m_value);
    }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};
