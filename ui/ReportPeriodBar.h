#pragma once

#include "common/Result.h"
#include "reports/ReportCatalog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace peyvand::ui {

class JalaliDateEdit;

// The period of a report: a preset (this month, last year, a fiscal year
// with its year, …) or a custom range of two Jalali dates, and the grouping
// when the report groups by period. Emits changed() on every choice.
class ReportPeriodBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPeriodBar)

public:
    explicit ReportPeriodBar(QWidget* parent = nullptr);

    // Shows the parts the report reads (nothing at all without a period).
    void configure(reports::ReportId id);
    void setToday(QDate today) { m_today = today; }
    void setPreset(reports::PeriodPreset preset);
    reports::PeriodPreset preset() const;
    void setGrouping(reports::Grouping grouping);
    void setCustomRange(const reports::DateRange& range);
    void setFiscalYear(int jalaliYear);

    // The request to run; an error names "from" or "to" (shown next to the field).
    Result<reports::ReportRequest> request() const;
    void showError(const Error& error);

    QComboBox* presetBox() const { return m_preset; }
    QComboBox* groupingBox() const { return m_grouping; }
    QSpinBox* yearBox() const { return m_year; }
    JalaliDateEdit* fromEdit() const { return m_from; }
    JalaliDateEdit* toEdit() const { return m_to; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void changed();

private:
    void updateVisibility();

    QDate m_today;
    bool m_usesGrouping = false;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_year = nullptr;
    QWidget* m_custom = nullptr;
    JalaliDateEdit* m_from = nullptr;
    JalaliDateEdit* m_to = nullptr;
    QLabel* m_groupingLabel = nullptr;
    QComboBox* m_grouping = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace peyvand::ui
