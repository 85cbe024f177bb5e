#pragma once

#include "ui/Tab.h"

#include <QObject>

class FileSession;
class QAction;

// File > Import applications… and Export applications…, offered by the pipeline tab: the
// import reads a spreadsheet export, shows the preview and pushes one undo step; the
// export writes every application as CSV.
class SpreadsheetActions : public QObject
{
    Q_OBJECT

public:
    explicit SpreadsheetActions(const TabContext &tabContext, QObject *parent = nullptr);

    QList<QAction *> actions() const { return {m_importAction, m_exportAction}; }
    // The file the actions work on; nullptr when none is open.
    void setSession(FileSession *session);

    // The steps after the file dialogs, for the menu and for tests.
    void importFile(const QString &path);
    void exportTo(const QString &path);

    static QString fileFilter();

private:
    void chooseImportFile();
    void chooseExportFile();

    TabContext m_context;
    FileSession *m_session = nullptr;
    QAction *m_importAction;
    QAction *m_exportAction;
};
