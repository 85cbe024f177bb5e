#pragma once

#include "core/practice/PracticeTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// The form for one question: category (and, for questions to ask, who it suits), the text,
// the answer with its word count and speaking time, tags, and the linked stories.
class QuestionDialog : public QDialog
{
    Q_OBJECT

public:
    QuestionDialog(const QuestionFields &fields, const QList<StoryInfo> &stories,
                   QWidget *parent = nullptr);

    QuestionFields fields() const;
    bool isModified() const { return fields().text != m_initial.text || fieldsChanged(); }

    QLineEdit *textEdit() const { return m_text; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    QComboBox *categoryBox() const { return m_category; }
    QLabel *speakingLabel() const { return m_speaking; }
    QListWidget *storyList() const { return m_stories; }

    void accept() override;
    void reject() override;

private:
    bool fieldsChanged() const;
    void updateSpeakingTime();
    void updateAudience();

    QuestionFields m_initial;
    QComboBox *m_category;
    QComboBox *m_audience;
    QLineEdit *m_text;
    QPlainTextEdit *m_answer;
    QLabel *m_speaking;
    QLineEdit *m_tags;
    QListWidget *m_stories;
    QLabel *m_error;
};
