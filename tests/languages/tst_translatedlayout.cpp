#include "ui/statistics/BarListChart.h"
#include "ui/text/PlaceholderWidth.h"

#include <QApplication>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>

namespace {

// QLineEdit's own style option, as its paintEvent() builds it.
class InspectedLineEdit : public QLineEdit
{
public:
    int textRoom() const
    {
        QStyleOptionFrame option;
        initStyleOption(&option);
        const QRect contents = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
        const QMargins margins = textMargins();
        return contents.width() - margins.left() - margins.right() - 2 * 2;
    }
};

} // namespace

// Widgets that hold translated text make room for the longest translation rather than cut it.
class TestTranslatedLayout : public QObject
{
    Q_OBJECT

private slots:
    void placeholderIsReadInFull_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::newRow("German") << QStringLiteral("Adresse, Stockwerk, nach wem Sie am Empfang "
                                                  "fragen");
        QTest::newRow("Spanish") << QStringLiteral("Dirección, planta, por quién preguntar en "
                                                   "recepción");
        QTest::newRow("short") << QStringLiteral("Ort");
        QTest::newRow("empty") << QString();
    }

    void placeholderIsReadInFull()
    {
        QFETCH(QString, placeholder);
        InspectedLineEdit edit;
        edit.setPlaceholderText(placeholder);
        PlaceholderWidth::fit(&edit);
        edit.resize(edit.minimumWidth(), edit.sizeHint().height());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY2(edit.textRoom() >= edit.fontMetrics().horizontalAdvance(placeholder),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(edit.textRoom())
                                .arg(edit.fontMetrics().horizontalAdvance(placeholder))));
    }

    void barChartMakesRoomForItsLongestValue()
    {
        BarListChart chart(QStringLiteral("Median"));
        const QString label = QStringLiteral("Vorstellungsgespräche");
        const QString value = QStringLiteral("noch keine Karte hat sie verlassen");
        chart.setRows({{label, 5.0, QStringLiteral("5,0 Tage"), {}}, {label, 0.0, value, {}}},
                      QString());
        const QFontMetrics metrics(chart.font());
        QVERIFY(chart.minimumSizeHint().width() >=
                metrics.horizontalAdvance(label) + metrics.horizontalAdvance(value) + 60);
        // A chart with nothing long still fits a narrow column.
        BarListChart small(QStringLiteral("Funnel"));
        small.setRows({{QStringLiteral("Saved"), 1.0, QStringLiteral("1"), {}}}, QString());
        QCOMPARE(small.minimumSizeHint().width(), 260);
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
