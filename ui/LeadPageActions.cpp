// The actions of the lead page (LeadPage.cpp builds the page).
#include "LeadPage.h"

#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "FollowUpDialog.h"
#include "LeadTasksModel.h"
#include "LogInteractionDialog.h"
#include "OverrideScoreDialog.h"
#include "leads/LeadService.h"
#include "tasks/TaskService.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

namespace peyvand::ui {

void LeadPage::addNote()
{
    m_noteError->hide();
    if (m_noteEdit->toPlainText().trimmed().isEmpty()) {
        m_noteEdit->setFocus();
        return;
    }
    Result<leads::LeadNote> note = m_service.addNote(m_lead.id, m_noteEdit->toPlainText());
    if (!note) {
        m_noteError->setText(ErrorText::describe(note.error()));
        m_noteError->show();
        return;
    }
    m_noteEdit->clear();
    loadActivity();
    emit statusMessage(tr("Note added"));
}

LogInteractionDialog* LeadPage::openLogInteraction()
{
    auto* dialog = new LogInteractionDialog(
        [this](const customers::Interaction& interaction) { return m_service.logInteraction(interaction); },
        m_lead.id, false, this);
    dialog->setWindowTitle(tr("Log interaction"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { changed(tr("Interaction logged")); });
    dialog->open();
    return dialog;
}

OverrideScoreDialog* LeadPage::openOverride()
{
    auto* dialog = new OverrideScoreDialog(m_service, m_lead, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { changed(tr("Score set by hand")); });
    dialog->open();
    return dialog;
}

FollowUpDialog* LeadPage::openFollowUp()
{
    auto* dialog = new FollowUpDialog(m_taskService, tasks::Subject::Lead, m_lead.id,
                                      tr("Call %1").arg(m_lead.contact.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { changed(tr("Follow-up added")); });
    dialog->open();
    return dialog;
}

bool LeadPage::clearOverride()
{
    const Result<leads::Lead> cleared = m_service.clearOverride(m_lead.id);
    if (!cleared) {
        Dialogs::error(this, tr("Peyvand"), ErrorText::describe(cleared.error()));
        return false;
    }
    changed(tr("The computed score applies again"));
    return true;
}

bool LeadPage::markTaskDone()
{
    const qint64 taskId = m_tasks->data(m_tasks->index(std::max(0, m_taskTable->currentIndex().row()), 0),
                                        LeadTasksModel::IdRole).toLongLong();
    if (taskId <= 0)
        return false;
    const Result<tasks::Task> done = m_taskService.setDone(taskId);
    if (!done) {
        Dialogs::error(this, tr("Peyvand"), ErrorText::describe(done.error()));
        return false;
    }
    changed(tr("Follow-up done"));
    return true;
}

bool LeadPage::convertToCustomer()
{
    const QString name = Display::digits(m_lead.contact.name);
    if (Dialogs::ask(this, tr("Convert to customer"),
                     tr("Make a customer of “%1”? Their notes and interactions are copied to the customer and "
                        "their open follow-ups move there; the lead stays, marked converted.")
                         .arg(name),
                     tr("Convert"))
        != Dialogs::Answer::Yes)
        return false;
    leads::ConversionOptions options;
    options.createDeal = Dialogs::ask(this, tr("Convert to customer"),
                                      tr("Also open a deal for “%1” in the first stage of the sales pipeline?")
                                          .arg(name),
                                      tr("Open a deal"))
        == Dialogs::Answer::Yes;
    const Result<leads::ConversionResult> converted = m_service.convert(m_lead.id, options);
    if (!converted) {
        Dialogs::error(this, tr("Convert to customer"), ErrorText::describe(converted.error()),
                       converted.error().detail);
        return false;
    }
    changed(options.createDeal ? tr("Converted into a customer, with a deal") : tr("Converted into a customer"));
    if (Dialogs::ask(this, tr("Convert to customer"),
                     tr("“%1” is now a customer. Open their page?").arg(name), tr("Open customer"),
                     Dialogs::Answer::Yes)
        == Dialogs::Answer::Yes)
        emit openCustomerRequested(converted->customerId);
    return true;
}

void LeadPage::deleteLead()
{
    const QString question = tr("Delete the lead “%1” with its notes, interactions and score history? "
                                "This cannot be undone.")
                                 .arg(Display::digits(m_lead.contact.name));
    if (Dialogs::ask(this, tr("Delete lead"), question, tr("Delete")) != Dialogs::Answer::Yes)
        return;
    const qint64 id = m_lead.id;
    const Status status = m_service.remove(id);
    if (!status) {
        Dialogs::error(this, tr("Peyvand"), ErrorText::describe(status.error()));
        return;
    }
    m_lead = {};
    emit statusMessage(tr("Lead deleted"));
    emit leadDeleted(id);
}

} // namespace peyvand::ui
