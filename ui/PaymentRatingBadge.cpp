#include "PaymentRatingBadge.h"

#include "Display.h"

namespace peyvand::ui {

using payments::PaymentGrade;

PaymentRatingBadge::PaymentRatingBadge(QWidget* parent, bool withDescription)
    : QLabel(parent)
    , m_withDescription(withDescription)
{
    setObjectName(QStringLiteral("paymentRatingBadge"));
    setTextFormat(Qt::RichText);
    setWordWrap(withDescription);
    setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
    setRecord(std::nullopt);
}

QString PaymentRatingBadge::colour(PaymentGrade grade)
{
    switch (grade) {
    case PaymentGrade::A:
        return QStringLiteral("#15803d");
    case PaymentGrade::B:
        return QStringLiteral("#0369a1");
    case PaymentGrade::C:
        return QStringLiteral("#b45309");
    case PaymentGrade::D:
        return QStringLiteral("#b91c1c");
    }
    return QStringLiteral("#475569");
}

void PaymentRatingBadge::setRecord(const std::optional<payments::PaymentRecord>& record)
{
    m_grade = record ? record->grade : std::nullopt;
    if (!record) {
        setText(tr("—"));
        setToolTip({});
        return;
    }
    if (!record->grade) {
        setText(tr("No record yet"));
        setToolTip(tr("None of this customer's instalments, cheques or credit promises has fallen due yet."));
        return;
    }
    const QString description = payments::describe(*record);
    const QString badge = QStringLiteral("<span style=\"background-color:%1; color:white; font-weight:bold;\">"
                                         "&nbsp;%2&nbsp;</span>")
                              .arg(colour(*m_grade), payments::toKey(*m_grade));
    if (m_withDescription)
        setText(tr("%1 %2", "rating badge, its description")
                    .arg(badge, Display::digits(description).toHtmlEscaped()));
    else
        setText(badge);
    setToolTip(Display::digits(description));
}

} // namespace peyvand::ui
