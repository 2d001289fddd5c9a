#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace peyvand::leads {
class FunnelQuery;
}

namespace peyvand::ui {

class FunnelModel;
class JalaliDateEdit;

// The lead funnel: for leads created in a date range (the last twelve Jalali
// months by default), how many qualified and became customers, per month and
// per source, with the conversion rates.
class FunnelView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelView)

public:
    explicit FunnelView(leads::FunnelQuery& query, QWidget* parent = nullptr);

    // Reads the funnel again for the range in the date fields.
    void refresh();
    void setRange(QDate from, QDate to);
    // From the first day of the Jalali month eleven months before `today` to `today`.
    static QDate defaultFrom(QDate today);

    FunnelModel* monthModel() const { return m_byMonth; }
    FunnelModel* sourceModel() const { return m_bySource; }
    JalaliDateEdit* fromEdit() const { return m_from; }
    JalaliDateEdit* toEdit() const { return m_to; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void statusMessage(const QString& message);

private:
    QTableView* createTable(FunnelModel* model);

    leads::FunnelQuery& m_query;
    JalaliDateEdit* m_from = nullptr;
    JalaliDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    FunnelModel* m_byMonth = nullptr;
    FunnelModel* m_bySource = nullptr;
};

} // namespace peyvand::ui
