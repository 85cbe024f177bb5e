#include "core/ical/IcsProperty.h"

#include "core/ical/IcsText.h"

#include <utility>

IcsProperty::IcsProperty(const QString &name, QString value, int line)
    : m_name(name.toUpper())
    , m_value(std::move(value))
    , m_line(line)
{}

bool IcsProperty::isValidName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                        (u >= u'0' && u <= u'9') || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<IcsProperty> IcsProperty::parse(QStringView line, int lineNumber, ParseError *error)
{
    auto fail = [error](ParseError reason) {
        if (error)
            *error = reason;
        return std::optional<IcsProperty>();
    };
    if (error)
        *error = ParseError::None;

    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size && line[i] != QLatin1Char(';') && line[i] != QLatin1Char(':'))
        ++i;
    if (i == size)
        return fail(ParseError::NoColon);
    const QStringView name = line.first(i);
    if (name.trimmed().isEmpty())
        return fail(ParseError::NoName);
    if (!isValidName(name))
        return fail(ParseError::BadName);

    IcsProperty property(name.toString(), QString(), lineNumber);
    while (line[i] == QLatin1Char(';')) {
        ++i;
        const qsizetype nameStart = i;
        while (i < size && line[i] != QLatin1Char('=') && line[i] != QLatin1Char(';') &&
               line[i] != QLatin1Char(':'))
            ++i;
        if (i == size)
            return fail(ParseError::NoColon);
        Parameter parameter;
        parameter.name = line.sliced(nameStart, i - nameStart).toString().toUpper();
        if (!isValidName(parameter.name))
            return fail(ParseError::BadParameter);
        // A parameter without "=value" breaks the grammar, but some programs write flags
        // that way; keeping it valueless loses nothing we use.
        if (line[i] == QLatin1Char('=')) {
            ++i;
            while (true) {
                if (i < size && line[i] == QLatin1Char('"')) {
                    const qsizetype close = line.indexOf(QLatin1Char('"'), i + 1);
                    if (close < 0)
                        return fail(ParseError::UnclosedQuote);
                    parameter.values.append(
                        IcsText::decodeParameterValue(line.sliced(i + 1, close - i - 1)));
                    i = close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < size && line[i] != QLatin1Char(',') && line[i] != QLatin1Char(';') &&
                           line[i] != QLatin1Char(':'))
                        ++i;
                    parameter.values.append(
                        IcsText::decodeParameterValue(line.sliced(valueStart, i - valueStart)));
                }
                if (i < size && line[i] == QLatin1Char(',')) {
                    ++i;
                    continue;
                }
                break;
            }
        }
        if (i == size)
            return fail(ParseError::NoColon);
        if (line[i] != QLatin1Char(';') && line[i] != QLatin1Char(':'))
            return fail(ParseError::BadParameter);
        property.m_parameters.append(std::move(parameter));
    }
    property.m_value = line.sliced(i + 1).toString();
    return property;
}

const IcsProperty::Parameter *IcsProperty::findParameter(QStringView name) const
{
    for (const Parameter &parameter : m_parameters) {
        if (parameter.name.compare(name, Qt::CaseInsensitive) == 0)
            return &parameter;
    }
    return nullptr;
}

bool IcsProperty::hasParameter(QStringView name) const
{
    return findParameter(name) != nullptr;
}

QString IcsProperty::parameter(QStringView name) const
{
    const Parameter *parameter = findParameter(name);
    return parameter ? parameter->values.join(QLatin1Char(',')) : QString();
}

void IcsProperty::addParameter(const QString &name, const QString &value)
{
    m_parameters.append(Parameter{name.toUpper(), QStringList{value}});
}

QString IcsProperty::toContentLine() const
{
    QString line = m_name;
    for (const Parameter &parameter : m_parameters) {
        line += QLatin1Char(';') + parameter.name + QLatin1Char('=');
        for (qsizetype i = 0; i < parameter.values.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += IcsText::encodeParameterValue(parameter.values[i]);
        }
    }
    line += QLatin1Char(':') + m_value;
    return line;
}
