#pragma once

#include "core/Database.h"
#include "core/PipelineTypes.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

// Every read and write the pipeline board makes; every INSERT, UPDATE and DELETE of the
// applications, companies, stages and stage history tables is written here, once. Each
// write is one Transaction: on its own it is all on disk or not at all when the call
// returns; inside a caller's outer Transaction it is one savepoint of that job.
class PipelineStore
{
    Q_DECLARE_TR_FUNCTIONS(PipelineStore)

public:
    static constexpr int MaxStageNameLength = 60;
    // The interview stage is found by position among the open stages, not by name: stages
    // can be renamed, and their default names are translated. With the default stages it
    // is "Interviewing".
    static constexpr int InterviewOpenStage = 3;

    explicit PipelineStore(std::shared_ptr<Database> database);

    Database &database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }

    // Stages
    Result<QList<StageInfo>> stages() const;
    Status validateStageName(const QString &name, qint64 ignoreId) const;
    Result<StageInfo> addStage(const QString &name, bool closed);
    Status insertStage(const StageInfo &stage); // puts back a stage removed by undo
    Status deleteEmptyStage(qint64 stageId);
    Status renameStage(qint64 stageId, const QString &name);
    Status swapStages(qint64 first, qint64 second);
    Result<StageRemoval> removeStage(qint64 stageId, qint64 targetStageId);
    Status restoreStage(const StageRemoval &removal);
    // Redo of a removal after its undo: the same moves and history rows, by their ids.
    Status redoStageRemoval(const StageRemoval &removal);

    // The default stages' statements while a file is being opened: they run on the bare
    // connection inside the schema steps, before any store exists (DefaultStages decides
    // what to write). stagesOn reads like stages(), on that connection; seedStages fills a
    // new file's stages (name, position, closed; no defaults yet); markDefaultStage records
    // which default a stage is; renameDefaultStage gives a default stage its name in another
    // language, with the stage history that names it, in one transaction.
    static Result<QList<StageInfo>> stagesOn(const QSqlDatabase &db);
    static Status seedStages(const QSqlDatabase &db, const QList<StageInfo> &stages);
    static Status markDefaultStage(const QSqlDatabase &db, qint64 stageId,
                                   const QString &defaultKey, const QString &defaultName);
    static Status renameDefaultStage(const QSqlDatabase &db, qint64 stageId, const QString &from,
                                     const QString &to);

    // Applications
    Result<QList<CardInfo>> cards() const;
    // Every card, as cards() reads them, on a connection of the caller's (a read in a
    // thread of its own, see BackgroundRead).
    static Result<QList<CardInfo>> cardsOn(const QSqlDatabase &db, const QDateTime &nowUtc);
    // What a first paint of the board needs: the first perStage cards of every stage, in
    // board order, and how many cards each stage holds in all (stage id → count; a stage
    // without cards is not listed). Costs what those cards cost, not what the board holds.
    struct FirstCards
    {
        QList<CardInfo> cards;
        QHash<qint64, int> totals;
    };
    Result<FirstCards> firstCards(int perStage) const;
    Result<CardInfo> card(qint64 applicationId) const;
    Result<ApplicationFields> fields(qint64 applicationId) const;
    Result<QList<HistoryEntry>> history(qint64 applicationId) const;
    Result<int> applicationCount() const;
    Result<QStringList> companyNames() const;
    Result<bool> companyExists(const QString &name) const;
    // Removes a company no application refers to any more (undo of the change that
    // created it); a company still in use stays. The snapshot says what went (nothing: an
    // empty snapshot) so restoreCompany() can put it back exactly.
    Result<CompanySnapshot> deleteCompanyIfUnused(qint64 companyId);
    Status restoreCompany(const CompanySnapshot &snapshot);
    // Undo of a job that created applications and companies: deletes the applications, in
    // the order given, then each of the companies that no application uses any more, with
    // what the database removes along with it. Returns the companies that went (one that
    // is still in use is left out), for restoreCompany().
    Result<QList<CompanySnapshot>>
    deleteApplicationsAndUnusedCompanies(const QList<qint64> &applicationIds,
                                         const QList<qint64> &companyIds);

    Result<qint64> createApplication(const ApplicationFields &fields, qint64 stageId);
    // The parts createApplication is made of, for jobs that write many applications inside
    // one outer transaction (sample data, calendar import). insertApplication writes the
    // row as given, without moving other cards; addHistory one stage history entry.
    Result<qint64> findOrCreateCompany(const QString &name, const QString &website = {});
    Result<qint64> insertApplication(qint64 companyId, const ApplicationFields &fields,
                                     qint64 stageId, int position, const QDateTime &createdAt,
                                     const QDateTime &updatedAt);
    Result<qint64> addHistory(qint64 applicationId, const StageRef &from, const StageRef &to,
                              const QDateTime &movedAt);
    // Numbers every column 0..n-1, latest activity on top.
    Status numberColumnsByActivity();
    // The open stage that stands for "interviewing" (see InterviewOpenStage); 0 when the
    // board has too few open stages.
    Result<qint64> interviewStage() const;
    // How many interview rounds the applications have (what deleting them takes along).
    Result<int> roundCount(const QList<qint64> &applicationIds) const;
    Status updateApplication(qint64 applicationId, const ApplicationFields &fields);
    // Moves the cards, in order, to just before beforeId in the stage (0: to the end).
    Result<QList<CardMove>> moveApplications(const QList<qint64> &ids, qint64 toStageId,
                                             qint64 beforeId);
    Status revertMoves(const QList<CardMove> &moves);

    Result<ApplicationSnapshot> snapshot(qint64 applicationId) const;
    Status archiveApplications(const QList<qint64> &ids);
    // Brings archived applications back to the top of their stage.
    Status unarchiveApplications(const QList<qint64> &ids);
    // Undo of unarchiving: back into the archive with the original archive time.
    Status returnToArchive(const QList<ApplicationSnapshot> &snapshots);
    Status deleteApplications(const QList<qint64> &ids);
    // Puts archived or deleted applications back exactly as the snapshots were taken.
    Status restoreApplications(const QList<ApplicationSnapshot> &snapshots);
    // Writes a snapshot's editable columns back over the row (undo of an edit).
    Status overwriteApplication(const ApplicationSnapshot &snapshot);

    // The archive list for a QSqlQueryModel: id, company, role, stage, archived at; newest first.
    static QString archivedListStatement();

    static QString toStoredTime(const QDateTime &time);
    static QDateTime fromStoredTime(const QString &text);

private:
    QSqlDatabase db() const { return m_database->sql(); }
    Result<qint64> companyIdFor(const QString &name);
    Result<CardMove> moveOne(qint64 id, qint64 toStageId, int toIndex, bool recordHistory);
    Status removeFromColumn(qint64 id);
    Status dropStage(const StageRemoval &removal);
    Status openGap(qint64 stageId, int index);
    Result<int> activeCount(qint64 stageId, qint64 excludingId) const;
    Result<QString> stageName(qint64 stageId) const;
    Status restoreCompany(const ApplicationSnapshot &snapshot);

    std::shared_ptr<Database> m_database;
};
