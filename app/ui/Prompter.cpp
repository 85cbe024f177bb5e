#include "ui/Prompter.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {
Prompter *&installed()
{
    static Prompter *prompter = nullptr;
    return prompter;
}
} // namespace

Prompter &Prompter::instance()
{
    static WidgetPrompter real;
    return installed() ? *installed() : real;
}

bool Prompter::confirmDiscardTyping(QWidget *parent)
{
    return confirm(parent, QCoreApplication::translate("Prompter", "Discard changes?"),
                   QCoreApplication::translate("Prompter", "You have typed into this form. Close "
                                                           "it and lose what you typed?"),
                   QCoreApplication::translate("Prompter", "Discard"));
}

void Prompter::setInstance(Prompter *prompter)
{
    installed() = prompter;
}

bool WidgetPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void WidgetPrompter::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void WidgetPrompter::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString WidgetPrompter::openFileName(QWidget *parent, const QString &title,
                                     const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString WidgetPrompter::saveFileName(QWidget *parent, const QString &title,
                                     const QString &directory, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

std::optional<QString> WidgetPrompter::text(QWidget *parent, const QString &title,
                                            const QString &label, const QString &initial)
{
    bool ok = false;
    const QString value =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<int> WidgetPrompter::choose(QWidget *parent, const QString &title,
                                          const QString &label, const QStringList &items,
                                          int current)
{
    bool ok = false;
    const QString value = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(value));
}

int WidgetPrompter::run(QDialog &dialog)
{
    return dialog.exec();
}
