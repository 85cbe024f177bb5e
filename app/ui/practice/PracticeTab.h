#pragma once

#include "ui/Tab.h"

#include <QPointer>

class PracticePage;
class PracticeStore;
class QAction;
class QVBoxLayout;

// Question practice, the fourth tab: the question and story banks, timed practice with
// spaced repetition toward the next interviews, readiness and progress. Its page is built
// and read the first time the tab is shown.
class PracticeTab : public Tab
{
    Q_OBJECT

public:
    explicit PracticeTab(const TabContext &context, QObject *parent = nullptr);
    ~PracticeTab() override;

    QString title() const override;
    QList<Menu> menus() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    QWidget *open(FileSession *session) override;
    void close() override;
    void firstShown() override;

    // nullptr until the tab is first shown.
    PracticePage *page() const;

private:
    PracticePage *ensurePage();

    FileSession *m_session = nullptr;
    PracticeStore *m_store = nullptr;
    QPointer<QWidget> m_container;
    QVBoxLayout *m_layout = nullptr;
    QPointer<PracticePage> m_page;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_ankiAction;
};
