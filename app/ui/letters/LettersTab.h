#pragma once

#include "ui/Tab.h"

#include <QPointer>

class LettersView;

// The thank-you letters, fifth tab. The page is made when a file opens, so drafts are
// proposed and the title counts the letters due from the start; the list is read when the
// tab is first shown.
class LettersTab : public Tab
{
    Q_OBJECT

public:
    explicit LettersTab(const TabContext &context, QObject *parent = nullptr);
    ~LettersTab() override;

    QString title() const override;
    QList<Menu> menus() const override;
    QWidget *open(FileSession *session) override;
    void close() override;
    void firstShown() override;
    void windowShown() override;
    qint64 selectedRound() const override;
    qint64 selectedApplication() const override;

    // nullptr while no file is open.
    LettersView *view() const;

private:
    QPointer<LettersView> m_view;
    int m_due = 0;
};
