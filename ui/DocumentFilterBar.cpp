#include "DocumentFilterBar.h"

#include "CustomerPicker.h"
#include "JalaliDateEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>

namespace peyvand::ui {

using sales::DocumentState;
using sales::DocumentType;

namespace {
constexpr int kAllTypes = -1;

QList<DocumentState> statesOf(int type)
{
    if (type == int(DocumentType::Invoice))
        return { DocumentState::Draft, DocumentState::Issued, DocumentState::Settled };
    if (type == int(DocumentType::Quote))
        return { DocumentState::Draft, DocumentState::Issued, DocumentState::Accepted, DocumentState::Rejected,
                 DocumentState::Expired, DocumentState::Converted };
    return { DocumentState::Draft, DocumentState::Issued, DocumentState::Accepted, DocumentState::Rejected,
             DocumentState::Expired, DocumentState::Converted, DocumentState::Settled };
}
} // namespace

DocumentFilterBar::DocumentFilterBar(customers::CustomerSearch& search, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_from(new JalaliDateEdit(this))
    , m_to(new JalaliDateEdit(this))
    , m_customer(new CustomerPicker(search, this))
    , m_marketer(new QLineEdit(this))
    , m_marketers(new QStringListModel(this))
{
    m_search->setObjectName(QStringLiteral("documentSearch"));
    m_search->setPlaceholderText(tr("Search number, customer or title…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_type->setObjectName(QStringLiteral("documentTypeFilter"));
    m_type->addItem(tr("Pre-invoices and invoices"), kAllTypes);
    m_type->addItem(tr("Pre-invoices"), int(DocumentType::Quote));
    m_type->addItem(tr("Invoices"), int(DocumentType::Invoice));
    m_state->setObjectName(QStringLiteral("documentStateFilter"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillStates();
    m_from->setObjectName(QStringLiteral("documentsFrom"));
    m_to->setObjectName(QStringLiteral("documentsTo"));
    m_from->setField(QStringLiteral("from"));
    m_to->setField(QStringLiteral("to"));
    m_from->lineEdit()->setPlaceholderText(tr("Any date"));
    m_to->lineEdit()->setPlaceholderText(tr("Any date"));
    m_customer->setObjectName(QStringLiteral("documentCustomerFilter"));
    m_customer->lineEdit()->setPlaceholderText(tr("Any customer"));
    m_customer->setMinimumWidth(200);
    m_marketer->setObjectName(QStringLiteral("documentMarketerFilter"));
    m_marketer->setPlaceholderText(tr("Any marketer"));
    m_marketer->setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_marketers, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_marketer->setCompleter(completer);

    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    first->addWidget(m_type);
    first->addWidget(m_state);
    first->addWidget(new QLabel(tr("Customer:"), this));
    first->addWidget(m_customer, 2);
    auto* second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("Issued from:"), this));
    second->addWidget(m_from, 1);
    second->addWidget(new QLabel(tr("to:"), this));
    second->addWidget(m_to, 1);
    second->addWidget(new QLabel(tr("Marketer:"), this));
    second->addWidget(m_marketer, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentFilterBar::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_marketer, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_customer, &CustomerPicker::textEdited, this, [this] { m_debounce.start(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillStates();
        emit filtersChanged();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &DocumentFilterBar::filtersChanged);
    connect(m_from, &JalaliDateEdit::editingFinished, this, &DocumentFilterBar::filtersChanged);
    connect(m_to, &JalaliDateEdit::editingFinished, this, &DocumentFilterBar::filtersChanged);
    connect(m_customer, &CustomerPicker::customerChanged, this, &DocumentFilterBar::filtersChanged);
}

void DocumentFilterBar::fillStates()
{
    const QSignalBlocker blocker(m_state);
    const QVariant current = m_state->currentData();
    const int type = m_type->currentData().toInt();
    m_state->clear();
    m_state->addItem(tr("Any state"), QVariant());
    for (const DocumentState state : statesOf(type)) {
        QString name = sales::displayName(state, type == kAllTypes ? DocumentType::Quote : DocumentType(type));
        if (type == kAllTypes && state == DocumentState::Issued)
            name = tr("Issued / open");
        m_state->addItem(name, int(state));
    }
    const int index = m_state->findData(current);
    m_state->setCurrentIndex(index < 0 ? 0 : index);
}

sales::DocumentFilter DocumentFilterBar::filter() const
{
    sales::DocumentFilter filter;
    const int type = m_type->currentData().toInt();
    if (type != kAllTypes)
        filter.type = DocumentType(type);
    if (m_state->currentData().isValid())
        filter.states << DocumentState(m_state->currentData().toInt());
    filter.from = m_from->date().valueOr(QDate());
    filter.to = m_to->date().valueOr(QDate());
    filter.marketer = m_marketer->text().trimmed();
    filter.text = m_search->text().trimmed();
    if (m_customer->customerId() > 0)
        filter.customerId = m_customer->customerId();
    else if (filter.text.isEmpty())
        filter.text = m_customer->text().trimmed(); // a name typed but not picked: search for it
    return filter;
}

bool DocumentFilterBar::hasFilters() const
{
    const sales::DocumentFilter f = filter();
    return f.type || !f.states.isEmpty() || f.from.isValid() || f.to.isValid() || f.customerId
        || !f.marketer.isEmpty() || !f.text.isEmpty();
}

void DocumentFilterBar::setMarketers(const QStringList& marketers)
{
    m_marketers->setStringList(marketers);
}

void DocumentFilterBar::flushPendingSearch()
{
    if (!m_debounce.isActive())
        return;
    m_debounce.stop();
    emit filtersChanged();
}

} // namespace peyvand::ui
