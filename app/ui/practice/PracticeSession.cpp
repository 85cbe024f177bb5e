#include "ui/practice/PracticeSession.h"

#include "core/Clock.h"
#include "core/practice/PracticeStore.h"
#include "core/practice/QuestionCategory.h"
#include "ui/practice/PracticeCommands.h"
#include "ui/text/PlaceholderWidth.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString clock(int seconds)
{
    const int s = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("+") : QString())
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PracticeSession::PracticeSession(PracticeStore *store, PracticeSignals *practiceSignals,
                                 QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_undoStack(undoStack)
    , m_pages(new QStackedWidget(this))
    , m_title(plainLabel(this))
    , m_progress(plainLabel(this))
    , m_category(plainLabel(this))
    , m_question(plainLabel(this))
    , m_countdown(plainLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_forgot(new QLineEdit(this))
    , m_revealButton(new QPushButton(tr("Show answer (Space)"), this))
    , m_pauseButton(new QPushButton(tr("Pause (P)"), this))
    , m_summary(plainLabel(this))
    , m_timer(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    m_question->setFont(big);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setMinimumHeight(120);
    QFont clockFont = m_countdown->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.6);
    clockFont.setFamily(QStringLiteral("monospace"));
    m_countdown->setFont(clockFont);
    m_countdown->setAccessibleName(tr("Time left"));
    m_answer->setReadOnly(true);
    m_answer->setFrameShape(QFrame::NoFrame);
    m_answer->setFocusPolicy(Qt::NoFocus);
    m_answer->setAccessibleName(tr("Your answer and stories"));
    for (QLabel *label : {m_progress, m_category, m_countdown})
        label->setWordWrap(false);
    m_forgot->setPlaceholderText(tr("What I forgot (Return goes back to the card)"));
    PlaceholderWidth::fit(m_forgot);
    m_forgot->setMaxLength(500);

    // The card
    auto *card = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_progress);
    header->addSpacing(16);
    header->addWidget(m_category, 1);
    header->addWidget(m_countdown);
    header->addWidget(m_pauseButton);
    auto *rateRow = new QHBoxLayout;
    static const char *const names[] = {QT_TR_NOOP("1 Again"), QT_TR_NOOP("2 Hard"),
                                        QT_TR_NOOP("3 Good"), QT_TR_NOOP("4 Easy")};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(tr(names[i]), this);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, i] { rate(Rating(i + 1)); });
        m_rateButtons << button;
        rateRow->addWidget(button);
    }
    auto *finishButton = new QPushButton(tr("End session (Esc)"), this);
    finishButton->setFocusPolicy(Qt::NoFocus);
    rateRow->addStretch();
    rateRow->addWidget(finishButton);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_title);
    cardLayout->addLayout(header);
    cardLayout->addWidget(m_question, 2);
    cardLayout->addWidget(m_revealButton, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_answer, 3);
    cardLayout->addWidget(m_forgot);
    cardLayout->addLayout(rateRow);

    // The summary
    auto *summaryPage = new QWidget(this);
    auto *back = new QPushButton(tr("Back to the bank"), this);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summary, 1);
    summaryLayout->addWidget(back, 0, Qt::AlignLeft);

    m_pages->addWidget(card);
    m_pages->addWidget(summaryPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_revealButton->setFocusPolicy(Qt::NoFocus);
    m_pauseButton->setFocusPolicy(Qt::NoFocus);
    connect(m_revealButton, &QPushButton::clicked, this, &PracticeSession::reveal);
    connect(m_pauseButton, &QPushButton::clicked, this, &PracticeSession::togglePause);
    connect(finishButton, &QPushButton::clicked, this, &PracticeSession::finish);
    connect(back, &QPushButton::clicked, this, &PracticeSession::finished);
    connect(m_forgot, &QLineEdit::returnPressed, this, [this] { setFocus(); });
    connect(m_timer, &QTimer::timeout, this, &PracticeSession::tick);

    // Shortcuts work while the session has focus; a line edit keeps its own keys, so typing
    // "1" or a space in the forgot line never rates or reveals.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { reveal(); });
    shortcut(QKeySequence(Qt::Key_P), [this] { togglePause(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (isRunning())
            finish();
        else
            emit finished();
    });
    for (int i = 0; i < 4; ++i)
        shortcut(QKeySequence(Qt::Key_1 + i), [this, i] { rate(Rating(i + 1)); });
    m_timer->setInterval(1000);
}

void PracticeSession::start(const QList<qint64> &questionIds, int secondsPerAnswer,
                            const QString &title)
{
    m_ids = questionIds;
    m_secondsPerAnswer = std::clamp(secondsPerAnswer, 10, 3600);
    m_ratings.clear();
    m_times.clear();
    m_forgotten.clear();
    m_title->setText(title);
    m_pages->setCurrentIndex(0);
    if (m_ids.isEmpty()) {
        m_index = 0;
        showSummary();
        return;
    }
    showQuestion(0);
    setFocus();
}

void PracticeSession::showQuestion(int index)
{
    m_index = index;
    m_elapsed = 0;
    m_paused = false;
    m_revealed = false;
    m_forgot->clear();
    m_answer->clear();
    m_answer->hide();
    m_revealButton->show();
    for (QPushButton *button : std::as_const(m_rateButtons))
        button->setEnabled(false);
    auto info = m_store->question(m_ids.at(index));
    if (!info) {
        m_question->setText(info.error());
        return;
    }
    m_progress->setText(tr("Question %1 of %2").arg(index + 1).arg(m_ids.size()));
    m_category->setText(QuestionCategory::name(info.value().fields.category));
    m_question->setText(info.value().fields.text);
    m_pauseButton->setText(tr("Pause (P)"));
    updateCountdown();
    m_timer->start();
}

void PracticeSession::tick()
{
    if (!isRunning() || m_paused)
        return;
    ++m_elapsed;
    updateCountdown();
}

void PracticeSession::updateCountdown()
{
    const int left = remainingSeconds();
    QString text = clock(left);
    if (left <= 0)
        text = tr("Time is up %1").arg(clock(left));
    if (m_paused)
        text += QLatin1Char(' ') + tr("(paused)");
    m_countdown->setText(text);
}

void PracticeSession::togglePause()
{
    if (!isRunning())
        return;
    m_paused = !m_paused;
    m_pauseButton->setText(m_paused ? tr("Resume (P)") : tr("Pause (P)"));
    updateCountdown();
}

void PracticeSession::reveal()
{
    if (!isRunning() || m_revealed)
        return;
    m_revealed = true;
    auto info = m_store->question(m_ids.at(m_index));
    if (!info)
        return;
    QStringList parts;
    const QString answer = info.value().fields.answer.trimmed();
    parts << (answer.isEmpty() ? tr("(No answer written yet.)") : answer);
    for (qint64 storyId : info.value().fields.storyIds) {
        auto story = m_store->story(storyId);
        if (!story)
            continue;
        const StoryFields &f = story.value().fields;
        QStringList star{tr("Story: %1").arg(f.title)};
        if (!f.situation.isEmpty())
            star << tr("Situation: %1").arg(f.situation);
        if (!f.task.isEmpty())
            star << tr("Task: %1").arg(f.task);
        if (!f.action.isEmpty())
            star << tr("Action: %1").arg(f.action);
        if (!f.result.isEmpty())
            star << tr("Result: %1").arg(f.result);
        if (!f.measurableResult.isEmpty())
            star << tr("Measurable result: %1").arg(f.measurableResult);
        parts << star.join(QLatin1Char('\n'));
    }
    m_answer->setPlainText(parts.join(QStringLiteral("\n\n")));
    m_answer->show();
    m_revealButton->hide();
    for (QPushButton *button : std::as_const(m_rateButtons))
        button->setEnabled(true);
}

void PracticeSession::rate(Rating rating)
{
    if (!isRunning())
        return;
    if (!m_revealed) {
        reveal(); // rating before looking would grade blind; show first, rate next
        return;
    }
    const QString forgot = m_forgot->text().trimmed();
    auto *command = new RateQuestionCommand(m_store, m_signals, m_ids.at(m_index), rating,
                                            Clock::nowUtc(), m_elapsed, forgot);
    m_undoStack->push(command);
    m_ratings << rating;
    m_times << m_elapsed;
    if (!forgot.isEmpty())
        m_forgotten << forgot;
    if (m_index + 1 < m_ids.size()) {
        showQuestion(m_index + 1);
        setFocus();
    } else {
        m_index = int(m_ids.size());
        showSummary();
    }
}

void PracticeSession::finish()
{
    m_index = int(m_ids.size());
    showSummary();
}

void PracticeSession::showSummary()
{
    m_timer->stop();
    int counts[4] = {0, 0, 0, 0};
    for (Rating rating : std::as_const(m_ratings))
        ++counts[int(rating) - 1];
    int total = 0;
    for (int t : std::as_const(m_times))
        total += t;
    QStringList lines;
    lines << tr("%n question(s) practised.", nullptr, int(m_ratings.size()));
    if (!m_ratings.isEmpty()) {
        lines << tr("Again %1 · Hard %2 · Good %3 · Easy %4")
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2])
                     .arg(counts[3]);
        lines << tr("Average time per answer: %1").arg(clock(total / int(m_times.size())));
    }
    if (!m_forgotten.isEmpty()) {
        lines << QString() << tr("What you forgot:");
        for (const QString &line : std::as_const(m_forgotten))
            lines << QStringLiteral("• ") + line;
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_pages->setCurrentIndex(1);
    setFocus();
}
