#include "CustomerPage.h"

#include "ContactDetails.h"
#include "CustomerDocumentsBox.h"
#include "CustomerHeader.h"
#include "CustomerSummaryBox.h"
#include "Dialogs.h"
#include "Display.h"
#include "DocumentServices.h"
#include "ErrorText.h"
#include "InteractionListModel.h"
#include "LogInteractionDialog.h"
#include "NoteListModel.h"
#include "RecordHistoryDialog.h"
#include "customers/CustomerService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace peyvand::ui {

CustomerPage::CustomerPage(customers::CustomerService& service, DocumentServices& documents, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_documents(documents)
    , m_header(new CustomerHeader(this))
    , m_contacts(new ContactDetails(this))
    , m_summary(new CustomerSummaryBox(this))
    , m_documentsBox(new CustomerDocumentsBox(documents, this))
    , m_notes(new NoteListModel(this))
    , m_interactions(new InteractionListModel(this))
{
    setObjectName(QStringLiteral("customerPage"));

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(2, 0, 2, 0);
    detailsLayout->addWidget(m_contacts);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addStretch(1);
    auto* detailsScroll = new QScrollArea;
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(details);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setMinimumWidth(360);

    auto* activity = new QSplitter(Qt::Vertical);
    activity->addWidget(createNotesBox());
    activity->addWidget(createTimelineBox());
    activity->addWidget(m_documentsBox);
    activity->setStretchFactor(0, 2);
    activity->setStretchFactor(1, 3);
    activity->setStretchFactor(2, 2);
    activity->setChildrenCollapsible(false);

    auto* columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(detailsScroll);
    columns->addWidget(activity);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 5);
    columns->setChildrenCollapsible(false);
    columns->setSizes({ 420, 900 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createActionBar());
    layout->addWidget(columns, 1);

    connect(m_documentsBox, &CustomerDocumentsBox::openDocumentRequested, this,
            &CustomerPage::openDocumentRequested);
    connect(m_documentsBox, &CustomerDocumentsBox::newQuoteRequested, this, &CustomerPage::newQuoteRequested);
    connect(m_contacts, &ContactDetails::copied, this,
            [this](const QString& label) { emit statusMessage(tr("%1 copied").arg(label)); });
}

QWidget* CustomerPage::createActionBar()
{
    auto* bar = new QWidget(this);
    auto* back = new QToolButton(bar);
    back->setObjectName(QStringLiteral("backButton"));
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setText(tr("Customers"));
    back->setToolTip(tr("Back to the customer list (Esc)"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &CustomerPage::backRequested);

    m_logCall = new QPushButton(tr("Log call…"), bar);
    m_logCall->setObjectName(QStringLiteral("logCallButton"));
    m_edit = new QPushButton(tr("Edit…"), bar);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_archive = new QPushButton(bar);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_delete = new QPushButton(tr("Delete…"), bar);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_history = new QPushButton(tr("History…"), bar);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Every change of this customer, its notes and interactions"));
    connect(m_history, &QPushButton::clicked, this, &CustomerPage::openHistory);
    connect(m_logCall, &QPushButton::clicked, this, &CustomerPage::openLogCall);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_customer.id); });
    connect(m_archive, &QPushButton::clicked, this, &CustomerPage::toggleArchived);
    connect(m_delete, &QPushButton::clicked, this, &CustomerPage::deleteCustomer);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_logCall);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_history);
    buttons->addWidget(m_delete);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(back, 0, Qt::AlignTop);
    layout->addSpacing(12);
    layout->addWidget(m_header, 1);
    layout->addLayout(buttons);
    return bar;
}

QWidget* CustomerPage::createNotesBox()
{
    auto* box = new QGroupBox(tr("Notes"));
    m_noteEdit = new QPlainTextEdit(box);
    m_noteEdit->setObjectName(QStringLiteral("noteEditor"));
    m_noteEdit->setPlaceholderText(tr("A note on this customer: their mood, what they need, how to approach them…"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_noteEdit->installEventFilter(this);
    m_addNote = new QPushButton(tr("Add note"), box);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setToolTip(tr("Save the note (Ctrl+Enter)"));
    m_noteError = new QLabel(box);
    m_noteError->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_noteError->hide();
    m_noteList = new QListView(box);
    m_noteList->setObjectName(QStringLiteral("noteList"));
    m_noteList->setModel(m_notes);
    m_noteList->setWordWrap(true);
    m_noteList->setAlternatingRowColors(true);
    m_noteList->setSpacing(2);
    m_noteList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noteList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_addNote, &QPushButton::clicked, this, &CustomerPage::addNote);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_noteEdit, 1);
    entry->addWidget(m_addNote, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(entry);
    layout->addWidget(m_noteError);
    layout->addWidget(m_noteList, 1);
    return box;
}

QWidget* CustomerPage::createTimelineBox()
{
    auto* box = new QGroupBox(tr("Interactions"));
    m_timeline = new QTableView(box);
    m_timeline->setObjectName(QStringLiteral("interactionTimeline"));
    m_timeline->setModel(m_interactions);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_timeline->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InteractionListModel::SummaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InteractionListModel::OutcomeColumn, QHeaderView::Interactive);
    header->resizeSection(InteractionListModel::OutcomeColumn, 160);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_timeline);
    return box;
}

