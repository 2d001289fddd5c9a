#include "PasswordDialog.h"

#include "ErrorText.h"
#include "FieldFeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {

const QString kCurrentField = QStringLiteral("password");
const QString kNewField = QStringLiteral("new_password");
const QString kRepeatField = QStringLiteral("repeat_password");

QLineEdit* passwordEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

PasswordDialog::PasswordDialog(const QString& title, const QString& explanation, int fields, const QString& okText,
                               Apply apply, QWidget* parent)
    : QDialog(parent), m_apply(std::move(apply)), m_message(new QLabel(this)), m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(title);
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto* text = new QLabel(explanation, this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    auto* form = new QFormLayout;
    const auto addRow = [&](QLineEdit*& edit, const QString& name, const QString& field, const QString& label) {
        edit = passwordEdit(this, name);
        form->addRow(label, edit);
        form->addRow(QString(), m_feedback->addField(field, edit, this));
    };
    if (fields & Current)
        addRow(m_current, QStringLiteral("currentPassword"), kCurrentField, tr("Current password"));
    if (fields & New) {
        addRow(m_new, QStringLiteral("newPassword"), kNewField, tr("New password"));
        addRow(m_repeat, QStringLiteral("repeatPassword"), kRepeatField, tr("New password again"));
    }
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(QStringLiteral("passwordOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::tryApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::submit(const QString& current, const QString& newPassword, const QString& repeat)
{
    if (m_current)
        m_current->setText(current);
    if (m_new) {
        m_new->setText(newPassword);
        m_repeat->setText(repeat);
    }
    tryApply();
}

void PasswordDialog::tryApply()
{
    m_feedback->clearAll();
    m_message->hide();
    const QString current = m_current ? m_current->text() : QString();
    const QString fresh = m_new ? m_new->text() : QString();
    if (m_new && fresh != m_repeat->text()) {
        m_feedback->showError(kRepeatField, tr("The two new passwords differ; type the same one twice."));
        m_repeat->setFocus();
        return;
    }
    const Status applied = m_apply(current, fresh);
    if (applied) {
        accept();
        return;
    }
    const Error& error = applied.error();
    if (m_feedback->hasField(error.field)) {
        m_feedback->showError(error.field, ErrorText::describe(error));
        auto* edit = qobject_cast<QLineEdit*>(m_feedback->editor(error.field));
        if (edit) {
            edit->selectAll();
            edit->setFocus();
        }
    } else {
        m_message->setText(ErrorText::describe(error));
        m_message->show();
    }
}

} // namespace peyvand::ui
