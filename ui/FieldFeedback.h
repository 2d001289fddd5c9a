#pragma once

#include "customers/CustomerValidator.h"

#include <QHash>
#include <QObject>

class QLabel;
class QWidget;

namespace peyvand::ui {

// Inline messages next to form fields: errors in red (they block saving),
// warnings in amber (they do not). The messages come from core; this class
// only shows them.
class FieldFeedback final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldFeedback)

public:
    explicit FieldFeedback(QObject* parent = nullptr);

    // Creates the (hidden) message label of a field; the caller places it in its layout.
    QLabel* addField(const QString& field, QWidget* editor, QWidget* labelParent);
    bool hasField(const QString& field) const { return m_fields.contains(field); }
    QWidget* editor(const QString& field) const;
    QLabel* messageLabel(const QString& field) const;

    // Shows the first error of the issues, else the first warning, else nothing.
    void show(const QString& field, const QList<customers::FieldIssue>& issues);
    void showError(const QString& field, const QString& message);
    void clear(const QString& field);
    void clearAll();

    bool hasErrors() const;
    // Fields with an error, in the order they were added.
    QStringList errorFields() const;
    // The text shown for a field, empty when none.
    QString message(const QString& field) const;
    bool showsWarning(const QString& field) const;

signals:
    void errorsChanged(bool hasErrors);

private:
    struct Entry {
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        bool error = false;
    };
    void set(const QString& field, const QString& text, bool error);

    QHash<QString, Entry> m_fields;
    QStringList m_order;
};

} // namespace peyvand::ui
