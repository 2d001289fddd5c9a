#include "DocumentEditor.h"

#include "CustomerPicker.h"
#include "Dialogs.h"
#include "Display.h"
#include "DocumentActions.h"
#include "DocumentAdditionsModel.h"
#include "DocumentAdjustmentsBox.h"
#include "DocumentEditorBar.h"
#include "DocumentHeaderForm.h"
#include "DocumentLinesModel.h"
#include "DocumentServices.h"
#include "DocumentTotalsPanel.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "InvoicePaymentsPanel.h"
#include "LineItemDelegate.h"
#include "LineTableView.h"

#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace peyvand::ui {

using sales::Document;
using sales::DocumentType;

DocumentEditor::DocumentEditor(DocumentServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_header(new DocumentHeaderForm(services, this))
    , m_lines(new DocumentLinesModel(this))
    , m_table(new LineTableView(this))
    , m_delegate(new LineItemDelegate(services.catalog, this))
    , m_adjustments(new DocumentAdjustmentsBox(this))
    , m_totals(new DocumentTotalsPanel(this))
    , m_actions(new DocumentActions(services, this))
    , m_payments(new InvoicePaymentsPanel(services, this))
    , m_bar(new DocumentEditorBar(*m_actions, this))
{
    setObjectName(QStringLiteral("documentEditor"));
    auto* headerBox = new QGroupBox(tr("Document"), this);
    auto* headerLayout = new QVBoxLayout(headerBox);
    headerLayout->addWidget(m_header);

    auto* bottom = new QHBoxLayout;
    auto* adjustmentsBox = new QGroupBox(tr("Discount, tax and additions"), this);
    auto* adjustmentsLayout = new QVBoxLayout(adjustmentsBox);
    adjustmentsLayout->addWidget(m_adjustments);
    bottom->addWidget(adjustmentsBox, 3);
    bottom->addWidget(m_totals, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(createBanner());
    layout->addWidget(headerBox);
    layout->addWidget(createLinesBox(), 1);
    layout->addWidget(m_payments, 1);
    layout->addLayout(bottom);
    m_payments->hide();

    connect(m_bar, &DocumentEditorBar::backClicked, this, [this] {
        if (confirmLeave())
            emit backRequested();
    });
    connect(m_bar, &DocumentEditorBar::saveClicked, this, &DocumentEditor::save);
    connect(m_bar, &DocumentEditorBar::saveAndIssueClicked, this, &DocumentEditor::saveAndIssue);
    connect(m_header, &DocumentHeaderForm::edited, this, &DocumentEditor::onEdited);
    connect(m_header, &DocumentHeaderForm::issueDateChanged, this, &DocumentEditor::onIssueDateChanged);
    connect(m_lines, &DocumentLinesModel::linesEdited, this, &DocumentEditor::onEdited);
    connect(m_adjustments, &DocumentAdjustmentsBox::edited, this, &DocumentEditor::onEdited);
    // After the product's cell editor has closed: on to the quantity.
    connect(m_delegate, &LineItemDelegate::productApplied, this, [this](int row) {
        const QModelIndex quantity = m_lines->index(row, DocumentLinesModel::QuantityColumn);
        m_table->setCurrentIndex(quantity);
        m_table->edit(quantity);
    }, Qt::QueuedConnection);
    connect(m_actions, &DocumentActions::statusMessage, this, &DocumentEditor::statusMessage);
    connect(m_payments, &InvoicePaymentsPanel::statusMessage, this, &DocumentEditor::statusMessage);
    connect(m_payments, &InvoicePaymentsPanel::invoiceChanged, this, [this](qint64 id) {
        if (id == m_document.id)
            openDocument(id);
        emit documentChanged(id);
    });
    connect(m_actions, &DocumentActions::documentChanged, this, [this](qint64 id) {
        if (id == m_document.id)
            openDocument(id);
        emit documentChanged(id);
    });
    connect(m_actions, &DocumentActions::documentCreated, this, [this](qint64 id) {
        emit documentChanged(id);
        openDocument(id);
    });
    connect(m_actions, &DocumentActions::documentRemoved, this, [this](qint64 id) {
        m_dirty = false;
        emit documentChanged(id);
        emit backRequested();
    });

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &DocumentEditor::save);
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* issue = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(issue, &QShortcut::activated, this, &DocumentEditor::saveAndIssue);
    }
    newQuote();
}

DocumentEditor::~DocumentEditor()
{
    // Children are destroyed after this object: an open cell editor then
    // commits its text, which must no longer reach this editor.
    for (QObject* source :
         std::initializer_list<QObject*> { m_header, m_lines, m_adjustments, m_delegate, m_actions, m_payments })
        source->disconnect(this);
}

QFrame* DocumentEditor::createBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("lockedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#lockedBanner { background: #fef3c7; border: 1px solid #f59e0b; "
                                           "border-radius: 4px; } QLabel { color: #78350f; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setAlignment(Display::leadingAlignment());
    m_bannerDuplicate = new QPushButton(tr("Duplicate"), m_banner);
    m_bannerDuplicate->setObjectName(QStringLiteral("bannerDuplicateButton"));
    connect(m_bannerDuplicate, &QPushButton::clicked, m_actions, &DocumentActions::duplicate);
    auto* layout = new QHBoxLayout(m_banner);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_bannerDuplicate);
    m_banner->hide();
    return m_banner;
}

