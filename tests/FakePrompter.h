#pragma once

#include "ui/Prompter.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <functional>

// Answers every question in advance, so GUI tests never block on a modal dialog.
class FakePrompter : public Prompter
{
public:
    FakePrompter() { Prompter::setInstance(this); }
    ~FakePrompter() override { Prompter::setInstance(nullptr); }

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions << text;
        return confirmAnswer;
    }
    void error(QWidget *, const QString &, const QString &text) override { errors << text; }
    void information(QWidget *, const QString &, const QString &text) override
    {
        informations << text;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    std::optional<QString> text(QWidget *, const QString &, const QString &label,
                                const QString &) override
    {
        questions << label;
        return textAnswer;
    }
    std::optional<int> choose(QWidget *, const QString &, const QString &label,
                              const QStringList &items, int) override
    {
        questions << label;
        offered = items;
        return chooseAnswer;
    }
    int run(QDialog &dialog) override
    {
        dialog.show();
        return dialogHandler ? dialogHandler(dialog) : int(QDialog::Rejected);
    }

    bool confirmAnswer = true;
    QString fileAnswer;
    std::optional<QString> textAnswer;
    std::optional<int> chooseAnswer;
    std::function<int(QDialog &)> dialogHandler;
    QStringList errors;
    QStringList informations;
    QStringList questions;
    QStringList offered;
};
