#include "CustomerFormDialog.h"

#include "ContactFieldsForm.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "JalaliDateEdit.h"
#include "TagsLineEdit.h"
#include "customers/CustomerService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peyvand::ui {

using customers::Customer;
using customers::CustomerKind;
using customers::FieldIssue;

namespace {
const QString kSince = QStringLiteral("since");
} // namespace

CustomerFormDialog::CustomerFormDialog(customers::CustomerService& service, const Customer& existing, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(existing)
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("customerFormDialog"));
    setWindowTitle(isNew() ? tr("New customer") : tr("Edit customer"));
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    auto* content = new QWidget;
    m_contact = new ContactFieldsForm(m_feedback, m_service.cities().valueOr({}), content);
    connect(m_contact, &ContactFieldsForm::edited, m_general, &QWidget::hide);
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_contact->identityGroup(), 0, 0);
    grid->addWidget(m_contact->contactGroup(), 0, 1, 2, 1);
    grid->addWidget(m_contact->addressGroup(), 1, 0);
    grid->addWidget(createOtherGroup(), 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerFormDialog::reject);
    connect(m_feedback, &FieldFeedback::errorsChanged, this, [this](bool errors) { m_save->setEnabled(!errors); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    load(existing);
    resize(1040, 700);
    edit(QStringLiteral("name"))->setFocus();
}

QWidget* CustomerFormDialog::createOtherGroup()
{
    auto* group = new QGroupBox(tr("About the relationship"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = new QComboBox(group);
    m_source->setObjectName(QStringLiteral("edit_source"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->addItems(m_service.sources().valueOr({}));
    m_source->setCurrentIndex(-1);
    m_source->lineEdit()->clear();
    addFieldRow(form, m_feedback, QStringLiteral("source"), tr("Found us through"), m_source);
    m_contact->watch(QStringLiteral("source"), m_source->lineEdit());

    m_tags = new TagsLineEdit(group);
    m_tags->setObjectName(QStringLiteral("edit_tags"));
    m_tags->setKnownTags(m_service.tags().valueOr({}));
    addFieldRow(form, m_feedback, QStringLiteral("tags"), tr("Tags"), m_tags);
    m_contact->watch(QStringLiteral("tags"), m_tags);

    m_since = new JalaliDateEdit(group);
    m_since->setObjectName(QStringLiteral("edit_since"));
    m_since->setField(kSince);
    addFieldRow(form, m_feedback, kSince, tr("Customer since"), m_since);
    m_contact->addField(kSince, m_since->lineEdit(), [this](const QString&) -> QList<FieldIssue> {
        const Result<QDate> since = m_since->date();
        if (!since)
            return { FieldIssue { kSince, FieldIssue::Severity::Error, ErrorText::describe(since.error()) } };
        return {};
    });
    connect(m_since, &JalaliDateEdit::edited, this, [this] { m_contact->fieldEdited(kSince); });
    connect(m_since, &JalaliDateEdit::editingFinished, this, [this] { m_contact->fieldLeft(kSince); });
    return group;
}

CustomerKind CustomerFormDialog::kind() const
{
    return m_contact->kind();
}

void CustomerFormDialog::setKind(CustomerKind kind)
{
    m_contact->setKind(kind);
}

QLineEdit* CustomerFormDialog::edit(const QString& field) const
{
    return m_contact->edit(field);
}

QComboBox* CustomerFormDialog::channelBox() const
{
    return m_contact->channelBox();
}

void CustomerFormDialog::load(const Customer& c)
{
    m_contact->load(c);
    m_source->setEditText(c.source);
    m_tags->setTags(c.tags);
    m_since->setDate(isNew() && !c.since.isValid() ? QDate::currentDate() : c.since);
}

Customer CustomerFormDialog::collect() const
{
    Customer c = m_contact->collect(m_original);
    c.source = m_source->currentText();
    c.tags = m_tags->tags();
    c.since = m_since->date().valueOr(QDate());
    return c;
}

void CustomerFormDialog::checkNow(const QString& field)
{
    m_contact->checkNow(field);
}

void CustomerFormDialog::focusField(const QString& field)
{
    if (QWidget* editor = m_feedback->editor(field)) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto* lineEdit = qobject_cast<QLineEdit*>(editor))
            lineEdit->selectAll();
    }
}

void CustomerFormDialog::showCoreIssues(const customers::ValidationReport& report, const Error& error)
{
    for (const FieldIssue& issue : report.issues) {
        if (m_feedback->hasField(issue.field))
            m_feedback->show(issue.field, { issue });
    }
    if (m_feedback->hasField(error.field)) {
        m_feedback->showError(error.field, ErrorText::describe(error));
        focusField(error.field);
    } else {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
    }
}

void CustomerFormDialog::accept()
{
    m_general->hide();
    if (!m_contact->checkAll()) {
        focusField(m_feedback->errorFields().value(0));
        return;
    }

    customers::ValidationReport report;
    Result<Customer> result = isNew() ? m_service.create(collect(), &report) : m_service.update(collect(), &report);
    if (!result) {
        showCoreIssues(report, result.error());
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace peyvand::ui
