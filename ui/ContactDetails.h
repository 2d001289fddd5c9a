#pragma once

#include "customers/Customer.h"

#include <QGroupBox>

class QGridLayout;

namespace peyvand::ui {

// The customer's contact details, one row per value given, each with a copy button.
class ContactDetails final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetails)

public:
    explicit ContactDetails(QWidget* parent = nullptr);

    void setCustomer(const customers::Customer& customer);
    // The value shown for a field identifier ("mobile", "email", …), empty when not shown.
    QString shownValue(const QString& field) const;

signals:
    void copied(const QString& label);

private:
    void addRow(const QString& field, const QString& label, const QString& shown, const QString& copyValue);
    void clearRows();

    QGridLayout* m_grid = nullptr;
    int m_rows = 0;
};

} // namespace peyvand::ui
