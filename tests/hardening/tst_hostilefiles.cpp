#include "FakePrompter.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "core/ical/IcsReader.h"
#include "ui/MainWindow.h"

#include <QMenu>
#include <QMenuBar>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QUrl>

namespace {

// The menu entry a user would pick, searched through the window's menus.
QAction *actionNamed(QMainWindow *window, const QString &text)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (!menu->menu())
            continue;
        const QList<QAction *> entries = menu->menu()->actions();
        for (QAction *entry : entries)
            if (entry->text() == text)
                return entry;
    }
    return nullptr;
}

} // namespace

// Invitations built to hurt, reaching the window by every road a user has: the File menu
// and a drop. The refusal is the same, nothing is written, nothing crashes.
class TestHostileFiles : public WindowTestCase
{
    Q_OBJECT

private:
    QString writeNestedInvitation(int depth)
    {
        QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                          "DTSTART:20261201T100000Z\r\n";
        for (int i = 0; i < depth; ++i)
            data += "BEGIN:X\r\n";
        for (int i = 0; i < depth; ++i)
            data += "END:X\r\n";
        data += "END:VEVENT\r\nEND:VCALENDAR\r\n";
        const QString path = m_file->dir.filePath(QStringLiteral("nested.ics"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("could not write the invitation");
        return path;
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void deeplyNestedInvitationRefusedFromMenuAndDrop()
    {
        m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        const QString path = writeNestedInvitation(100000);
        QVERIFY(QFileInfo(path).size() > 1500000);
        QVERIFY(openWindow(QSize(1200, 800)));
        const QStringList before = m_file->dump();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            dialog.accept();
            return dialog.result();
        };

        // File > Import invitation.
        m_prompter->fileAnswer = path;
        QAction *import = actionNamed(m_window.get(), QStringLiteral("&Import invitation (.ics)…"));
        QVERIFY(import);
        import->trigger();
        QCOMPARE(m_prompter->errors.size(), 1);
        const QString fromMenu = m_prompter->errors.first();
        const QString expectedLine = QStringLiteral("Line %1: ").arg(5 + IcsReader::MaxNesting - 2);
        QVERIFY2(fromMenu.contains(expectedLine), qPrintable(fromMenu));
        QVERIFY2(fromMenu.contains(QStringLiteral("nothing was changed")), qPrintable(fromMenu));
        QCOMPARE(m_file->dump(), before);

        // The same file dropped on the window.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE(m_prompter->errors.size(), 2);
        QCOMPARE(m_prompter->errors.at(1), fromMenu);
        QCOMPARE(m_file->dump(), before);
    }
};

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
