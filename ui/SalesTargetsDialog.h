#pragma once

#include "reports/SalesTargets.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace peyvand::ui {

class FieldFeedback;

// The monthly and quarterly sales targets of one Jalali year (Rial, before
// tax), which the trend report compares sales with. An empty field removes
// that period's target. Errors from core are shown next to their field.
class SalesTargetsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesTargetsDialog)

public:
    SalesTargetsDialog(storage::Database& db, int jalaliYear, QWidget* parent = nullptr);

    void setYear(int jalaliYear);
    int year() const;
    // The field of a period key ("1404-07", "1404-Q3") of the shown year.
    QLineEdit* field(const QString& period) const;
    FieldFeedback* feedback() const { return m_feedback; }
    // Writes every changed field; false (dialog stays open) when a field is wrong.
    bool save();

private:
    void load();
    QString periodKey(int index) const; // 0–11 months, 12–15 quarters

    reports::SalesTargets m_targets;
    QSpinBox* m_year = nullptr;
    QList<QLineEdit*> m_edits;
    QList<QString> m_loaded; // each field's text as loaded
    FieldFeedback* m_feedback = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace peyvand::ui
