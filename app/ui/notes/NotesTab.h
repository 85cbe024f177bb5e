#pragma once

#include "ui/Tab.h"

#include <QPointer>

class FileSession;
class NotesFeature;
class NotesPage;
class QVBoxLayout;

// The Notes tab, third: every round's plan and debrief, and the prep sheet. Provides
// "open notes" and "print prep sheet" to the other tabs through RoundActions.
class NotesTab : public Tab
{
    Q_OBJECT

public:
    explicit NotesTab(const TabContext &context, QObject *parent = nullptr);
    ~NotesTab() override;

    QString title() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    QWidget *open(FileSession *session) override;
    void close() override;
    void firstShown() override;
    qint64 selectedRound() const override;
    qint64 selectedApplication() const override;

    // nullptr until the tab is first shown.
    NotesPage *page() const;
    QAction *printAction() const { return m_printAction; }

    // The round's prep sheet in a print preview: the given round, else the selected one,
    // else the next one ahead.
    void printPrepSheet(qint64 roundId);
    void showNotes(qint64 roundId);

private:
    FileSession *m_session = nullptr;
    NotesFeature *m_feature = nullptr;
    QPointer<QWidget> m_container;
    QVBoxLayout *m_layout = nullptr;
    QPointer<NotesPage> m_page;
    QAction *m_printAction;
    QAction *m_findAction;
};
