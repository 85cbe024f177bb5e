#include "ui/text/PlaceholderWidth.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

void PlaceholderWidth::fit(QLineEdit *edit)
{
    // What QLineEdit::paintEvent() leaves for the text: the frame on each side, then the
    // text and contents margins and its own two pixels on each side (and a few pixels of room
    // against rounding).
    QStyleOptionFrame option;
    option.initFrom(edit);
    const int frame = edit->hasFrame()
                          ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                          : 0;
    const QMargins margins = edit->textMargins() + edit->contentsMargins();
    const int width = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame +
                      margins.left() + margins.right() + 2 * 2 + 6;
    edit->setMinimumWidth(std::max(edit->minimumWidth(), width));
}
