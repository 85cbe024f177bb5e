#include "ui/practice/RoundQuestionsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

RoundQuestionsDialog::RoundQuestionsDialog(const QString &roundName, const QList<Choice> &choices,
                                           const QList<qint64> &chosen, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Questions to ask"));
    auto *heading = new QLabel(tr("Questions to ask in %1 (at least three):").arg(roundName), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setBuddy(m_list);
    m_count->setTextFormat(Qt::PlainText);
    const auto add = [this](const Choice &choice, bool ticked) {
        const QString label = choice.audience.isEmpty()
                                  ? choice.text
                                  : tr("%1 (%2)").arg(choice.text, choice.audience);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, choice.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    };
    for (qint64 id : chosen) {
        for (const Choice &choice : choices) {
            if (choice.id == id)
                add(choice, true);
        }
    }
    for (const Choice &choice : choices) {
        if (!chosen.contains(choice.id))
            add(choice, false);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &RoundQuestionsDialog::updateCount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    updateCount();
    resize(640, 520);
}

QList<qint64> RoundQuestionsDialog::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void RoundQuestionsDialog::updateCount()
{
    const int count = int(chosen().size());
    QString text = tr("%n chosen", nullptr, count);
    if (count < 3)
        text += QStringLiteral(" · ") + tr("prepare at least three");
    m_count->setText(text);
}
