#pragma once

#include <QWidget>

class NotesEditor;
class NotesFeature;
class NotesRoundList;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QStandardItemModel;
class QTimer;
class QTreeView;
class QUndoStack;
class RoundStore;

// The Notes tab's page: every round on the left (with a full-text search over all notes),
// the selected round's notes on the right.
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    NotesPage(NotesFeature *feature, RoundStore *rounds, QUndoStack *undoStack, bool readOnly,
              QWidget *parent = nullptr);

    // Reads the list again, keeping the selected round when it is still there.
    void reload();
    // Selects the round in the list and shows its notes.
    void showRound(qint64 roundId);
    void focusSearch();

    NotesEditor *editor() const { return m_editor; }
    QTreeView *roundView() const { return m_roundView; }
    QListView *resultView() const { return m_resultView; }
    QLineEdit *searchField() const { return m_search; }
    NotesRoundList *roundList() const { return m_list; }

signals:
    void errorOccurred(const QString &message);

private:
    void search();
    void openResult(const QModelIndex &index);
    void roundSelected(const QModelIndex &index);

    NotesFeature *m_feature;
    RoundStore *m_rounds;
    NotesRoundList *m_list;
    QStandardItemModel *m_results;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QStackedWidget *m_left;
    QTreeView *m_roundView;
    QListView *m_resultView;
    NotesEditor *m_editor;
};
