#include "TestSupport.h"

#include "core/RoundStore.h"
#include "core/notes/NotesChecklist.h"
#include "models/BoardModel.h"
#include "ui/pipeline/CardDelegate.h"
#include "ui/pipeline/CardListView.h"
#include "ui/pipeline/StageColumn.h"
#include "ui/theme/ThemeColours.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QStyleFactory>
#include <QTimeZone>

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

} // namespace

// Cards under other fonts and languages (a GTK desktop's larger default font, German dates)
// and other palettes: the next interview is never cut, every colour pair stays readable.
class TestCardLayout : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setFont(m_font);
        Clock::clearOverride();
    }

    void initTestCase() { m_font = QApplication::font(); }

    void nextInterviewNeverCut_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("scale");
        for (const char *locale : {"en_GB", "de_DE"}) {
            for (double scale : {1.0, 2.0})
                QTest::addRow("%s at %.1f", locale, scale) << QString::fromLatin1(locale) << scale;
        }
    }

    void nextInterviewNeverCut()
    {
        QFETCH(QString, locale);
        QFETCH(double, scale);
        QLocale::setDefault(QLocale(locale));
        QFont font = m_font;
        font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 10) * scale * 1.1);
        QApplication::setFont(font);

        TestFile file;
        RoundStore rounds(file.database);
        // A late hour in every month (the date form) and on every day of the coming week
        // (the weekday form), round 10 for the widest number.
        QList<QDateTime> starts;
        for (int month = 1; month <= 12; ++month)
            starts << QDateTime(QDate(2027, month, 28), QTime(23, 59), Qt::LocalTime);
        for (int day = 1; day <= 6; ++day)
            starts << QDateTime(QDate(2026, 11, 20).addDays(day), QTime(23, 59), Qt::LocalTime);
        for (const QDateTime &start : starts) {
            const qint64 app = file.add(QStringLiteral("Company"), QStringLiteral("Role"));
            for (int n = 0; n < 10; ++n) {
                RoundFields round;
                round.timeZoneId = QString::fromLatin1(QTimeZone::systemTimeZoneId());
                round.start =
                    start.addSecs(-3600 * (10 - n)).toTimeZone(QTimeZone::systemTimeZone());
                if (n < 9)
                    round.start = QDateTime(QDate(2026, 10, 1 + n), QTime(9, 0), Qt::UTC);
                QVERIFY(rounds.createRound(app, round).ok());
            }
        }
        BoardModel board(file.store.get());
        QVERIFY(board.reload().ok());
        QVERIFY(board.ensureComplete().ok());
        // The widest checklist progress, and a letter due on every card.
        QHash<qint64, QString> readiness;
        QSet<qint64> due;
        for (int row = 0; row < board.rowCount(board.stageIndex(0)); ++row) {
            const qint64 id = board.cardId(board.index(row, 0, board.stageIndex(0)));
            readiness.insert(id, NotesChecklist::readinessText({10, 10}));
            due.insert(id);
        }
        board.setReadinessTexts(readiness);
        board.setThankYouDue(due);
        QMenu menu;
        StageColumn column(&board, 0, &menu);
        column.resize(column.width(), 700);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        auto *list = column.findChild<CardListView *>();
        QVERIFY(list);
        const QModelIndex stage = board.stageIndex(0);
        QCOMPARE(board.rowCount(stage), int(starts.size()));
        for (int row = 0; row < board.rowCount(stage); ++row) {
            const QModelIndex card = board.index(row, 0, stage);
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.font = list->font();
            option.rect = list->visualRect(card);
            // Room for a scroll bar, which a long column shows.
            option.rect.setWidth(std::min(
                option.rect.width(), list->viewport()->width() -
                                         list->style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
            const CardDelegate::Layout layout = CardDelegate::layout(option, card);
            const QString next = card.data(BoardModel::NextRoundTextRole).toString();
            QVERIFY2(next.startsWith(QStringLiteral("Round 10 · ")), qPrintable(next));
            QCOMPARE(layout.badgeText,
                     CardDelegate::roundBadgeText(next, NotesChecklist::readinessText({10, 10})));
            QCOMPARE(layout.thankYouText, CardDelegate::tr("Thank-you due"));
            QVERIFY(layout.card.contains(layout.thankYou));
            QVERIFY(!layout.thankYou.intersects(layout.details));
            QVERIFY(!layout.thankYou.intersects(layout.role));
            QVERIFY(!layout.thankYou.intersects(layout.badge));
            QVERIFY(layout.card.contains(layout.badge));
            QVERIFY(layout.card.contains(layout.company));
            QVERIFY(layout.badge.bottom() <= layout.card.bottom());
            QVERIFY(!layout.days.intersects(layout.badge));
            // The card's height follows the font.
            QCOMPARE(option.rect.height() >= QFontMetrics(list->font()).height() * 4, true);
        }
    }

    void coloursReadableInLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light")
            << QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void coloursReadableInLightAndDark()
    {
        QFETCH(QPalette, palette);
        auto readable = [](const ThemeColours::Pair &pair) {
            return ThemeColours::contrast(pair.background, pair.text) >= 4.5;
        };
        QVERIFY(ThemeColours::contrast(ThemeColours::mutedText(palette),
                                       palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(readable(ThemeColours::badge(palette, ThemeColours::Badge::NextRound)));
        QVERIFY(readable(ThemeColours::badge(palette, ThemeColours::Badge::Stale)));
        QVERIFY(readable(ThemeColours::badge(palette, ThemeColours::Badge::ThankYouDue)));
        QVERIFY(readable(ThemeColours::countPill(palette)));
        QVERIFY(readable(ThemeColours::banner(palette, ThemeColours::Banner::Warning)));
        QVERIFY(readable(ThemeColours::banner(palette, ThemeColours::Banner::Information)));
        // Banners follow the palette: dark on a dark desktop, light on a light one.
        QCOMPARE(
            ThemeColours::banner(palette, ThemeColours::Banner::Warning).background.lightness() <
                128,
            ThemeColours::isDark(palette));
        // The old pill, palette(mid) behind palette(base), failed on a dark palette.
        if (ThemeColours::isDark(palette))
            QVERIFY(ThemeColours::contrast(palette.color(QPalette::Mid),
                                           palette.color(QPalette::Base)) < 4.5);
    }

    void stageCountUsesThePalette()
    {
        QApplication::setPalette(darkPalette());
        TestFile file;
        file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        BoardModel board(file.store.get());
        QVERIFY(board.reload().ok());
        QMenu menu;
        StageColumn column(&board, 0, &menu);
        auto *count = column.findChild<QLabel *>(QStringLiteral("stageCount"));
        QVERIFY(count);
        const ThemeColours::Pair pill = ThemeColours::countPill(column.palette());
        QVERIFY(ThemeColours::contrast(pill.background, pill.text) >= 4.5);
        QVERIFY(pill.background.lightness() > pill.text.lightness()); // a light pill on dark
        QVERIFY2(count->styleSheet().contains(pill.background.name()) &&
                     count->styleSheet().contains(pill.text.name()),
                 qPrintable(count->styleSheet()));
        QApplication::setPalette(QPalette());
    }

private:
    QFont m_font;
};

QTEST_MAIN(TestCardLayout)
#include "tst_cardlayout.moc"
