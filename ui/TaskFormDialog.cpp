#include "TaskFormDialog.h"

#include "CustomerPicker.h"
#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "JalaliDateEdit.h"
#include "LeadSearchBox.h"
#include "PipelineServices.h"
#include "text/Digits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kDue = QStringLiteral("due");
const QString kTime = QStringLiteral("time");
const QString kNotes = QStringLiteral("notes");
const QString kSubject = QStringLiteral("subject");

QTime parseTime(const QString& typed)
{
    const QString ascii = text::toAsciiDigits(typed).trimmed().replace(QChar(0x066B), QLatin1Char(':'));
    for (const QString& format : { QStringLiteral("H:mm"), QStringLiteral("H:m"), QStringLiteral("H") }) {
        const QTime time = QTime::fromString(ascii, format);
        if (time.isValid())
            return time;
    }
    return {};
}
} // namespace

TaskFormDialog::TaskFormDialog(PipelineServices& services, const tasks::Task& existing, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_original(existing)
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("taskFormDialog"));
    setWindowTitle(isNew() ? tr("New task") : tr("Edit task"));
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit(fields);
    m_title->setPlaceholderText(tr("e.g. Call about the quote"));
    m_date = new JalaliDateEdit(fields);
    m_date->setField(kDue);
    m_time = new QComboBox(fields);
    m_time->setEditable(true);
    m_time->setInsertPolicy(QComboBox::NoInsert);
    m_time->setMinimumContentsLength(6);
    fillTimes();
    auto* due = new QWidget(fields);
    auto* dueRow = new QHBoxLayout(due);
    dueRow->setContentsMargins(0, 0, 0, 0);
    dueRow->addWidget(m_date, 1);
    dueRow->addWidget(new QLabel(tr("at"), due));
    dueRow->addWidget(m_time);
    m_notes = new QPlainTextEdit(fields);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);

    m_subject = new QComboBox(fields);
    for (const tasks::Subject subject :
         { tasks::Subject::None, tasks::Subject::Customer, tasks::Subject::Lead, tasks::Subject::Deal })
        m_subject->addItem(subject == tasks::Subject::None ? tr("Nothing in particular") : tasks::displayName(subject),
                           int(subject));
    m_customer = new CustomerPicker(services.customerSearch, fields);
    m_lead = new LeadSearchBox(services.leads, fields);
    m_deal = new QComboBox(fields);
    pipeline::DealFilter openDeals;
    openDeals.openOnly = true;
    for (const pipeline::DealRow& row : services.deals.list(openDeals).valueOr({})) {
        const QString title = Display::digits(row.deal.title);
        const QString text = row.partyName.isEmpty()
            ? title
            : tr("%1 — %2", "deal title — customer").arg(title, Display::digits(row.partyName));
        m_deal->addItem(text, row.deal.id);
    }
    m_subjectStack = new QStackedWidget(fields);
    m_subjectStack->addWidget(new QWidget(fields));
    m_subjectStack->addWidget(m_customer);
    m_subjectStack->addWidget(m_lead);
    m_subjectStack->addWidget(m_deal);
    auto* subject = new QWidget(fields);
    auto* subjectRow = new QHBoxLayout(subject);
    subjectRow->setContentsMargins(0, 0, 0, 0);
    subjectRow->addWidget(m_subject);
    subjectRow->addWidget(m_subjectStack, 1);

    m_title->setObjectName(QStringLiteral("edit_title"));
    m_date->setObjectName(QStringLiteral("edit_due"));
    m_time->setObjectName(QStringLiteral("edit_time"));
    m_notes->setObjectName(QStringLiteral("edit_notes"));
    m_subject->setObjectName(QStringLiteral("edit_subject"));
    m_deal->setObjectName(QStringLiteral("edit_deal"));
    addFieldRow(form, m_feedback, kTitle, tr("Title"), m_title);
    addFieldRow(form, m_feedback, kDue, tr("Due"), due);
    addFieldRow(form, m_feedback, kSubject, tr("About"), subject);
    addFieldRow(form, m_feedback, kNotes, tr("Notes"), m_notes);

    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskFormDialog::reject);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_feedback->clear(kTitle); });
    connect(m_date, &JalaliDateEdit::edited, this, [this] { m_feedback->clear(kDue); });
    connect(m_time, &QComboBox::editTextChanged, this, [this] { m_feedback->clear(kDue); });
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_subjectStack->setCurrentIndex(index);
        m_feedback->clear(kSubject);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load(existing);
    resize(600, sizeHint().height());
    m_title->setFocus();
}

