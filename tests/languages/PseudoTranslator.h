#pragma once

#include <QTranslator>

// Stands for a language whose translation is complete, independent of how far the shipped
// translations are: every text comes back marked "⟦…⟧".
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        return source.isEmpty() ? QString() : QStringLiteral("⟦%1⟧").arg(source);
    }
    bool isEmpty() const override { return false; }
};
