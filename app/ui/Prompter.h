#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QDialog;
class QWidget;

// Every question the app asks the user goes through here, so GUI tests can answer in
// advance instead of blocking on a modal dialog.
class Prompter
{
public:
    virtual ~Prompter() = default;

    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &initial) = 0;
    virtual std::optional<int> choose(QWidget *parent, const QString &title, const QString &label,
                                      const QStringList &items, int current) = 0;
    // Runs a modal dialog and returns its result code.
    virtual int run(QDialog &dialog) = 0;

    // The question every form asks before throwing away what the user typed.
    bool confirmDiscardTyping(QWidget *parent);

    static Prompter &instance();
    // Tests install their own; nullptr restores the real one.
    static void setInstance(Prompter *prompter);
};

class WidgetPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                const QString &initial) override;
    std::optional<int> choose(QWidget *parent, const QString &title, const QString &label,
                              const QStringList &items, int current) override;
    int run(QDialog &dialog) override;
};