void TaskFormDialog::fillTimes()
{
    for (int minutes = 7 * 60; minutes <= 21 * 60; minutes += 30) {
        const QTime time(minutes / 60, minutes % 60);
        m_time->addItem(Display::digits(time.toString(QStringLiteral("HH:mm"))), time);
    }
}

void TaskFormDialog::setSubject(tasks::Subject subject)
{
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(int(subject))));
}

void TaskFormDialog::load(const tasks::Task& task)
{
    m_title->setText(Display::digits(task.title));
    m_notes->setPlainText(task.notes);
    QDateTime due = task.dueAt.isValid() ? task.dueAt.toLocalTime() : QDateTime();
    if (!due.isValid()) {
        // The next full hour from now.
        const QDateTime now = m_services.clock.nowUtc().toLocalTime();
        due = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
    }
    m_date->setDate(due.date());
    m_time->setEditText(Display::digits(due.time().toString(QStringLiteral("HH:mm"))));
    setSubject(task.subject);
    switch (task.subject) {
    case tasks::Subject::Customer:
        m_customer->setCustomer(task.subjectId, Display::digits(task.subjectName));
        break;
    case tasks::Subject::Lead:
        m_lead->setLead(task.subjectId, Display::digits(task.subjectName));
        break;
    case tasks::Subject::Deal:
        if (m_deal->findData(task.subjectId) < 0)
            m_deal->addItem(Display::digits(task.subjectName), task.subjectId); // a closed deal keeps its tasks
        m_deal->setCurrentIndex(m_deal->findData(task.subjectId));
        break;
    case tasks::Subject::None:
        break;
    }
}

void TaskFormDialog::showError(const Error& error)
{
    QString field = error.field;
    if (field == QLatin1String("customer") || field == QLatin1String("lead") || field == QLatin1String("deal"))
        field = kSubject;
    if (field == kTime)
        field = kDue;
    if (!m_feedback->hasField(field)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(field))
        editor->setFocus(Qt::OtherFocusReason);
}

bool TaskFormDialog::collect(tasks::Task& task)
{
    const Result<QDate> date = m_date->date();
    if (!date) {
        showError(date.error());
        return false;
    }
    if (!date->isValid()) {
        showError(Error::invalid(kDue, tr("Enter the day the task is due.")));
        return false;
    }
    const QTime time = parseTime(m_time->currentText());
    if (!time.isValid()) {
        showError(Error::invalid(kDue, tr("Enter the time as hours and minutes, such as %1.")
                                           .arg(Display::digits(QStringLiteral("14:30")))));
        return false;
    }
    task.title = m_title->text();
    task.notes = m_notes->toPlainText();
    task.dueAt = QDateTime(*date, time).toUTC();
    task.subject = static_cast<tasks::Subject>(m_subject->currentData().toInt());
    switch (task.subject) {
    case tasks::Subject::Customer:
        task.subjectId = m_customer->customerId();
        break;
    case tasks::Subject::Lead:
        task.subjectId = m_lead->leadId();
        break;
    case tasks::Subject::Deal:
        task.subjectId = m_deal->currentData().toLongLong();
        break;
    case tasks::Subject::None:
        task.subjectId = 0;
        break;
    }
    if (task.subject != tasks::Subject::None && task.subjectId <= 0) {
        const QString message = task.subject == tasks::Subject::Customer
            ? tr("Pick the customer from the suggestions, or choose “Nothing in particular”.")
            : task.subject == tasks::Subject::Lead
            ? tr("Pick the lead from the suggestions, or choose “Nothing in particular”.")
            : tr("Choose an open deal, or choose “Nothing in particular”.");
        showError(Error::invalid(kSubject, message));
        return false;
    }
    return true;
}

void TaskFormDialog::accept()
{
    m_general->hide();
    m_feedback->clearAll();
    tasks::Task task = m_original;
    if (!collect(task))
        return;
    const Result<tasks::Task> saved = isNew() ? m_services.tasks.create(task) : m_services.tasks.update(task);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace peyvand::ui