bool CustomerPage::showCustomer(qint64 customerId)
{
    Result<customers::Customer> customer = m_service.get(customerId);
    if (!customer) {
        emit statusMessage(ErrorText::describe(customer.error()));
        return false;
    }
    m_customer = *customer;
    m_header->setCustomer(m_customer);
    m_contacts->setCustomer(m_customer);
    m_archive->setText(m_customer.archived ? tr("Restore") : tr("Archive"));
    m_archive->setToolTip(m_customer.archived ? tr("Show this customer in the list again")
                                              : tr("Hide this customer from the list; it can be restored"));
    m_noteEdit->clear();
    m_noteError->hide();
    loadActivity();
    return true;
}

void CustomerPage::reload()
{
    if (m_customer.id > 0)
        showCustomer(m_customer.id);
}

void CustomerPage::loadActivity()
{
    m_notes->setNotes(m_service.notes(m_customer.id).valueOr({}));
    m_interactions->setInteractions(m_service.interactions(m_customer.id).valueOr({}));
    Result<customers::CustomerSummary> summary = m_service.summary(m_customer.id);
    if (summary)
        m_summary->setSummary(*summary);
    m_summary->setSales(m_documents.documents.customerSales(m_customer.id).valueOr({}));
    const Result<payments::PaymentRecord> record = m_documents.paymentRecords.record(m_customer.id);
    m_summary->setPaymentRecord(record ? std::optional(*record) : std::nullopt);
    m_documentsBox->setCustomer(m_customer.id);
}

void CustomerPage::addNote()
{
    m_noteError->hide();
    if (m_noteEdit->toPlainText().trimmed().isEmpty()) {
        m_noteEdit->setFocus();
        return;
    }
    Result<customers::Note> note = m_service.addNote(m_customer.id, m_noteEdit->toPlainText());
    if (!note) {
        m_noteError->setText(ErrorText::describe(note.error()));
        m_noteError->show();
        return;
    }
    m_noteEdit->clear();
    loadActivity();
    emit statusMessage(tr("Note added"));
    emit customerChanged(m_customer.id);
}

LogInteractionDialog* CustomerPage::openLogCall()
{
    auto* dialog = new LogInteractionDialog(m_service, m_customer.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadActivity();
        emit statusMessage(tr("Call logged"));
        emit customerChanged(m_customer.id);
    });
    dialog->open();
    return dialog;
}

void CustomerPage::toggleArchived()
{
    const Status status = m_customer.archived ? m_service.restore(m_customer.id) : m_service.archive(m_customer.id);
    if (!status) {
        Dialogs::error(this, tr("Peyvand"), ErrorText::describe(status.error()));
        return;
    }
    const bool archived = !m_customer.archived;
    reload();
    emit statusMessage(archived ? tr("Customer archived") : tr("Customer restored"));
    emit customerChanged(m_customer.id);
}

void CustomerPage::deleteCustomer()
{
    const QString question = tr("Delete “%1” with all their notes and interactions? This cannot be undone. "
                                "Archive the customer instead to hide them but keep their history.")
                                 .arg(Display::digits(m_customer.name));
    if (Dialogs::ask(this, tr("Delete customer"), question, tr("Delete")) != Dialogs::Answer::Yes)
        return;
    const qint64 id = m_customer.id;
    const Status status = m_service.remove(id);
    if (!status) {
        Dialogs::error(this, tr("Peyvand"), ErrorText::describe(status.error()));
        return;
    }
    m_customer = {};
    emit statusMessage(tr("Customer deleted"));
    emit customerDeleted(id);
}

bool CustomerPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

RecordHistoryDialog* CustomerPage::openHistory()
{
    return RecordHistoryDialog::openFor(m_documents.history, history::RecordKind::Customer, m_customer.id,
                                        tr("customer %1").arg(m_customer.name), this);
}

} // namespace peyvand::ui
