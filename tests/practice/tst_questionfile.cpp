#include "core/practice/QuestionFile.h"
#include "core/text/Csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray Header = "question,category,answer,tags\r\n";
}

class TestQuestionFile : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const QString text = QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                            "x,,\"\",z\n");
        auto records = Csv::parse(text);
        QVERIFY2(records.ok(), qPrintable(records.error()));
        QCOMPARE(records.value().size(), 2);
        QCOMPARE(records.value().at(0).fields,
                 (QStringList{"a", "b,c", "say \"hi\"", "two\nlines"}));
        QCOMPARE(records.value().at(1).line, 3);
        QCOMPARE(records.value().at(1).fields, (QStringList{"x", "", "", "z"}));
    }

    void csvLastRecordWithoutLineBreakAndBlankLines()
    {
        auto records = Csv::parse(QStringLiteral("a,b\n\n\nc,d"));
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 2);
        QCOMPARE(records.value().at(1).line, 4);
        QCOMPARE(records.value().at(1).fields, (QStringList{"c", "d"}));
    }

    void csvErrorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated") << QStringLiteral("a,b\nc,\"open\nstill\n") << "Line 2:";
        QTest::newRow("quote inside") << QStringLiteral("a,b\nc,d\ne,f\"g\n") << "Line 3:";
        QTest::newRow("after closing") << QStringLiteral("\"a\"b,c\n") << "Line 1:";
    }

    void csvErrorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto records = Csv::parse(text);
        QVERIFY(!records.ok());
        QVERIFY2(records.error().startsWith(expected), qPrintable(records.error()));
    }

    void csvRoundTripsAwkwardText()
    {
        const QStringList fields{"plain",
                                 "com,ma",
                                 "quo\"te",
                                 "line\nbreak",
                                 " spaced ",
                                 "<b>markup</b>",
                                 QString::fromUtf8("bidi \u202Eevil")};
        auto records = Csv::parse(Csv::record(fields) + Csv::record({"x"}));
        QVERIFY(records.ok());
        QCOMPARE(records.value().first().fields, fields);
    }

    void readsQuestionsWithOrWithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray body = "\"Tell me about yourself, briefly\",About you and motivation,"
                                "\"Short \"\"pitch\"\"\nthen why here\",intro; pitch ;;intro\r\n"
                                "Why this team?,culture_fit,,\r\n";
        QTest::newRow("crlf") << Header + body;
        QTest::newRow("bom") << "\xEF\xBB\xBF" + Header + body;
        QByteArray lf = Header + body;
        lf.replace("\r\n", "\n");
        QTest::newRow("lf") << lf;
    }

    void readsQuestionsWithOrWithoutBom()
    {
        QFETCH(QByteArray, bytes);
        auto rows = QuestionFile::parse(bytes);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows.value().size(), 2);
        const QuestionRow first = rows.value().first();
        QCOMPARE(first.text, QStringLiteral("Tell me about yourself, briefly"));
        QCOMPARE(first.category, QStringLiteral("about_you"));
        QCOMPARE(first.answer, QStringLiteral("Short \"pitch\"\nthen why here"));
        QCOMPARE(first.tags, (QStringList{"intro", "pitch"}));
        QCOMPARE(rows.value().at(1).category, QStringLiteral("culture_fit"));
        QCOMPARE(rows.value().at(1).line, 4);
    }

    void refusesBadFilesNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "Line 1:";
        QTest::newRow("wrong header") << QByteArray("front,back\nA,B\n") << "Line 1:";
        QTest::newRow("unterminated quote")
            << Header + "Q1,behavioural,a,\r\n\"Q2,behavioural,b,\r\nQ3,behavioural,c,\r\n"
            << "Line 3:";
        QTest::newRow("too few fields") << Header + "Q1,behavioural\r\n"
                                        << "Line 2:";
        QTest::newRow("empty question") << Header + "ok,behavioural,,\r\n  ,behavioural,,\r\n"
                                        << "Line 3:";
        QTest::newRow("unknown category") << Header + "Q1,gossip,,\r\n"
                                          << "Line 2:";
        QTest::newRow("not utf-8") << Header + "Q1,behavioural,caf\xE9,\r\n"
                                   << "Line 2:";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0", 11) << "This is not";
        QTest::newRow("huge question") << Header + QByteArray(3000, 'x') + ",behavioural,,\r\n"
                                       << "Line 2:";
        QTest::newRow("over 5 MiB")
            << Header + QByteArray(QuestionFile::MaximumBytes, 'x') << "The file is larger";
    }

    void refusesBadFilesNamingTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto rows = QuestionFile::parse(bytes);
        QVERIFY(!rows.ok());
        QVERIFY2(rows.error().startsWith(expected), qPrintable(rows.error()));
    }

    void controlCharactersAreDroppedMarkupKept()
    {
        auto rows =
            QuestionFile::parse(Header + "\"A\x01 <i>b</i>\x7f\",behavioural,x\x1b[31m,\r\n");
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().first().text, QStringLiteral("A <i>b</i>"));
        QCOMPARE(rows.value().first().answer, QStringLiteral("x[31m"));
    }

    void duplicateKeyIgnoresCaseAndSurroundingSpace()
    {
        QCOMPARE(QuestionFile::duplicateKey(QStringLiteral("  Why US?  ")),
                 QuestionFile::duplicateKey(QStringLiteral("why us?")));
        QVERIFY(QuestionFile::duplicateKey(QStringLiteral("Why us")) !=
                QuestionFile::duplicateKey(QStringLiteral("Why us?")));
    }

    void exportReadsBackTheSame()
    {
        const QList<QuestionRow> rows{
            {QStringLiteral("Why, \"really\", us?"),
             QStringLiteral("culture_fit"),
             QStringLiteral("Line one\nline two, with comma"),
             {QStringLiteral("a b"), QStringLiteral("c")}},
            {QString::fromUtf8("Größte Schwäche?"), QStringLiteral("curveball"), {}, {}}};
        auto back = QuestionFile::parse(QuestionFile::toCsv(rows));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back.value().at(i).text, rows.at(i).text);
            QCOMPARE(back.value().at(i).category, rows.at(i).category);
            QCOMPARE(back.value().at(i).answer, rows.at(i).answer);
            QCOMPARE(back.value().at(i).tags, rows.at(i).tags);
        }
    }

    void ankiExportEscapesMarkupAndKeepsOneLinePerNote()
    {
        const QList<QuestionRow> rows{{QStringLiteral("<script>x</script>\tQ"),
                                       QStringLiteral("behavioural"),
                                       QStringLiteral("first\nsecond & third"),
                                       {QStringLiteral("two words"), QStringLiteral("b")}}};
        const QString anki = QString::fromUtf8(QuestionFile::toAnki(rows));
        const QStringList lines = anki.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("#separator:tab"));
        QCOMPARE(lines.at(1), QStringLiteral("#html:true"));
        QCOMPARE(lines.at(3), QStringLiteral("&lt;script&gt;x&lt;/script&gt; Q\tfirst<br>second "
                                             "&amp; third\ttwo_words b"));
    }

    void writeAndReadAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.csv"));
        const QList<QuestionRow> rows{{QStringLiteral("Q"), QStringLiteral("behavioural"), {}, {}}};
        QVERIFY(QuestionFile::write(path, QuestionFile::toCsv(rows)).ok());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto back = QuestionFile::read(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), 1);
        QVERIFY(!QuestionFile::write(dir.filePath(QStringLiteral("missing/q.csv")), {}).ok());
        QVERIFY(!QuestionFile::read(dir.filePath(QStringLiteral("none.csv"))).ok());
        QVERIFY(!QuestionFile::read(dir.path()).ok());
    }
};

QTEST_GUILESS_MAIN(TestQuestionFile)
#include "tst_questionfile.moc"
