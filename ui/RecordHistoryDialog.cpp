#include "RecordHistoryDialog.h"

#include "ErrorText.h"
#include "RecordHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

RecordHistoryDialog::RecordHistoryDialog(history::RecordHistory history, history::RecordKind kind, qint64 id,
                                         const QString& recordName, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_kind(kind)
    , m_id(id)
    , m_model(new RecordHistoryModel(this))
    , m_filter(new RecordHistoryFilter(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("recordHistoryDialog"));
    //: Window title; %1 names the record ("Customer Ali Karimi", "Invoice 1404-12").
    setWindowTitle(tr("History of %1").arg(recordName));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search the changes"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &RecordHistoryDialog::setSearchText);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordHistoryModel::WhenColumn, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_empty->setObjectName(QStringLiteral("emptyStateText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(960, 520);
    reload();
}

bool RecordHistoryDialog::reload()
{
    auto rows = m_history.of(m_kind, m_id);
    if (!rows) {
        m_error = ErrorText::describe(rows.error());
        m_model->setRows({});
        updateEmptyState();
        return false;
    }
    m_error.clear();
    m_model->setRows(*rows);
    // The labels take what they need; the values share the rest (a long one is in its tooltip).
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < RecordHistoryModel::ColumnCount; ++c) {
        const bool value = c == RecordHistoryModel::BeforeColumn || c == RecordHistoryModel::AfterColumn;
        header->setSectionResizeMode(c, value ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    updateEmptyState();
    return true;
}

void RecordHistoryDialog::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_filter->setSearchText(text);
    updateEmptyState();
}

QString RecordHistoryDialog::emptyText() const { return m_stack->currentWidget() == m_empty ? m_empty->text() : QString(); }

void RecordHistoryDialog::updateEmptyState()
{
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_model->rowCount() == 0)
        text = tr("No changes are recorded yet.");
    else if (m_filter->rowCount() == 0)
        text = tr("No changes match “%1”.").arg(m_search->text());
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_table) : m_empty);
    m_search->setEnabled(m_model->rowCount() > 0);
}

RecordHistoryDialog* RecordHistoryDialog::openFor(const history::RecordHistory& history, history::RecordKind kind, qint64 id,
                                                  const QString& recordName, QWidget* parent)
{
    auto* dialog = new RecordHistoryDialog(history, kind, id, recordName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace peyvand::ui
