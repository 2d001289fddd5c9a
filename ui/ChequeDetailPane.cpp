#include "ChequeDetailPane.h"

#include "AmountText.h"
#include "ChequeHistoryModel.h"
#include "ChequeText.h"
#include "Display.h"
#include "payments/ChequeStates.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::ChequeStatus;

namespace {
constexpr int kImageHeight = 110;
}

ChequeDetailPane::ChequeDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_body(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(m_body))
    , m_image(new QLabel(m_body))
    , m_edit(new QPushButton(tr("Edit details…"), m_body))
    , m_history(new ChequeHistoryModel(this))
    , m_historyView(new QTableView(m_body))
{
    setObjectName(QStringLiteral("chequeDetailPane"));
    m_empty->setObjectName(QStringLiteral("chequeDetailEmpty"));
    m_empty->setText(tr("Choose a cheque to see its details and history."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));
    m_title->setObjectName(QStringLiteral("chequeTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_edit->setObjectName(QStringLiteral("editChequeButton"));

    // Two columns of fields: the cheque itself, then who and what it is for.
    auto* fields = new QWidget(m_body);
    auto* columns = new QHBoxLayout(fields);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* first = new QFormLayout;
    auto* second = new QFormLayout;
    for (QFormLayout* form : { first, second }) {
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        columns->addLayout(form, 1);
    }
    addValue(first, fields, QStringLiteral("status"), tr("Status"));
    addValue(first, fields, QStringLiteral("direction"), tr("Direction"));
    addValue(first, fields, QStringLiteral("amount"), tr("Amount"));
    addValue(first, fields, QStringLiteral("due_date"), tr("Due date"));
    addValue(first, fields, QStringLiteral("sayad_id"), tr("Sayad ID"));
    addValue(first, fields, QStringLiteral("serial"), tr("Serial"));
    addValue(first, fields, QStringLiteral("bank"), tr("Bank and branch"));
    addValue(second, fields, QStringLiteral("account"), tr("Account"));
    addValue(second, fields, QStringLiteral("drawer"), tr("Drawer"));
    addValue(second, fields, QStringLiteral("customer"), tr("Customer"));
    addValue(second, fields, QStringLiteral("document"), tr("Invoice"));
    addValue(second, fields, QStringLiteral("entry_date"), tr("Entered"));
    addValue(second, fields, QStringLiteral("status_date"), tr("Last change"));
    addValue(second, fields, QStringLiteral("note"), tr("Note"));

    m_image->setObjectName(QStringLiteral("chequeImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumHeight(40);

    m_historyView->setObjectName(QStringLiteral("chequeHistory"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    QHeaderView* header = m_historyView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(ChequeHistoryModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChequeHistoryModel::ChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChequeHistoryModel::NoteColumn, QHeaderView::Stretch);
    m_historyView->setMinimumHeight(90);

    m_actionRow = new QHBoxLayout;
    m_actionRow->setContentsMargins(0, 0, 0, 0);
    m_actionRow->addSpacing(12);
    m_actionRow->addWidget(m_edit);

    auto* historyBox = new QGroupBox(tr("History"), m_body);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);

    auto* left = new QVBoxLayout;
    left->addWidget(fields);
    left->addWidget(m_image, 1);
    auto* row = new QHBoxLayout;
    row->addLayout(left, 3);
    row->addWidget(historyBox, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addLayout(m_actionRow);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(top);
    bodyLayout->addLayout(row, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);

    connect(m_edit, &QPushButton::clicked, this, &ChequeDetailPane::editRequested);
    clear();
}

QLabel* ChequeDetailPane::addValue(QFormLayout* form, QWidget* parent, const QString& field, const QString& caption)
{
    auto* value = new QLabel(parent);
    value->setObjectName(QStringLiteral("value_") + field);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
    form->addRow(caption, value);
    m_values.insert(field, value);
    return value;
}

void ChequeDetailPane::setValue(const QString& field, const QString& text)
{
    if (QLabel* label = m_values.value(field))
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void ChequeDetailPane::clear()
{
    m_cheque = {};
    m_offered.clear();
    qDeleteAll(m_actions);
    m_actions.clear();
    m_history->setEvents({});
    m_body->hide();
    m_empty->show();
}

void ChequeDetailPane::showCheque(const payments::Cheque& cheque, const QList<payments::ChequeEvent>& history,
                                  bool toman)
{
    if (cheque.id <= 0) {
        clear();
        return;
    }
    m_cheque = cheque;
    m_empty->hide();
    m_body->show();
    m_title->setText(cheque.direction == payments::ChequeDirection::Issued
                         ? tr("Cheque %1 to %2").arg(ChequeText::label(cheque), Display::isolate(cheque.drawerName))
                         : tr("Cheque %1 from %2").arg(ChequeText::label(cheque), Display::isolate(cheque.drawerName)));
    setValue(QStringLiteral("status"), payments::displayName(cheque.status));
    m_values.value(QStringLiteral("status"))
        ->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                            .arg(ChequeText::statusColor(cheque.status).name()));
    setValue(QStringLiteral("direction"), payments::displayName(cheque.direction));
    setValue(QStringLiteral("amount"), AmountText::withUnit(cheque.amount, toman));
    setValue(QStringLiteral("due_date"), Display::date(cheque.dueDate));
    setValue(QStringLiteral("sayad_id"), Display::digits(cheque.sayadId));
    setValue(QStringLiteral("serial"), Display::digits(cheque.serial));
    QStringList bank;
    if (!cheque.bank.isEmpty())
        bank << cheque.bank;
    if (!cheque.branchName.isEmpty() || !cheque.branchCode.isEmpty())
        bank << (cheque.branchCode.isEmpty()
                     ? cheque.branchName
                     : tr("%1 (code %2)", "branch name (code)")
                           .arg(Display::isolate(cheque.branchName), Display::digits(cheque.branchCode)));
    setValue(QStringLiteral("bank"), Display::isolatedList(bank));
    setValue(QStringLiteral("account"),
             cheque.accountNumber.isEmpty()
                 ? QString()
                 : tr("%1 %2", "account type, number")
                       .arg(payments::displayName(cheque.accountType), Display::digits(cheque.accountNumber)));
    setValue(QStringLiteral("drawer"),
             cheque.drawerId.isEmpty() ? Display::isolate(cheque.drawerName)
                                       : tr("%1, ID %2", "drawer name, national ID")
                                             .arg(Display::isolate(cheque.drawerName), Display::digits(cheque.drawerId)));
    setValue(QStringLiteral("customer"), Display::isolate(cheque.customerName));
    setValue(QStringLiteral("document"), Display::digits(cheque.documentNumber));
    setValue(QStringLiteral("entry_date"), Display::date(cheque.entryDate));
    setValue(QStringLiteral("status_date"), Display::date(cheque.statusDate));
    setValue(QStringLiteral("note"), Display::isolate(cheque.note));

    QPixmap scan;
    if (!cheque.image.isEmpty() && scan.loadFromData(cheque.image)) {
        m_image->setPixmap(scan.scaledToHeight(kImageHeight, Qt::SmoothTransformation));
        m_image->setToolTip(tr("The scan of the cheque"));
    } else {
        m_image->setPixmap({});
        m_image->setText(cheque.hasImage ? tr("The scan cannot be shown.") : tr("No scan"));
        m_image->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));
    }

    m_history->setEvents(history);

    qDeleteAll(m_actions);
    m_actions.clear();
    m_offered = payments::cheque_states::next(cheque.status);
    int position = 0;
    for (const ChequeStatus to : std::as_const(m_offered)) {
        auto* button = new QPushButton(ChequeText::actionName(to), m_body);
        button->setObjectName(QStringLiteral("action_") + payments::toKey(to));
        button->setToolTip(ChequeText::actionTitle(to));
        m_actionRow->insertWidget(position++, button);
        m_actions.insert(int(to), button);
        connect(button, &QPushButton::clicked, this, [this, to] { emit transitionRequested(to); });
    }
}

} // namespace peyvand::ui
