#include "CustomerHeader.h"

#include "Display.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand::ui {

CustomerHeader::CustomerHeader(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_badges(new QWidget(this))
    , m_badgeLayout(new QHBoxLayout(m_badges))
{
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("customerSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setAlignment(Display::leadingAlignment());
    m_subtitle->setAlignment(Display::leadingAlignment());
    m_badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badgeLayout->setSpacing(6);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_badges);
}

void CustomerHeader::setCustomer(const customers::Customer& customer)
{
    m_name->setText(Display::digits(customer.name));
    QString subtitle = customers::displayName(customer.kind);
    if (!customer.company.isEmpty())
        subtitle = tr("%1 · %2", "kind · company").arg(subtitle, Display::isolate(Display::digits(customer.company)));
    m_subtitle->setText(subtitle);

    while (QLayoutItem* item = m_badgeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (customer.archived)
        m_badgeLayout->addWidget(makeBadge(tr("Archived"), QStringLiteral("archived")));
    for (const QString& tag : customer.tags)
        m_badgeLayout->addWidget(makeBadge(Display::digits(tag), QStringLiteral("tag")));
    m_badgeLayout->addStretch(1);
    m_badges->setVisible(customer.archived || !customer.tags.isEmpty());
}

QStringList CustomerHeader::badgeTexts() const
{
    QStringList texts;
    for (const QLabel* badge : m_badges->findChildren<QLabel*>())
        texts << badge->text();
    return texts;
}

QLabel* CustomerHeader::makeBadge(const QString& text, const QString& styleClass)
{
    auto* badge = new QLabel(text, m_badges);
    badge->setProperty("badge", styleClass);
    const bool archived = styleClass == QLatin1String("archived");
    badge->setStyleSheet(archived
            ? QStringLiteral("QLabel { background: #fde68a; color: #78350f; border-radius: 9px; padding: 1px 10px; }")
            : QStringLiteral("QLabel { background: #ccfbf1; color: #115e59; border-radius: 9px; padding: 1px 10px; }"));
    return badge;
}

} // namespace peyvand::ui
