#include "FieldFeedback.h"

#include "Display.h"

#include <QLabel>
#include <QWidget>

namespace peyvand::ui {

namespace {
const QString kErrorStyle = QStringLiteral("QLabel { color: #b91c1c; }");
const QString kWarningStyle = QStringLiteral("QLabel { color: #b45309; }");
} // namespace

FieldFeedback::FieldFeedback(QObject* parent)
    : QObject(parent)
{
}

QLabel* FieldFeedback::addField(const QString& field, QWidget* editor, QWidget* labelParent)
{
    auto* label = new QLabel(labelParent);
    label->setObjectName(QStringLiteral("issue_") + field);
    label->setWordWrap(true);
    label->setAlignment(Display::leadingAlignment());
    label->setVisible(false);
    m_fields.insert(field, Entry { editor, label, false });
    m_order << field;
    return label;
}

QWidget* FieldFeedback::editor(const QString& field) const
{
    return m_fields.value(field).editor;
}

QLabel* FieldFeedback::messageLabel(const QString& field) const
{
    return m_fields.value(field).label;
}

void FieldFeedback::show(const QString& field, const QList<customers::FieldIssue>& issues)
{
    using Severity = customers::FieldIssue::Severity;
    for (const customers::FieldIssue& issue : issues) {
        if (issue.severity == Severity::Error) {
            set(field, issue.message, true);
            return;
        }
    }
    for (const customers::FieldIssue& issue : issues) {
        if (issue.severity == Severity::Warning) {
            set(field, issue.message, false);
            return;
        }
    }
    set(field, {}, false);
}

void FieldFeedback::showError(const QString& field, const QString& message)
{
    set(field, message, true);
}

void FieldFeedback::clear(const QString& field)
{
    set(field, {}, false);
}

void FieldFeedback::clearAll()
{
    for (const QString& field : std::as_const(m_order))
        clear(field);
}

void FieldFeedback::set(const QString& field, const QString& text, bool error)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    const bool hadErrors = hasErrors();
    it->error = error && !text.isEmpty();
    it->label->setText(Display::digits(text)); // core writes ASCII digits
    it->label->setStyleSheet(error ? kErrorStyle : kWarningStyle);
    it->label->setVisible(!text.isEmpty());
    if (hadErrors != hasErrors())
        emit errorsChanged(hasErrors());
}

bool FieldFeedback::hasErrors() const
{
    for (const Entry& entry : m_fields) {
        if (entry.error)
            return true;
    }
    return false;
}

QStringList FieldFeedback::errorFields() const
{
    QStringList fields;
    for (const QString& field : m_order) {
        if (m_fields.value(field).error)
            fields << field;
    }
    return fields;
}

QString FieldFeedback::message(const QString& field) const
{
    const QLabel* label = messageLabel(field);
    return label ? label->text() : QString();
}

bool FieldFeedback::showsWarning(const QString& field) const
{
    const Entry entry = m_fields.value(field);
    return entry.label && !entry.error && !entry.label->text().isEmpty();
}

} // namespace peyvand::ui
