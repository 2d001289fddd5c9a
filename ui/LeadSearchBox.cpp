#include "LeadSearchBox.h"

#include "Display.h"
#include "leads/LeadQuery.h"

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

LeadSearchBox::LeadSearchBox(leads::LeadQuery& leads, QWidget* parent)
    : QWidget(parent)
    , m_leads(leads)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
{
    m_edit->setObjectName(QStringLiteral("leadSearchEdit"));
    m_edit->setPlaceholderText(tr("Type a lead's name, company or mobile…"));
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
        if (m_leadId != 0 && text != m_pickedName) {
            m_leadId = 0;
            emit leadChanged(0);
        }
        search(text);
        if (m_suggestions->rowCount() > 0)
            m_completer->complete();
        emit textEdited(text);
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const qint64 id = index.data(kIdRole).toLongLong();
                if (id > 0)
                    setLead(id, index.data(kNameRole).toString());
                emit leadChanged(id);
            });
}

QString LeadSearchBox::text() const
{
    return m_edit->text();
}

void LeadSearchBox::setLead(qint64 leadId, const QString& name)
{
    m_leadId = leadId;
    m_pickedName = leadId > 0 ? name : QString();
    m_edit->setText(m_pickedName);
    m_edit->setCursorPosition(0);
}

bool LeadSearchBox::pickSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions->rowCount())
        return false;
    const QModelIndex index = m_suggestions->index(row, 0);
    setLead(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
    m_completer->popup()->hide();
    emit leadChanged(m_leadId);
    return true;
}

void LeadSearchBox::search(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    leads::LeadFilter filter;
    filter.text = text;
    const Result<QList<leads::LeadRow>> rows = m_leads.page(filter, leads::LeadSort::Priority, kSuggestions, 0);
    if (!rows)
        return;
    for (const leads::LeadRow& row : *rows) {
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
}

} // namespace peyvand::ui
