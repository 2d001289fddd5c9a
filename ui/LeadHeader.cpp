#include "LeadHeader.h"

#include "Display.h"
#include "LeadDisplay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kNeutralBadge
    = QStringLiteral("QLabel { background: #e5e7eb; color: #1f2937; border-radius: 9px; padding: 1px 10px; }");
const QString kQualifiedBadge
    = QStringLiteral("QLabel { background: #dcfce7; color: #166534; border-radius: 9px; padding: 1px 10px; }");
const QString kOverrideBadge
    = QStringLiteral("QLabel { background: #ede9fe; color: #5b21b6; border-radius: 9px; padding: 1px 10px; }");
} // namespace

LeadHeader::LeadHeader(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_score(new QLabel(this))
    , m_scoreCaption(new QLabel(tr("Score"), this))
    , m_badges(new QWidget(this))
    , m_badgeLayout(new QHBoxLayout(m_badges))
{
    m_name->setObjectName(QStringLiteral("leadName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("leadSubtitle"));
    m_name->setAlignment(Display::leadingAlignment());
    m_subtitle->setAlignment(Display::leadingAlignment());
    m_badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badgeLayout->setSpacing(6);

    m_score->setObjectName(QStringLiteral("leadScore"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 3.0);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumWidth(110);
    m_scoreCaption->setAlignment(Qt::AlignCenter);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_name);
    texts->addWidget(m_subtitle);
    texts->addWidget(m_badges);
    auto* score = new QVBoxLayout;
    score->setSpacing(0);
    score->addWidget(m_score);
    score->addWidget(m_scoreCaption);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(score);
    layout->addSpacing(12);
    layout->addLayout(texts, 1);
}

void LeadHeader::setLead(const leads::Lead& lead)
{
    m_name->setText(Display::digits(lead.contact.name));
    QStringList parts { customers::displayName(lead.contact.kind) };
    if (!lead.contact.company.isEmpty())
        parts << Display::isolate(Display::digits(lead.contact.company));
    parts << leads::displayName(lead.type);
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));

    m_score->setText(LeadDisplay::score(lead.score));
    m_score->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(LeadDisplay::bandColor(lead.band).darker(115).name()));
    m_score->setToolTip(lead.overrideScore ? tr("Set by hand; computed %1").arg(LeadDisplay::score(lead.computedScore))
                                           : QString());

    while (QLayoutItem* item = m_badgeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    addBadge(tr("%1 lead", "band: hot / warm / cold").arg(leads::displayName(lead.band)),
             LeadDisplay::bandBadgeStyle(lead.band));
    if (lead.qualified)
        addBadge(tr("Qualified"), kQualifiedBadge);
    if (lead.overrideScore)
        addBadge(tr("Score set by hand"), kOverrideBadge);
    addBadge(leads::displayName(lead.status), kNeutralBadge);
    m_badgeLayout->addStretch(1);
}

QStringList LeadHeader::badgeTexts() const
{
    QStringList texts;
    for (const QLabel* badge : m_badges->findChildren<QLabel*>())
        texts << badge->text();
    return texts;
}

void LeadHeader::addBadge(const QString& text, const QString& style)
{
    auto* badge = new QLabel(text, m_badges);
    badge->setStyleSheet(style);
    m_badgeLayout->addWidget(badge);
}

} // namespace peyvand::ui
