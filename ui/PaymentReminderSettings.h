#pragma once

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace peyvand::payments {
class Receivables;
}

namespace peyvand::ui {

// "Payment reminders" in the General settings: remind me N days ahead
// (0–60), saved through Receivables::setReminderDays as soon as it changes.
class PaymentReminderSettings final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentReminderSettings)

public:
    explicit PaymentReminderSettings(payments::Receivables& receivables, QWidget* parent = nullptr);

    // Reads the saved value again.
    void reload();
    QSpinBox* daysBox() const { return m_days; }
    QLabel* message() const { return m_message; }

signals:
    void daysChanged(int days);
    void statusMessage(const QString& message);

private:
    void save(int days);

    payments::Receivables& m_receivables;
    QSpinBox* m_days = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace peyvand::ui
