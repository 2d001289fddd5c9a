#include "FollowUpDialog.h"

#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "JalaliDateEdit.h"
#include "tasks/TaskService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kDue = QStringLiteral("due");
} // namespace

FollowUpDialog::FollowUpDialog(tasks::TaskService& service, tasks::Subject subject, qint64 subjectId,
                               const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_subject(subject)
    , m_subjectId(subjectId)
    , m_title(new QLineEdit(this))
    , m_date(new JalaliDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Add follow-up"));
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    m_title->setText(title);
    m_date->setObjectName(QStringLiteral("followUpDate"));
    m_date->setField(kDue);
    m_date->setDate(QDate::currentDate().addDays(1));
    m_time->setObjectName(QStringLiteral("followUpTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(10, 0));

    auto* when = new QWidget(this);
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date, 1);
    whenLayout->addWidget(m_time);
    auto* form = new QFormLayout;
    addFieldRow(form, m_feedback, kTitle, tr("What"), m_title);
    addFieldRow(form, m_feedback, kDue, tr("When"), when);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    m_title->setFocus();
    m_title->selectAll();
}

void FollowUpDialog::accept()
{
    m_feedback->clearAll();
    const Result<QDate> date = m_date->date();
    if (!date) {
        m_feedback->showError(kDue, ErrorText::describe(date.error()));
        m_date->setFocus();
        return;
    }
    tasks::Task draft;
    draft.title = m_title->text();
    if (date->isValid()) // an empty day is left to core, which says it is required
        draft.dueAt = QDateTime(*date, m_time->time()).toUTC();
    draft.subject = m_subject;
    draft.subjectId = m_subjectId;
    const Result<tasks::Task> created = m_service.create(draft);
    if (!created) {
        const Error& error = created.error();
        const QString field = m_feedback->hasField(error.field) ? error.field : kTitle;
        m_feedback->showError(field, ErrorText::describe(error));
        m_feedback->editor(field)->setFocus();
        return;
    }
    m_saved = *created;
    QDialog::accept();
}

} // namespace peyvand::ui
