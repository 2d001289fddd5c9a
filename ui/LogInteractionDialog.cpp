#include "LogInteractionDialog.h"

#include "ErrorText.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "customers/CustomerService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
// A field and its inline message below it, for a form row.
QWidget* withMessage(QWidget* editor, QLabel* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(message);
    return box;
}
} // namespace

LogInteractionDialog::LogInteractionDialog(customers::CustomerService& service, qint64 customerId, QWidget* parent)
    : LogInteractionDialog([&service](const customers::Interaction& interaction) {
          return service.logInteraction(interaction);
      }, customerId, true, parent)
{
}

LogInteractionDialog::LogInteractionDialog(Logger logger, qint64 subjectId, bool withFollowUp, QWidget* parent)
    : QDialog(parent)
    , m_logger(std::move(logger))
    , m_customerId(subjectId)
    , m_channel(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_outcome(new QLineEdit(this))
    , m_followUp(new JalaliDateEdit(this))
    , m_feedback(new FieldFeedback(this))
{
    setWindowTitle(tr("Log call"));
    setObjectName(QStringLiteral("logInteractionDialog"));
    for (customers::InteractionChannel channel : customers::allInteractionChannels())
        m_channel->addItem(customers::displayName(channel), customers::toKey(channel));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(customers::toKey(customers::InteractionChannel::Phone))));
    for (customers::Direction direction : { customers::Direction::Outbound, customers::Direction::Inbound })
        m_direction->addItem(customers::displayName(direction), customers::toKey(direction));
    m_contact->setPlaceholderText(tr("Who you spoke to"));
    m_summary->setPlaceholderText(tr("What was said"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(80);
    m_outcome->setPlaceholderText(tr("e.g. will call back, sent a quote"));
    m_followUp->setField(QStringLiteral("follow_up"));

    auto* form = new QFormLayout;
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("With"), withMessage(m_contact, m_feedback->addField(QStringLiteral("contact_person"), m_contact, this), this));
    form->addRow(tr("Summary"), withMessage(m_summary, m_feedback->addField(QStringLiteral("summary"), m_summary, this), this));
    form->addRow(tr("Outcome"), withMessage(m_outcome, m_feedback->addField(QStringLiteral("outcome"), m_outcome, this), this));
    form->addRow(tr("Follow-up on"), withMessage(m_followUp, m_feedback->addField(QStringLiteral("follow_up"), m_followUp, this), this));
    if (!withFollowUp)
        form->setRowVisible(m_followUp->parentWidget(), false);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogInteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogInteractionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    m_summary->setFocus();
}

void LogInteractionDialog::accept()
{
    m_feedback->clearAll();
    const Result<QDate> followUp = m_followUp->date();
    if (!followUp) {
        m_feedback->showError(QStringLiteral("follow_up"), ErrorText::describe(followUp.error()));
        m_followUp->setFocus();
        return;
    }
    customers::Interaction interaction;
    interaction.customerId = m_customerId;
    interaction.channel = customers::interactionChannelFromKey(m_channel->currentData().toString())
                              .value_or(customers::InteractionChannel::Phone);
    interaction.direction = customers::directionFromKey(m_direction->currentData().toString())
                                .value_or(customers::Direction::Outbound);
    interaction.contactPerson = m_contact->text();
    interaction.summary = m_summary->toPlainText();
    interaction.outcome = m_outcome->text();
    interaction.followUp = *followUp;

    Result<customers::Interaction> logged = m_logger(interaction);
    if (!logged) {
        const Error& error = logged.error();
        const QString field = m_feedback->hasField(error.field) ? error.field : QStringLiteral("summary");
        m_feedback->showError(field, ErrorText::describe(error));
        if (QWidget* editor = m_feedback->editor(field))
            editor->setFocus();
        return;
    }
    m_saved = *logged;
    QDialog::accept();
}

} // namespace peyvand::ui
