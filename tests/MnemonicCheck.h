#pragma once

#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>

// Alt+letter reaches a tab, opens a menu or jumps to a field of the page in front, and a
// letter inside an open menu picks its entry: no two of those visible at once may share a
// letter, or Qt picks neither. Returns one line per clash (empty when there is none), checked
// with each tab in front, since the menus and the page follow it. Used for every shipped
// language: a translation picks its own letters.
class MnemonicCheck
{
public:
    static QStringList clashes(MainWindow &window)
    {
        QStringList found;
        QTabWidget *tabs = window.tabs();
        const int front = tabs->currentIndex();
        for (int shown = 0; shown < tabs->count(); ++shown) {
            tabs->setCurrentIndex(shown);
            const QString where = QStringLiteral("with tab %1 in front").arg(shown);
            checkWindow(window, where, found);
            // A page's own tabs (the notes' plan and debrief) show one part at a time.
            const QList<QTabWidget *> inner = tabs->currentWidget()->findChildren<QTabWidget *>();
            for (QTabWidget *parts : inner) {
                if (!parts->isVisibleTo(&window))
                    continue;
                const int was = parts->currentIndex();
                for (int part = 0; part < parts->count(); ++part) {
                    parts->setCurrentIndex(part);
                    checkWindow(window, QStringLiteral("%1, part %2").arg(where).arg(part), found);
                }
                parts->setCurrentIndex(was);
            }
        }
        tabs->setCurrentIndex(front);
        found.removeDuplicates();
        return found;
    }

    // The same for a dialog: its fields and buttons, each part of a tabbed dialog in turn.
    static QStringList dialogClashes(QWidget &dialog, const QString &name)
    {
        QStringList found;
        const QString where = QStringLiteral("dialog %1").arg(name);
        checkFields(dialog, dialog, where, found);
        for (QTabWidget *parts : dialog.findChildren<QTabWidget *>()) {
            if (!parts->isVisibleTo(&dialog))
                continue;
            const int was = parts->currentIndex();
            for (int part = 1; part < parts->count(); ++part) {
                parts->setCurrentIndex(part);
                checkFields(dialog, dialog, QStringLiteral("%1, part %2").arg(where).arg(part),
                            found);
            }
            parts->setCurrentIndex(was);
        }
        found.removeDuplicates();
        return found;
    }

private:
    class Claims;

    static void checkFields(QWidget &root, QWidget &visibleTo, const QString &where,
                            QStringList &found)
    {
        Claims claims(where, found);
        claimFields(root, visibleTo, claims);
    }

    static void claimFields(QWidget &root, QWidget &visibleTo, Claims &claims)
    {
        const QList<QWidget *> widgets = root.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&visibleTo))
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                claims.claim(label->text(), false);
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                claims.claim(button->text(), false);
            else if (auto *bar = qobject_cast<QTabBar *>(widget))
                for (int tab = 0; tab < bar->count(); ++tab)
                    if (bar->isTabVisible(tab))
                        claims.claim(bar->tabText(tab), false);
        }
    }

    static void checkWindow(MainWindow &window, const QString &where, QStringList &found)
    {
        QTabWidget *tabs = window.tabs();
        Claims claims(where, found);
        for (int tab = 0; tab < tabs->count(); ++tab)
            claims.claim(tabs->tabText(tab), true);
        for (QAction *action : window.menuBar()->actions())
            if (action->isVisible()) {
                claims.claim(action->text(), true);
                if (action->menu())
                    checkMenu(action->menu(), where, found);
            }
        claimFields(*tabs->currentWidget(), window, claims);
    }

    class Claims
    {
    public:
        Claims(QString where, QStringList &found)
            : m_where(std::move(where))
            , m_found(found)
        {}
        // required: a tab or menu title, which must have a letter of its own.
        void claim(const QString &text, bool required)
        {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty()) {
                if (required)
                    m_found << QStringLiteral("%1: \"%2\" has no letter").arg(m_where, text);
                return;
            }
            if (m_owners.contains(key))
                m_found << QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                               .arg(m_where, m_owners.value(key), text, key.toString());
            else
                m_owners.insert(key, text);
        }

    private:
        QString m_where;
        QStringList &m_found;
        QHash<QKeySequence, QString> m_owners;
    };

    static void checkMenu(QMenu *menu, const QString &where, QStringList &found)
    {
        // Menus fill some entries (recent files, undo texts) when they open.
        emit menu->aboutToShow();
        Claims entries(QStringLiteral("%1, menu \"%2\"").arg(where, menu->title()), found);
        for (QAction *action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            entries.claim(action->text(), false);
            if (action->menu())
                checkMenu(action->menu(), where, found);
        }
    }
};
