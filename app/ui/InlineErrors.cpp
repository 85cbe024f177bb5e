#include "ui/InlineErrors.h"

#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

namespace {

const char InvalidProperty[] = "invalid";

QColor errorColour(const QPalette &palette)
{
    // A dark red vanishes on a dark theme; a light one on a light theme.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb3, 0x26, 0x1e);
}

// A dynamic property only restyles a widget once its style sheet is applied anew.
void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

InlineErrors::InlineErrors(QWidget *form)
    : m_form(form)
{}

QWidget *InlineErrors::wrap(int field, QWidget *input, const QString &errorName)
{
    auto *cell = new QWidget(input->parentWidget());
    auto *error = new QLabel(cell);
    error->setObjectName(errorName);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(cell);
    layout->addWidget(input);
    layout->addWidget(error);
    add(field, input, error);
    return cell;
}

void InlineErrors::add(int field, QWidget *input, QLabel *error)
{
    // Messages quote what the user typed, so they are never read as markup.
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setForegroundRole(QPalette::WindowText);
    error->hide();
    m_views.insert(field, View{input, error});
    m_order.append(field);
}

void InlineErrors::show(const QHash<int, QString> &messages)
{
    for (auto view = m_views.cbegin(); view != m_views.cend(); ++view) {
        const QString text = messages.value(view.key());
        view->error->setText(text);
        view->error->setVisible(!text.isEmpty());
        if (!view->input)
            continue;
        // Screen readers announce the description when the field gets focus.
        view->input->setAccessibleDescription(text);
        const bool invalid = !text.isEmpty();
        if (view->input->property(InvalidProperty).toBool() != invalid) {
            view->input->setProperty(InvalidProperty, invalid);
            repolish(view->input);
        }
    }
}

QString InlineErrors::message(int field) const
{
    const auto view = m_views.constFind(field);
    return view == m_views.cend() ? QString() : view->error->text();
}

bool InlineErrors::isEmpty() const
{
    for (const View &view : m_views) {
        if (!view.error->text().isEmpty())
            return false;
    }
    return true;
}

bool InlineErrors::focusFirst() const
{
    for (int field : m_order) {
        const View view = m_views.value(field);
        if (view.error->text().isEmpty() || !view.input)
            continue;
        for (QWidget *inner = view.input; inner; inner = inner->parentWidget()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(inner->parentWidget()
                                                            ? inner->parentWidget()->parentWidget()
                                                            : nullptr)) {
                const int page = tabs->indexOf(inner);
                if (page >= 0)
                    tabs->setCurrentIndex(page);
            }
        }
        view.input->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(view.input))
            edit->selectAll();
        return true;
    }
    return false;
}

QColor InlineErrors::colour(const QPalette &palette)
{
    return errorColour(palette);
}

void InlineErrors::updateColours(const QString &extraSheet)
{
    const QColor colour = errorColour(m_form->palette());
    for (const View &view : std::as_const(m_views)) {
        QPalette labelPalette = view.error->palette();
        labelPalette.setColor(QPalette::WindowText, colour);
        view.error->setPalette(labelPalette);
    }
    // Only widgets marked invalid match, so valid ones keep their native look.
    const QString sheet =
        QStringLiteral("QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], "
                       "QDateEdit[invalid=\"true\"], QTimeEdit[invalid=\"true\"], "
                       "QSpinBox[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"] "
                       "{ border: 1px solid %1; border-radius: 2px; padding: 1px 2px; }")
            .arg(colour.name()) +
        extraSheet;
    if (m_form->styleSheet() != sheet)
        m_form->setStyleSheet(sheet);
}
