#pragma once

#include "core/NoActivityRule.h"
#include "core/PipelineStore.h"
#include "core/PipelineTypes.h"
#include "core/Result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

// Custom: a tree of stages and their cards, with moves and drops, is no SQL result.
// The pipeline board as a two-level model: top-level rows are stages (left to right),
// their children are the cards in that stage, top to bottom. Each board column is a
// view whose root is one stage. The model mirrors the database: every mutation goes
// through PipelineStore first and is applied here only once it is committed.
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IsStageRole,
        StageIdRole,
        CompanyRole,
        JobRole,
        LocationRole,
        SalaryTextRole,
        DaysInStageRole,
        StaleRole,
        ClosedRole,
        VisibleCountRole,
        TotalCountRole,
        NextRoundTextRole, // "Round 2 · Tue 14:00", empty when none is scheduled
        ReadinessTextRole, // the next round's checklist progress ("Prep 5/9"), or empty
        ThankYouDueRole,   // bool: a thank-you letter of an ended round is not sent yet
    };
    static constexpr int StaleAfterDays = NoActivityRule::QuietDays;
    static QString mimeType();

    explicit BoardModel(PipelineStore *store, QObject *parent = nullptr);

    // Cards per column read before the board is first painted: a screenful on a tall screen
    // (a card is about 90 pixels high). Each card read costs page reads scattered over the
    // file, so no more than can be seen.
    static constexpr int FirstPage = 16;

    PipelineStore *store() const { return m_store; }
    // Reads the stages and the first FirstPage cards of each column (with every column's
    // count), so the window appears as fast on a file of 10,000 applications as on a small
    // one; the rest comes with completeInBackground(), or at once before any change or
    // filter. An unfiltered board is then partly read: the counts are whole, the columns
    // are not yet.
    Status reload();
    // Once the window is painted: reads the rest of the board now, and after every later
    // reload, in a thread of its own; it goes in below the cards shown, nothing moves.
    void completeInBackground();
    // Reads the rest of the board here and now (what every change does first).
    Status ensureComplete();
    bool isComplete() const { return m_complete; }

    int stageCount() const { return int(m_columns.size()); }
    StageInfo stageAt(int stageRow) const;
    int stageRow(qint64 stageId) const;
    QModelIndex stageIndex(int stageRow) const;
    QModelIndex cardIndex(qint64 applicationId) const;
    qint64 cardId(const QModelIndex &index) const;
    bool isCard(const QModelIndex &index) const;
    int totalCards() const;
    int visibleCards() const;

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);

    // Mutations the undo commands make. Each writes to the database first.
    Result<QList<CardMove>> moveCards(const QList<qint64> &ids, qint64 toStageId, qint64 beforeId);
    Status revertMoves(const QList<CardMove> &moves);
    Status insertCardsFromStore(QList<qint64> ids);
    void removeCards(const QList<qint64> &ids);
    Status refreshCard(qint64 applicationId);
    // Rounds changed somewhere: re-read every card's next round, keeping the rest.
    Status refreshNextRounds();

    // What other features know about the cards, each set in one go for the whole board by
    // the feature that reads it (one query for all cards). Kept apart from the cards, so
    // reloading and moving cards leave it alone. Keys are application ids.
    void setReadinessTexts(QHash<qint64, QString> texts);
    // One card's (an empty text takes the pill away), repainting that card only.
    void setReadinessText(qint64 applicationId, const QString &text);
    void setThankYouDue(QSet<qint64> applicationIds);

    // Which card a drop at a visible row of a stage lands before (0: the end),
    // skipping the cards being moved.
    qint64 anchorForDrop(int stageRow, int visibleRow, const QList<qint64> &moving) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    static QList<qint64> idsFromMime(const QMimeData *data);

    // Lets undo commands, which have nowhere to show a message, reach the window.
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void errorOccurred(const QString &message);
    // Applications came onto or left the board (added, archived, deleted, put back) —
    // unlike filtering, which only hides cards.
    void applicationsChanged();
    // A drop asks for a move; the board turns it into an undoable command.
    void moveRequested(const QList<qint64> &ids, qint64 toStageId, qint64 beforeId);
    // A partly read board has been read whole.
    void completed();

private:
    struct Card
    {
        CardInfo info;
        QString haystack; // null until a filter needs it
        bool visible = true;
    };
    struct Column
    {
        StageInfo stage;
        QList<Card> cards;
        QList<int> visible; // indices into cards, in order
        int unread = 0;     // cards of the stage below those read (see reload())
    };

    bool matches(Card &card) const;
    static QString haystackFor(const CardInfo &info);
    void rebuildVisible(Column &column);
    void resetWith(const QList<StageInfo> &stages, const QList<CardInfo> &cards,
                   const QHash<qint64, int> &totals);
    void startBackgroundCompletion();
    void completeWith(const QList<CardInfo> &cards);
    int columnOf(qint64 stageId) const;
    bool locate(qint64 applicationId, int *columnRow, int *cardRow) const;
    int visibleRowOf(const Column &column, int cardRow) const;
    void applyMove(qint64 applicationId, qint64 fromStage, int fromIndex, qint64 toStage,
                   int toIndex);
    void emitCountsChanged();
    void emitCardsChanged(const QList<int> &roles);
    QString salaryText(const CardInfo &info) const;

    PipelineStore *m_store;
    QList<Column> m_columns;
    QString m_filter;
    QStringList m_terms;
    QHash<qint64, QString> m_readinessTexts;
    QSet<qint64> m_thankYouDue;
    bool m_complete = true;
    bool m_completeInBackground = false;
    quint64 m_generation = 0; // counts resets and completions: a late read is dropped
    quint64 m_reading = 0;    // the generation a background read was started for
};
