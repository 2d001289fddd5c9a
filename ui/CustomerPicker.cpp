#include "CustomerPicker.h"

#include "Display.h"
#include "customers/CustomerSearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace peyvand::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

CustomerPicker::CustomerPicker(customers::CustomerSearch& search, QWidget* parent)
    : QWidget(parent)
    , m_search(search)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
{
    m_edit->setObjectName(QStringLiteral("customerPickerEdit"));
    m_edit->setPlaceholderText(tr("Type a name, company or mobile…"));
    m_edit->setClearButtonEnabled(true);
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setMaxVisibleItems(kSuggestions);
    m_edit->setCompleter(m_completer);
    setFocusProxy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_customerId != 0 && text != m_pickedName) {
            m_customerId = 0;
            emit customerChanged(0);
        }
        updateSuggestions(text);
        emit textEdited(text);
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const qint64 id = index.data(kIdRole).toLongLong();
                if (id > 0)
                    setCustomer(id, index.data(kNameRole).toString());
                emit customerChanged(id);
            });
}

QString CustomerPicker::text() const
{
    return m_edit->text();
}

void CustomerPicker::setCustomer(qint64 customerId, const QString& name)
{
    m_customerId = customerId;
    m_pickedName = customerId > 0 ? name : QString();
    m_edit->setText(m_pickedName);
    m_edit->setCursorPosition(0);
}

void CustomerPicker::clear()
{
    setCustomer(0, {});
    m_suggestions->clear();
}

void CustomerPicker::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
}

bool CustomerPicker::pickSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions->rowCount())
        return false;
    const QModelIndex index = m_suggestions->index(row, 0);
    setCustomer(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
    m_completer->popup()->hide();
    emit customerChanged(m_customerId);
    return true;
}

void CustomerPicker::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    customers::CustomerQuery query;
    query.text = text;
    query.sort = customers::CustomerQuery::Sort::Relevance;
    const Result<QList<customers::CustomerRow>> rows = m_search.page(query, 0, kSuggestions);
    if (!rows)
        return;
    for (const customers::CustomerRow& row : *rows) {
        QStringList parts { Display::digits(row.name) };
        if (!row.company.isEmpty())
            parts << Display::digits(row.company);
        if (!row.mobile.isEmpty())
            parts << Display::isolate(Display::digits(row.mobile));
        auto* item = new QStandardItem(parts.join(QStringLiteral(" — ")));
        item->setData(row.id, kIdRole);
        item->setData(row.name, kNameRole);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() > 0)
        m_completer->complete();
}

} // namespace peyvand::ui
