#pragma once

#include "payments/Payment.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace peyvand::ui {

// How cheques read on screen: the verb of the button that moves a cheque to
// a state ("Deposit", "Clear", "Endorse"…) and the colour of each state.
class ChequeText final {
    Q_DECLARE_TR_FUNCTIONS(ChequeText)

public:
    static QString actionName(payments::ChequeStatus to);
    // What the transition dialog asks: "Deposit cheque 1234…".
    static QString actionTitle(payments::ChequeStatus to);
    static QColor statusColor(payments::ChequeStatus status);
    // Serial, else the Sayad ID: how a cheque is named in a line.
    static QString label(const payments::Cheque& cheque);

private:
    ChequeText() = delete;
};

} // namespace peyvand::ui
