#include "ui/Prompter.h"
#include "ui/text/SingleLineValidator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
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

namespace {

// The label often names user text (a stage, an application): never markup.
void plainLabels(QInputDialog &dialog)
{
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

} // namespace

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
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    plainLabels(dialog);
    // Every text asked this way (stage names) is one line.
    if (auto *edit = dialog.findChild<QLineEdit *>())
        SingleLineValidator::install(edit);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<int> WidgetPrompter::choose(QWidget *parent, const QString &title,
                                          const QString &label, const QStringList &items,
                                          int current)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setLabelText(label);
    if (current >= 0 && current < items.size())
        dialog.setTextValue(items.at(current));
    plainLabels(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    // The index, not the text: two applications may read the same.
    if (const auto *combo = dialog.findChild<QComboBox *>())
        return combo->currentIndex();
    return int(items.indexOf(dialog.textValue()));
}

int WidgetPrompter::run(QDialog &dialog)
{
    return dialog.exec();
}
