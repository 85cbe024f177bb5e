// Default stage names follow the language of the user interface until the user renames
// them; the stage history that names them follows too.

#include "PseudoTranslator.h"
#include "TestSupport.h"

#include "core/DefaultStages.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

class TestDefaultStages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<PseudoTranslator> m_translator;

    void translate(bool on)
    {
        if (on) {
            m_translator = std::make_unique<PseudoTranslator>();
            QCoreApplication::installTranslator(m_translator.get());
        } else if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    // Closes the test's file and opens it again, as the next start does.
    void reopen()
    {
        const QString path = m_file->database->path();
        m_file->store.reset();
        m_file->database.reset();
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_file->database = opened.take();
        m_file->store = std::make_unique<PipelineStore>(m_file->database);
    }

    QStringList column(const QString &statement) const
    {
        QSqlQuery query(m_file->database->sql());
        if (!query.exec(statement))
            qFatal("%s", qPrintable(query.lastError().text()));
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    QStringList stageNames() const
    {
        return column(QStringLiteral("SELECT name FROM stages ORDER BY is_closed, position"));
    }

    static QStringList english()
    {
        QStringList names;
        for (const DefaultStages::Entry &entry : DefaultStages::entries())
            names << entry.key;
        return names;
    }

    static QStringList pseudo(const QStringList &names)
    {
        QStringList result;
        for (const QString &name : names)
            result << QStringLiteral("⟦%1⟧").arg(name);
        return result;
    }

private slots:
    void init() { m_file = std::make_unique<TestFile>(); }
    void cleanup()
    {
        translate(false);
        m_file.reset();
    }

    void aNewFileKnowsItsDefaults()
    {
        QCOMPARE(stageNames(), english());
        QCOMPARE(column(QStringLiteral("SELECT default_key FROM stages ORDER BY is_closed, "
                                       "position")),
                 english());
        QCOMPARE(column(QStringLiteral("SELECT default_name FROM stages ORDER BY is_closed, "
                                       "position")),
                 english());
    }

    void namesFollowTheLanguageUntilRenamed()
    {
        const qint64 card = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(m_file->store->moveApplications({card}, m_file->stageId(1), 0).ok());
        QVERIFY(m_file->store->renameStage(m_file->stageId(2), QStringLiteral("Phone screen")));
        const QStringList historyBefore =
            column(QStringLiteral("SELECT to_stage_name FROM stage_history ORDER BY id"));
        QCOMPARE(historyBefore, (QStringList{QStringLiteral("Saved"), QStringLiteral("Applied")}));

        translate(true);
        reopen();
        QStringList expected = pseudo(english());
        expected[2] = QStringLiteral("Phone screen");
        QCOMPARE(stageNames(), expected);
        QCOMPARE(column(QStringLiteral("SELECT to_stage_name FROM stage_history ORDER BY id")),
                 pseudo(historyBefore));
        QCOMPARE(column(QStringLiteral("SELECT from_stage_name FROM stage_history WHERE "
                                       "from_stage_name IS NOT NULL")),
                 pseudo({QStringLiteral("Saved")}));
        // The board reads them through the store.
        QCOMPARE(m_file->store->stages().value().first().name, QStringLiteral("⟦Saved⟧"));

        translate(false);
        reopen();
        expected = english();
        expected[2] = QStringLiteral("Phone screen");
        QCOMPARE(stageNames(), expected);
        QCOMPARE(column(QStringLiteral("SELECT to_stage_name FROM stage_history ORDER BY id")),
                 historyBefore);
    }

    void renamedBackIsTheDefaultAgain()
    {
        QVERIFY(m_file->store->renameStage(m_file->stageId(0), QStringLiteral("Wishlist")));
        QVERIFY(m_file->store->renameStage(m_file->stageId(0), QStringLiteral("Saved")));
        translate(true);
        reopen();
        QCOMPARE(stageNames().first(), QStringLiteral("⟦Saved⟧"));
    }

    void aNameAnotherStageHasIsLeftAlone()
    {
        auto added = m_file->store->addStage(QStringLiteral("⟦Offer⟧"), false);
        QVERIFY(added.ok());
        translate(true);
        reopen();
        const QStringList names = stageNames();
        QCOMPARE(names.count(QStringLiteral("⟦Offer⟧")), 1);
        QVERIFY(names.contains(QStringLiteral("Offer")));
        QVERIFY(names.contains(QStringLiteral("⟦Saved⟧")));
    }

    void sameLanguageWritesNothing()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QStringList before = m_file->dump();
        const QString path = m_file->database->path();
        reopen();
        QCOMPARE(m_file->dump(), before);
        Q_UNUSED(path);
    }

    void undoingARemovalKeepsTheDefault()
    {
        const qint64 accepted = m_file->stageId(6);
        auto removal = m_file->store->removeStage(accepted, m_file->stageId(5));
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QVERIFY(m_file->store->restoreStage(removal.value()));
        QCOMPARE(column(QStringLiteral("SELECT default_key || '/' || default_name FROM stages "
                                       "WHERE id = %1")
                            .arg(accepted)),
                 QStringList{QStringLiteral("Accepted/Accepted")});
        // An added stage has no default, and keeps none through undo.
        auto added = m_file->store->addStage(QStringLiteral("Take-home task"), false);
        QVERIFY(added.ok());
        QCOMPARE(added.value().defaultKey, QString());
        QVERIFY(m_file->store->deleteEmptyStage(added.value().id));
        QVERIFY(m_file->store->insertStage(added.value()));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM stages WHERE default_key IS NULL")),
                 QStringList{QStringLiteral("1")});
    }

    void anOlderFileLearnsItsDefaults_data()
    {
        QTest::addColumn<bool>("madeTranslated");
        QTest::newRow("made in English") << false;
        QTest::newRow("made in another language") << true;
    }
    void anOlderFileLearnsItsDefaults()
    {
        QFETCH(bool, madeTranslated);
        m_file.reset();
        // A file as the previous version made it: the schema up to version 5.
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(older));
        const QDir all(QStringLiteral(SECONDROUND_MIGRATIONS));
        for (const QString &name :
             all.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            if (name.left(4).toInt() <= 5)
                QVERIFY(QFile::copy(all.filePath(name), QDir(older).filePath(name)));
        }
        const QString path = dir.filePath(QStringLiteral("older.sqlite"));
        translate(madeTranslated);
        {
            Database::Options options;
            options.migrationsDirectory = older;
            auto made = Database::open(path, options);
            QVERIFY2(made.ok(), qPrintable(made.error()));
            QSqlQuery rename(made.value()->sql());
            QVERIFY(rename.exec(
                QStringLiteral("UPDATE stages SET name = 'Sent my CV' WHERE position = 1")));
        }
        // The update runs in the language the file was made in, then the user switches
        // to English.
        {
            auto updated = Database::open(path);
            QVERIFY2(updated.ok(), qPrintable(updated.error()));
        }
        translate(false);
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QSqlQuery query(opened.value()->sql());
        QVERIFY(query.exec(QStringLiteral("SELECT name, coalesce(default_key, '') FROM stages "
                                          "ORDER BY is_closed, position")));
        QStringList names;
        QStringList keys;
        while (query.next()) {
            names << query.value(0).toString();
            keys << query.value(1).toString();
        }
        QStringList expected = english();
        expected[1] = QStringLiteral("Sent my CV");
        QCOMPARE(names, expected);
        expected[1] = QString();
        QCOMPARE(keys, expected);
        Clock::clearOverride();
    }
};

QTEST_GUILESS_MAIN(TestDefaultStages)
#include "tst_defaultstages.moc"