QWidget* DocumentEditor::createLinesBox()
{
    auto* box = new QGroupBox(tr("Lines"), this);
    m_table->setObjectName(QStringLiteral("documentLinesTable"));
    m_table->setModel(m_lines);
    m_table->setItemDelegate(m_delegate);
    m_table->setToolTip(tr("Type a code or description to pick from the catalog; Tab or Enter moves on; "
                           "Ctrl+Delete removes a line"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DocumentLinesModel::DescriptionColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0"));
    const QList<std::pair<int, int>> widths { { DocumentLinesModel::CodeColumn, 9 * digit },
                                              { DocumentLinesModel::QuantityColumn, 8 * digit },
                                              { DocumentLinesModel::UnitColumn, 8 * digit },
                                              { DocumentLinesModel::UnitPriceColumn, 13 * digit },
                                              { DocumentLinesModel::SerialColumn, 9 * digit },
                                              { DocumentLinesModel::DiscountColumn, 11 * digit },
                                              { DocumentLinesModel::TaxableColumn, 7 * digit },
                                              { DocumentLinesModel::NetColumn, 13 * digit },
                                              { DocumentLinesModel::TaxColumn, 12 * digit },
                                              { DocumentLinesModel::TotalColumn, 13 * digit } };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    m_table->setMinimumHeight(180);
    m_linesMessage = new QLabel(box);
    m_linesMessage->setObjectName(QStringLiteral("linesMessage"));
    m_linesMessage->setWordWrap(true);
    m_linesMessage->setAlignment(Display::leadingAlignment());
    m_linesMessage->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_linesMessage->hide();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_linesMessage);
    return box;
}

void DocumentEditor::newQuote(qint64 customerId)
{
    const sales::CompanyProfile profile = m_services.profile.load().valueOr({});
    Document draft;
    draft.type = DocumentType::Quote;
    draft.customerId = customerId;
    draft.issueDate = m_services.today();
    draft.validUntil = draft.issueDate.addDays(profile.defaultValidityDays);
    draft.description = profile.defaultTerms;
    draft.taxRounding = profile.taxRounding;
    if (customerId > 0)
        draft.buyer.name = m_services.customers.get(customerId).valueOr({}).name;
    load(draft);
}

bool DocumentEditor::openDocument(qint64 documentId)
{
    Result<Document> document = m_services.documents.get(documentId);
    if (!document) {
        emit statusMessage(ErrorText::describe(document.error()));
        return false;
    }
    load(*document);
    return true;
}

void DocumentEditor::load(const Document& document)
{
    m_loading = true;
    m_document = document;
    const sales::CompanyProfile profile = m_services.profile.load().valueOr({});
    QString customerName = document.buyer.name;
    if (customerName.isEmpty() && document.customerId > 0)
        customerName = m_services.customers.get(document.customerId).valueOr({}).name;
    m_header->setMarketers(m_services.query.marketers().valueOr({}));
    m_header->load(document, customerName, profile.defaultValidityDays);
    m_lines->setLines(document.lines);
    m_adjustments->load(document);
    m_adjustments->setTableRates(m_services.profile.ratesOn(document.issueDate));
    m_totals->setDisplayToman(profile.displayToman);
    m_actions->setDocument(document);
    const bool hasPayments = document.type == DocumentType::Invoice && document.isLocked() && document.id > 0;
    m_payments->setInvoice(hasPayments ? document.id : 0);
    m_payments->setVisible(hasPayments);
    m_linesMessage->hide();
    applyReadOnly();
    updateTitleAndBanner();
    m_loading = false;
    m_dirty = false;
    recompute();
}

void DocumentEditor::applyReadOnly()
{
    const bool readOnly = m_document.isLocked();
    m_header->setReadOnly(readOnly);
    m_lines->setReadOnly(readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          | QAbstractItemView::AnyKeyPressed);
    m_adjustments->setReadOnly(readOnly);
    m_bar->setEditable(!readOnly);
}

void DocumentEditor::updateTitleAndBanner()
{
    const Document& d = m_document;
    const bool quote = d.type == DocumentType::Quote;
    const QString number = Display::isolate(Display::digits(d.number));
    const QString state = sales::displayName(d.state, d.type);
    if (d.id == 0)
        m_bar->setTitle(quote ? tr("New pre-invoice") : tr("New invoice"));
    else if (d.number.isEmpty())
        m_bar->setTitle(quote ? tr("Draft pre-invoice") : tr("Draft invoice"));
    else
        m_bar->setTitle(tr("%1 %2 — %3", "kind, number, state").arg(sales::displayName(d.type), number, state));

    m_banner->setVisible(d.isLocked());
    if (!d.isLocked())
        return;
    const QString issued = Display::date(d.issuedAt.isValid() ? d.issuedAt.toLocalTime().date() : d.issueDate);
    m_bannerText->setText(
        quote ? tr("Pre-invoice %1 was issued on %2 and is now “%3”: issued documents cannot be changed. "
                   "Duplicate it to make a changed copy as a new draft.").arg(number, issued, state)
              : tr("Invoice %1 was issued on %2 and is now “%3”: issued documents cannot be changed. "
                   "Duplicate it to make a changed copy as a new draft.").arg(number, issued, state));
}

bool DocumentEditor::confirmLeave()
{
    if (!m_dirty || m_document.isLocked())
        return true;
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Unsaved changes"),
        tr("This document has changes that are not saved. Leave it and lose them?"), tr("Discard changes"));
    if (answer != Dialogs::Answer::Yes)
        return false;
    m_dirty = false;
    return true;
}

