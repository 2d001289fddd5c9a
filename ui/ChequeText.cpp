#include "ChequeText.h"

#include "Display.h"

namespace peyvand::ui {

using payments::ChequeStatus;

QString ChequeText::actionName(ChequeStatus to)
{
    switch (to) {
    case ChequeStatus::Received:
        return tr("Receive");
    case ChequeStatus::Deposited:
        return tr("Deposit");
    case ChequeStatus::Cleared:
        return tr("Clear");
    case ChequeStatus::Bounced:
        return tr("Bounce");
    case ChequeStatus::Returned:
        return tr("Return");
    case ChequeStatus::Redeposited:
        return tr("Redeposit");
    case ChequeStatus::Transferred:
        return tr("Endorse");
    case ChequeStatus::Cancelled:
        return tr("Cancel cheque");
    }
    return {};
}

QString ChequeText::actionTitle(ChequeStatus to)
{
    switch (to) {
    case ChequeStatus::Received:
        return tr("Receive the cheque");
    case ChequeStatus::Deposited:
        return tr("Deposit the cheque at the bank");
    case ChequeStatus::Cleared:
        return tr("The cheque cleared");
    case ChequeStatus::Bounced:
        return tr("The cheque bounced");
    case ChequeStatus::Returned:
        return tr("Return the cheque to its drawer");
    case ChequeStatus::Redeposited:
        return tr("Deposit the cheque again");
    case ChequeStatus::Transferred:
        return tr("Endorse the cheque to a third party");
    case ChequeStatus::Cancelled:
        return tr("Cancel the cheque");
    }
    return {};
}

QColor ChequeText::statusColor(ChequeStatus status)
{
    switch (status) {
    case ChequeStatus::Cleared:
        return QColor(0x15, 0x80, 0x3d);
    case ChequeStatus::Bounced:
        return QColor(0xb9, 0x1c, 0x1c);
    case ChequeStatus::Returned:
    case ChequeStatus::Cancelled:
        return QColor(0x64, 0x74, 0x8b);
    case ChequeStatus::Deposited:
    case ChequeStatus::Redeposited:
        return QColor(0x1d, 0x4e, 0xd8);
    case ChequeStatus::Transferred:
        return QColor(0x7e, 0x22, 0xce);
    case ChequeStatus::Received:
        return QColor(0x0f, 0x76, 0x6e);
    }
    return {};
}

QString ChequeText::label(const payments::Cheque& cheque)
{
    return Display::digits(cheque.serial.isEmpty() ? cheque.sayadId : cheque.serial);
}

} // namespace peyvand::ui
