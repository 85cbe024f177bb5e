#pragma once

#include "core/Result.h"
#include "core/letters/LetterTypes.h"

#include <QDialog>

#include <functional>

class LetterStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

// The letter templates: the shipped ones (editable) and the user's own. Each save, new
// template or deletion is one undo step on the window's stack.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    TemplatesDialog(LetterStore *store, QUndoStack *undoStack, bool readOnly,
                    const QString &language, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *occasionBox() const { return m_occasion; }

    // Saves the template shown (one undo step); false with the reason shown when refused.
    bool saveCurrent();
    void addTemplate();
    void deleteCurrent();

protected:
    void done(int result) override;

private:
    void reload(qint64 selectId);
    void showCurrent();
    LetterTemplate edited() const;
    bool isModified() const;
    // The template's id, or 0 when the change was refused (the reason is shown).
    qint64 push(qint64 id, const QString &text, std::function<Result<qint64>()> change);

    LetterStore *m_store;
    QUndoStack *m_undoStack;
    bool m_readOnly;
    QString m_windowLanguage; // "de": its templates are listed first
    QList<LetterTemplate> m_templates;
    int m_shown = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_language;
    QComboBox *m_occasion;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_add;
    QPushButton *m_delete;
};