void DocumentEditor::onEdited()
{
    if (m_loading || m_document.isLocked())
        return;
    m_dirty = true;
    recompute();
}

void DocumentEditor::onIssueDateChanged(QDate date)
{
    m_adjustments->setTableRates(m_services.profile.ratesOn(date.isValid() ? date : m_services.today()));
}

Document DocumentEditor::collect(QList<Error>& headerErrors, QList<Error>& valueErrors) const
{
    Document draft = m_document;
    headerErrors = m_header->store(draft);
    const DocumentLinesModel::Collected lines = m_lines->collect();
    draft.lines = lines.lines;
    valueErrors = lines.errors;
    valueErrors << m_adjustments->store(draft);
    return draft;
}

void DocumentEditor::recompute()
{
    m_lines->clearErrors();
    m_adjustments->clearErrors();
    m_linesMessage->hide();
    QList<Error> headerErrors;
    QList<Error> valueErrors;
    const Document draft = collect(headerErrors, valueErrors);
    for (const Error& error : std::as_const(headerErrors))
        showError(error, false);
    if (!valueErrors.isEmpty()) {
        for (const Error& error : std::as_const(valueErrors))
            showError(error, false);
        m_lines->clearComputed();
        m_adjustments->additionsModel()->clearComputed();
        m_totals->setUnavailable(tr("Correct the marked values to see the totals."));
        return;
    }
    const Result<Document> computed = sales::DocumentService::computed(draft);
    if (!computed) {
        showError(computed.error(), false);
        m_lines->clearComputed();
        m_adjustments->additionsModel()->clearComputed();
        m_totals->setUnavailable(ErrorText::describe(computed.error()));
        return;
    }
    m_lines->setComputed(computed->lines);
    m_adjustments->additionsModel()->setComputed(computed->additions);
    m_totals->setTotals(*computed);
}

void DocumentEditor::showLinesMessage(const QString& text)
{
    m_linesMessage->setText(text);
    m_linesMessage->setVisible(!text.isEmpty());
}

void DocumentEditor::showError(const Error& error, bool focus)
{
    const QString message = ErrorText::describe(error);
    if (m_header->showError(Error { error.code, message, error.field, error.detail })) {
        if (focus && m_header->feedback()->editor(error.field))
            m_header->feedback()->editor(error.field)->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QModelIndex cell = m_lines->showError(error.field, message);
    if (cell.isValid()) {
        const QString column = m_lines->headerData(cell.column(), Qt::Horizontal).toString();
        showLinesMessage(tr("Line %1, %2: %3").arg(Display::number(cell.row() + 1), column, message));
        if (focus) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentIndex(cell);
            m_table->scrollTo(cell);
        }
        return;
    }
    if (m_adjustments->showError(Error { error.code, message, error.field, error.detail }))
        return;
    showLinesMessage(message); // "lines" as a whole, or a problem without a field
}

void DocumentEditor::commitOpenEditors()
{
    m_table->commitOpenEditor();
    m_adjustments->additionsTable()->commitOpenEditor();
}

bool DocumentEditor::save()
{
    if (m_document.isLocked())
        return false;
    commitOpenEditors();
    recompute();
    QList<Error> headerErrors;
    QList<Error> valueErrors;
    const Document draft = collect(headerErrors, valueErrors);
    if (!headerErrors.isEmpty() || !valueErrors.isEmpty()) {
        showError(headerErrors.isEmpty() ? valueErrors.first() : headerErrors.first(), true);
        emit statusMessage(tr("Not saved: correct the marked values first."));
        return false;
    }
    const bool created = draft.id == 0;
    const Result<Document> saved = created ? m_services.documents.createDraft(draft)
                                           : m_services.documents.updateDraft(draft);
    if (!saved) {
        showError(saved.error(), true);
        emit statusMessage(tr("Not saved: %1").arg(ErrorText::describe(saved.error())));
        return false;
    }
    openDocument(saved->id);
    emit documentSaved(saved->id);
    emit documentChanged(saved->id);
    emit statusMessage(created ? tr("Draft saved") : tr("Changes saved"));
    return true;
}

bool DocumentEditor::saveAndIssue()
{
    if (m_document.isLocked() || !save())
        return false;
    return m_actions->issue(); // reloads this editor through documentChanged
}

} // namespace peyvand::ui
