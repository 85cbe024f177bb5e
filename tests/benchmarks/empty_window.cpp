#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

// The yardstick for start-up time: an empty Qt Widgets window that quits as soon as it has
// been painted once, as `secondround --quit-when-shown` does. With --text the window shows one
// line of text, which is what loads the fonts: an empty window never reads them (Qt reads the
// font configuration only while it shuts down).
class QuitOnPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Applications")));
    QuitOnPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
