#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

// Choosing the questions to ask them in one round: every question to ask in the bank with
// who it suits, the chosen ones ticked and first, in the order they will be asked.
class RoundQuestionsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString text;
        QString audience; // shown beside the text
    };

    RoundQuestionsDialog(const QString &roundName, const QList<Choice> &choices,
                         const QList<qint64> &chosen, QWidget *parent = nullptr);

    QList<qint64> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    void updateCount();

    QListWidget *m_list;
    QLabel *m_count;
};
