#pragma once

#include "customers/Customer.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace peyvand::ui {

// The top of the customer page: name, kind and company, and the tags as badges.
class CustomerHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHeader)

public:
    explicit CustomerHeader(QWidget* parent = nullptr);

    void setCustomer(const customers::Customer& customer);
    QLabel* nameLabel() const { return m_name; }
    QStringList badgeTexts() const;

private:
    QLabel* makeBadge(const QString& text, const QString& styleClass);

    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QWidget* m_badges = nullptr;
    QHBoxLayout* m_badgeLayout = nullptr;
};

} // namespace peyvand::ui
