#include "DocumentActions.h"

#include "AmountText.h"
#include "AttachmentsDialog.h"
#include "Dialogs.h"
#include "Display.h"
#include "DocumentPrinting.h"
#include "DocumentServices.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "InstalmentPlanDialog.h"
#include "ReceivePaymentDialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace peyvand::ui {

using sales::DocumentState;
using sales::DocumentType;

DocumentActions::DocumentActions(DocumentServices& services, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_services(services)
    , m_parentWidget(parentWidget)
{
    m_issue = addAction(tr("Issue"), QStringLiteral("issueAction"));
    m_issue->setToolTip(tr("Give the document its number and lock it"));
    m_accept = addAction(tr("Accepted by customer"), QStringLiteral("acceptAction"));
    m_reject = addAction(tr("Rejected by customer…"), QStringLiteral("rejectAction"));
    m_convert = addAction(tr("Convert to invoice…"), QStringLiteral("convertAction"));
    m_receive = addAction(tr("Receive payment…"), QStringLiteral("receivePaymentAction"));
    m_receive->setToolTip(tr("Record money received, a cheque or a credit promise against this invoice"));
    m_plan = addAction(tr("Instalment plan…"), QStringLiteral("planAction"));
    m_duplicate = addAction(tr("Duplicate"), QStringLiteral("duplicateAction"));
    m_duplicate->setToolTip(tr("A new draft with the same customer and lines, dated today"));
    m_print = addAction(tr("Print preview…"), QStringLiteral("printAction"));
    m_pdf = addAction(tr("Export PDF…"), QStringLiteral("pdfAction"));
    m_attachments = addAction(tr("Attachments…"), QStringLiteral("attachmentsAction"));
    m_remove = addAction(tr("Delete draft…"), QStringLiteral("removeAction"));

    connect(m_issue, &QAction::triggered, this, &DocumentActions::issue);
    connect(m_accept, &QAction::triggered, this, &DocumentActions::accept);
    connect(m_reject, &QAction::triggered, this, &DocumentActions::reject);
    connect(m_convert, &QAction::triggered, this, &DocumentActions::convert);
    connect(m_receive, &QAction::triggered, this, &DocumentActions::receivePayment);
    connect(m_plan, &QAction::triggered, this, &DocumentActions::openPlan);
    connect(m_duplicate, &QAction::triggered, this, &DocumentActions::duplicate);
    connect(m_print, &QAction::triggered, this,
            [this] { DocumentPrinting(m_services).previewInteractively(m_parentWidget, m_id); });
    connect(m_pdf, &QAction::triggered, this, [this] {
        if (DocumentPrinting(m_services).exportPdfInteractively(m_parentWidget, m_id))
            emit statusMessage(tr("PDF saved"));
    });
    connect(m_attachments, &QAction::triggered, this, &DocumentActions::openAttachments);
    connect(m_remove, &QAction::triggered, this, &DocumentActions::removeDraft);
    connect(&ExportPolicy::instance(), &ExportPolicy::changed, this, &DocumentActions::updateActions);
    updateActions();
}

QAction* DocumentActions::addAction(const QString& text, const QString& name)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    return action;
}

QList<QAction*> DocumentActions::actions() const
{
    return { m_issue, m_accept, m_reject, m_convert, m_receive, m_plan, m_duplicate,
             m_print, m_pdf, m_attachments, m_remove };
}

void DocumentActions::setDocument(qint64 documentId)
{
    if (documentId <= 0) {
        m_id = 0;
        updateActions();
        return;
    }
    const Result<sales::Document> document = m_services.documents.get(documentId);
    if (document)
        setDocument(*document);
    else
        setDocument(0);
}

void DocumentActions::setDocument(const sales::Document& document)
{
    m_id = document.id;
    m_type = document.type;
    m_state = document.state;
    m_number = document.number;
    updateActions();
}

