#include "LeadScoreBox.h"

#include "Display.h"
#include "LeadDisplay.h"
#include "ScoreBreakdownModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

LeadScoreBox::LeadScoreBox(QWidget* parent)
    : QGroupBox(tr("Why this score"), parent)
    , m_model(new ScoreBreakdownModel(this))
    , m_table(new QTableView(this))
    , m_override(new QLabel(this))
    , m_threshold(new QLabel(this))
    , m_set(new QPushButton(tr("Set score by hand…"), this))
    , m_clear(new QPushButton(tr("Clear the score set by hand"), this))
{
    setObjectName(QStringLiteral("leadScoreBox"));
    m_table->setObjectName(QStringLiteral("scoreBreakdown"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(ScoreBreakdownModel::CriterionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScoreBreakdownModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScoreBreakdownModel::PointsColumn, QHeaderView::ResizeToContents);
    m_override->setObjectName(QStringLiteral("overrideLabel"));
    m_override->setWordWrap(true);
    m_override->setAlignment(Display::leadingAlignment());
    m_threshold->setObjectName(QStringLiteral("thresholdLabel"));
    m_threshold->setAlignment(Display::leadingAlignment());
    m_set->setObjectName(QStringLiteral("overrideButton"));
    m_clear->setObjectName(QStringLiteral("clearOverrideButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_threshold, 1);
    buttons->addWidget(m_set);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_override);
    layout->addLayout(buttons);

    connect(m_set, &QPushButton::clicked, this, &LeadScoreBox::overrideRequested);
    connect(m_clear, &QPushButton::clicked, this, &LeadScoreBox::clearOverrideRequested);
}

void LeadScoreBox::setLead(const leads::Lead& lead, const leads::ScoringProfile& profile)
{
    m_model->setBreakdown(lead.breakdown, lead.score, profile);
    // Every line and the total are shown at once: the explanation is the point.
    const int rows = m_model->rowCount();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    const bool overridden = lead.overrideScore.has_value();
    m_override->setVisible(overridden);
    if (overridden)
        m_override->setText(tr("Set by hand to %1 (computed: %2). Reason: %3")
                                .arg(LeadDisplay::score(lead.score), LeadDisplay::score(lead.computedScore),
                                     Display::isolate(Display::digits(lead.overrideReason))));
    m_threshold->setText(tr("Qualified from %1 points").arg(LeadDisplay::score(profile.threshold)));
    m_clear->setVisible(overridden);
    m_set->setText(overridden ? tr("Change score set by hand…") : tr("Set score by hand…"));
    const bool closed = lead.status == leads::LeadStatus::Converted;
    m_set->setEnabled(!closed);
    m_clear->setEnabled(!closed);
}

} // namespace peyvand::ui
