#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QColor;
class QLabel;
class QPalette;
class QWidget;

// The red message under each form field, shared by every form (application, round, person): the
// same look, colours that stay readable on light and dark themes, and the message read
// out by screen readers when the field gets focus. Fields are identified by an int so
// each form can use its own enum.
class InlineErrors
{
public:
    explicit InlineErrors(QWidget *form);

    // Puts input in a cell with a hidden error label (objectName errorName) below it and
    // returns the cell for the layout. The order of calls is the focus order of errors.
    QWidget *wrap(int field, QWidget *input, const QString &errorName);
    // Registers an existing label as the error label of a field shown elsewhere; input
    // may be null for a message about the form as a whole.
    void add(int field, QWidget *input, QLabel *error);

    // Shows exactly these messages; fields not listed are cleared.
    void show(const QHash<int, QString> &messages);
    QString message(int field) const;
    bool isEmpty() const;
    // The order in which errors take focus, when it differs from the order of wrap() calls.
    void setOrder(const QList<int> &fields) { m_order = fields; }
    // Focuses the first field that shows a message, bringing forward the tab page that holds
    // it; false when none does.
    bool focusFirst() const;
    // Follows the palette: call from the form's changeEvent on PaletteChange. extraSheet is
    // the form's own style sheet, kept after the error rules.
    void updateColours(const QString &extraSheet = QString());
    // The colour error text takes on this palette, readable on light and dark themes.
    static QColor colour(const QPalette &palette);

private:
    struct View
    {
        QWidget *input = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *m_form;
    QHash<int, View> m_views;
    QList<int> m_order;
};
