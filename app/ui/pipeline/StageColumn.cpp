#include "ui/pipeline/StageColumn.h"

#include "models/BoardModel.h"
#include "ui/pipeline/CardDelegate.h"
#include "ui/pipeline/CardListView.h"
#include "ui/theme/ThemeColours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

StageColumn::StageColumn(BoardModel *model, int stageRow, QMenu *stageMenu, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_stageRow(stageRow)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_menuButton(new QToolButton(this))
    , m_view(new CardListView(this))
{
    const StageInfo stage = model->stageAt(stageRow);
    setObjectName(QStringLiteral("stageColumn_%1").arg(stage.id));
    m_view->setObjectName(QStringLiteral("cardList_%1").arg(stage.id));
    // Wide enough for a card's longest line in the font in use (a large system font, a
    // long language) so the next interview is never cut short.
    setFixedWidth(std::max(Width, CardDelegate::minimumWidth(m_view->font()) + 8));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette columnPalette = palette();
    const QColor window = columnPalette.color(QPalette::Window);
    columnPalette.setColor(QPalette::Window,
                           window.lightness() > 128 ? window.darker(104) : window.lighter(115));
    setPalette(columnPalette);

    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("stageCount"));
    const ThemeColours::Pair pill = ThemeColours::countPill(palette());
    m_count->setStyleSheet(QStringLiteral("QLabel#stageCount { background: %1; color: %2; "
                                          "border-radius: 8px; padding: 0px 7px; }")
                               .arg(pill.background.name(), pill.text.name()));
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(stageMenu);
    m_menuButton->setToolTip(tr("Stage actions"));
    m_menuButton->setAccessibleName(tr("Stage actions"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 4, 4);
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_menuButton);

    m_view->setModel(model);
    m_view->setRootIndex(model->stageIndex(stageRow));
    m_view->setItemDelegate(new CardDelegate(m_view));
    m_view->setAccessibleName(stage.name);
    QPalette viewPalette = m_view->palette();
    viewPalette.setColor(QPalette::Window, columnPalette.color(QPalette::Window));
    m_view->setPalette(viewPalette);
    m_view->viewport()->setBackgroundRole(QPalette::Window);
    m_view->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 2);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    refreshHeader();
}

void StageColumn::refreshHeader()
{
    const QModelIndex index = m_model->stageIndex(m_stageRow);
    m_title->setText(index.data(Qt::DisplayRole).toString());
    const int visible = index.data(BoardModel::VisibleCountRole).toInt();
    const int total = index.data(BoardModel::TotalCountRole).toInt();
    m_count->setText(
        visible == total
            ? QLocale().toString(total)
            : tr("%1 of %2").arg(QLocale().toString(visible), QLocale().toString(total)));
    m_count->setToolTip(tr("%n application(s) in this stage", nullptr, total));
}

void StageColumn::setActive(bool active)
{
    setFrameShadow(active ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(active ? 2 : 1);
}