void DocumentActions::updateActions()
{
    const bool saved = m_id > 0;
    const bool quote = m_type == DocumentType::Quote;
    const auto offer = [](QAction* action, bool available) {
        action->setEnabled(available);
        action->setVisible(available);
    };
    offer(m_issue, saved && m_state == DocumentState::Draft);
    offer(m_accept, saved && quote && m_state == DocumentState::Issued);
    offer(m_reject, saved && quote && m_state == DocumentState::Issued);
    offer(m_convert, saved && quote && (m_state == DocumentState::Issued || m_state == DocumentState::Accepted));
    offer(m_receive, saved && !quote && m_state == DocumentState::Issued);
    offer(m_plan, saved && !quote && (m_state == DocumentState::Issued || m_state == DocumentState::Settled));
    offer(m_remove, saved && m_state == DocumentState::Draft);
    for (QAction* always : { m_duplicate, m_print, m_pdf, m_attachments })
        offer(always, saved);
    ExportPolicy::apply(m_print, ExportPolicy::Kind::Print, saved);
    ExportPolicy::apply(m_pdf, ExportPolicy::Kind::Export, saved);
}

void DocumentActions::populate(QMenu& menu) const
{
    for (QAction* action : actions()) {
        if (action == m_print || action == m_remove)
            menu.addSeparator();
        if (action->isVisible())
            menu.addAction(action);
    }
}

QString DocumentActions::documentName() const
{
    const bool quote = m_type == DocumentType::Quote;
    if (m_number.isEmpty())
        return quote ? tr("the draft pre-invoice") : tr("the draft invoice");
    const QString number = Display::isolate(Display::digits(m_number));
    return quote ? tr("pre-invoice %1").arg(number) : tr("invoice %1").arg(number);
}

bool DocumentActions::reportFailure(const QString& title, const Error& error)
{
    Dialogs::error(m_parentWidget, title, ErrorText::describe(error), error.detail);
    return false;
}

void DocumentActions::changed(const Result<sales::Document>& result, const QString& title, const QString& done)
{
    if (!result) {
        reportFailure(title, result.error());
        return;
    }
    setDocument(*result);
    emit documentChanged(m_id);
    emit statusMessage(done);
}

bool DocumentActions::issue()
{
    if (m_id <= 0)
        return false;
    const QString question = m_type == DocumentType::Quote
        ? tr("Issue this pre-invoice? It gets its number and can no longer be changed; changes then need a duplicate.")
        : tr("Issue this invoice? It gets its number and can no longer be changed; changes then need a duplicate.");
    if (Dialogs::ask(m_parentWidget, tr("Issue"), question, tr("Issue"), Dialogs::Answer::Yes) != Dialogs::Answer::Yes)
        return false;
    const Result<sales::Document> issued = m_services.documents.issue(m_id);
    if (issued)
        m_number = issued->number;
    changed(issued, tr("Issue"), tr("Issued %1").arg(documentName()));
    return issued.hasValue();
}

bool DocumentActions::accept()
{
    if (m_id <= 0)
        return false;
    const Result<sales::Document> accepted = m_services.documents.accept(m_id);
    changed(accepted, tr("Accepted by customer"), tr("Marked %1 accepted").arg(documentName()));
    return accepted.hasValue();
}

bool DocumentActions::reject()
{
    if (m_id <= 0)
        return false;
    const QString question = tr("Mark %1 as rejected by the customer? It can no longer be accepted or converted.")
                                 .arg(documentName());
    if (Dialogs::ask(m_parentWidget, tr("Rejected by customer"), question, tr("Mark rejected")) != Dialogs::Answer::Yes)
        return false;
    const Result<sales::Document> rejected = m_services.documents.reject(m_id);
    changed(rejected, tr("Rejected by customer"), tr("Marked %1 rejected").arg(documentName()));
    return rejected.hasValue();
}

