#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// One content line: NAME;PARAM=value,value;...:VALUE (RFC 5545 3.1). Names are kept in
// upper case because the standard makes them case-insensitive.
class IcsProperty
{
public:
    struct Parameter
    {
        QString name;
        QStringList values;
    };

    enum class ParseError {
        None,
        NoColon,
        NoName,
        BadName,
        UnclosedQuote,
        BadParameter,
    };

    IcsProperty() = default;
    explicit IcsProperty(const QString &name, QString value = QString(), int line = 0);

    // Parses one unfolded line; the value is returned raw (still escaped) because only the
    // property's type decides how to decode it.
    static std::optional<IcsProperty> parse(QStringView line, int lineNumber, ParseError *error);

    const QString &name() const { return m_name; }
    const QString &value() const { return m_value; }
    int line() const { return m_line; }
    const QList<Parameter> &parameters() const { return m_parameters; }

    bool hasParameter(QStringView name) const;
    // All values of the parameter joined by commas; empty when absent.
    QString parameter(QStringView name) const;
    void addParameter(const QString &name, const QString &value);

    // The unfolded line, ready to be UTF-8 encoded and folded.
    QString toContentLine() const;

    static bool isValidName(QStringView name);

private:
    const Parameter *findParameter(QStringView name) const;

    QString m_name;
    QList<Parameter> m_parameters;
    QString m_value;
    int m_line = 0;
};
