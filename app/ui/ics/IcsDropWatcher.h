#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

// Invitations dropped anywhere in the window are imported. Views that take drops of their
// own (board columns, the month grid) would swallow a dropped invitation; watching every
// drop in the application lets it through to the import wherever it lands in this window.
class IcsDropWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IcsDropWatcher(QWidget *window, QObject *parent = nullptr);
    ~IcsDropWatcher() override;

signals:
    // Emitted after the drop has finished, so a modal dialog may open.
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
};