ReceivePaymentDialog* DocumentActions::receivePayment()
{
    if (m_id <= 0)
        return nullptr;
    auto* dialog = new ReceivePaymentDialog(m_services, m_id, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_id;
    connect(dialog, &ReceivePaymentDialog::received, this, [this, id](const payments::PaymentReceipt& receipt) {
        const Money amount = receipt.payments.isEmpty() ? Money() : receipt.payments.first().amount;
        if (id == m_id)
            setDocument(id);
        emit documentChanged(id);
        emit statusMessage(tr("Received %1 for %2").arg(AmountText::withUnit(amount, m_services.profile.load().valueOr({}).displayToman), documentName()));
    });
    dialog->open();
    return dialog;
}

InstalmentPlanDialog* DocumentActions::openPlan()
{
    if (m_id <= 0)
        return nullptr;
    auto* dialog = new InstalmentPlanDialog(m_services, m_id, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstalmentPlanDialog::planChanged, this, [this](qint64 id) {
        emit documentChanged(id);
        emit statusMessage(tr("Instalment plan of %1 changed").arg(documentName()));
    });
    dialog->open();
    return dialog;
}

std::optional<qint64> DocumentActions::duplicate()
{
    if (m_id <= 0)
        return std::nullopt;
    const Result<sales::Document> copy = m_services.documents.duplicate(m_id);
    if (!copy) {
        reportFailure(tr("Duplicate"), copy.error());
        return std::nullopt;
    }
    emit statusMessage(tr("Duplicated %1 into a new draft").arg(documentName()));
    emit documentCreated(copy->id, true);
    return copy->id;
}

std::optional<sales::ConversionReport> DocumentActions::convert()
{
    if (m_id <= 0)
        return std::nullopt;
    const QString question = tr("Convert %1 into an invoice dated today? The tax is computed again at the rates "
                                "in force today, and the pre-invoice is marked converted.").arg(documentName());
    if (Dialogs::ask(m_parentWidget, tr("Convert to invoice"), question, tr("Convert")) != Dialogs::Answer::Yes)
        return std::nullopt;
    const qint64 quoteId = m_id;
    const QString quoteNumber = m_number;
    const Result<sales::ConversionReport> report = m_services.documents.convert(quoteId, m_services.today());
    if (!report) {
        reportFailure(tr("Convert to invoice"), report.error());
        return std::nullopt;
    }
    const QString invoiceNumber = m_services.documents.get(report->invoiceId).valueOr({}).number;
    setDocument(quoteId);
    emit documentChanged(quoteId);
    if (report->ratesChanged)
        Dialogs::inform(m_parentWidget, tr("Tax rates changed"), conversionNotice(*report, quoteNumber, invoiceNumber));
    emit statusMessage(tr("Invoice %1 created").arg(Display::isolate(Display::digits(invoiceNumber))));
    emit documentCreated(report->invoiceId, false);
    return *report;
}

QString DocumentActions::ratesText(const sales::TaxRates& rates)
{
    return tr("VAT %1 % + duty %2 %")
        .arg(Display::decimal(rates.vat.toPercentText()), Display::decimal(rates.duty.toPercentText()));
}

QString DocumentActions::conversionNotice(const sales::ConversionReport& report, const QString& quoteNumber,
                                          const QString& invoiceNumber)
{
    return tr("The tax rates changed between the pre-invoice and today, so invoice %1 is not for the same amount.\n"
              "Pre-invoice %2: %3, grand total %4 Rial.\n"
              "Invoice %1: %5, grand total %6 Rial.")
        .arg(Display::isolate(Display::digits(invoiceNumber)), Display::isolate(Display::digits(quoteNumber)),
             ratesText(report.quoteRates), Display::number(report.quoteTotal.rial()), ratesText(report.invoiceRates),
             Display::number(report.invoiceTotal.rial()));
}

bool DocumentActions::removeDraft()
{
    if (m_id <= 0)
        return false;
    const QString question = tr("Delete %1? This cannot be undone.").arg(documentName());
    if (Dialogs::ask(m_parentWidget, tr("Delete draft"), question, tr("Delete")) != Dialogs::Answer::Yes)
        return false;
    const qint64 id = m_id;
    const Status removed = m_services.documents.removeDraft(id);
    if (!removed)
        return reportFailure(tr("Delete draft"), removed.error());
    setDocument(0);
    emit statusMessage(tr("Draft deleted"));
    emit documentRemoved(id);
    return true;
}

AttachmentsDialog* DocumentActions::openAttachments()
{
    if (m_id <= 0)
        return nullptr;
    auto* dialog = new AttachmentsDialog(m_services.documents, m_id, documentName(), m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttachmentsDialog::attachmentsChanged, this, &DocumentActions::documentChanged);
    dialog->open();
    return dialog;
}

} // namespace peyvand::ui
