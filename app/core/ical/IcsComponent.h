#pragma once

#include "core/ical/IcsProperty.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// A BEGIN:NAME ... END:NAME block with its properties and nested blocks, as read from a file,
// before any meaning is given to it.
class IcsComponent
{
public:
    IcsComponent() = default;
    explicit IcsComponent(QString name, int beginLine)
        : m_name(std::move(name))
        , m_beginLine(beginLine)
    {}

    const QString &name() const { return m_name; }
    int beginLine() const { return m_beginLine; }
    int endLine() const { return m_endLine; }
    void setEndLine(int line) { m_endLine = line; }

    const QList<IcsProperty> &properties() const { return m_properties; }
    void addProperty(IcsProperty property) { m_properties.append(std::move(property)); }

    const QList<IcsComponent> &components() const { return m_components; }
    void addComponent(IcsComponent component) { m_components.append(std::move(component)); }

    // The first property of that name, or nullptr; repeated single-value properties are
    // invalid anyway, and the first one is what other readers show too.
    const IcsProperty *property(QStringView name) const
    {
        for (const IcsProperty &candidate : m_properties) {
            if (candidate.name() == name)
                return &candidate;
        }
        return nullptr;
    }

    QList<const IcsProperty *> propertiesNamed(QStringView name) const
    {
        QList<const IcsProperty *> found;
        for (const IcsProperty &candidate : m_properties) {
            if (candidate.name() == name)
                found.append(&candidate);
        }
        return found;
    }

    QList<const IcsComponent *> componentsNamed(QStringView name) const
    {
        QList<const IcsComponent *> found;
        for (const IcsComponent &candidate : m_components) {
            if (candidate.name() == name)
                found.append(&candidate);
        }
        return found;
    }

private:
    QString m_name;
    int m_beginLine = 0;
    int m_endLine = 0;
    QList<IcsProperty> m_properties;
    QList<IcsComponent> m_components;
};
