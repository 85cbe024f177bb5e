#include "ui/ics/IcsDropWatcher.h"

#include "ui/ics/IcsActions.h"

#include <QApplication>
#include <QDropEvent>
#include <QTimer>
#include <QWidget>

IcsDropWatcher::IcsDropWatcher(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_window->setAcceptDrops(true);
    qApp->installEventFilter(this);
}

IcsDropWatcher::~IcsDropWatcher()
{
    qApp->removeEventFilter(this);
}

bool IcsDropWatcher::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_window || widget->window() != m_window)
        return false;
    auto *drag = static_cast<QDropEvent *>(event);
    const QStringList files = IcsActions::calendarFilesIn(drag->mimeData());
    if (files.isEmpty())
        return false;
    drag->acceptProposedAction();
    if (type == QEvent::Drop) {
        // Let the drop finish before a modal dialog opens.
        QTimer::singleShot(0, this, [this, files] { emit filesDropped(files); });
    }
    return true;
}
