#pragma once

#include "core/practice/PracticeTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The form for one story in STAR form, with its word count and speaking time.
class StoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StoryDialog(const StoryFields &fields, QWidget *parent = nullptr);

    StoryFields fields() const;
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *actionEdit() const { return m_action; }
    QLabel *speakingLabel() const { return m_speaking; }

    void accept() override;
    void reject() override;

private:
    void updateSpeakingTime();

    StoryFields m_initial;
    QLineEdit *m_title;
    QPlainTextEdit *m_situation;
    QPlainTextEdit *m_task;
    QPlainTextEdit *m_action;
    QPlainTextEdit *m_result;
    QLineEdit *m_measurable;
    QLineEdit *m_skills;
    QLabel *m_speaking;
    QLabel *m_error;
};
