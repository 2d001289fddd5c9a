#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::sales {
class CompanyProfileService;
}

namespace peyvand::ui {

class TaxRateDialog;
class TaxRateModel;

// The tax-rate table in Settings: the periods with their VAT and municipal
// duty, and buttons to add a period, change one's rates or remove one (after
// asking; core refuses to remove the last one and says why).
class TaxRatePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxRatePanel)

public:
    explicit TaxRatePanel(sales::CompanyProfileService& service, QWidget* parent = nullptr);

    void reload();
    // The dialogs open window-modal and return at once (tests fill them in).
    TaxRateDialog* addPeriod();
    TaxRateDialog* changeCurrent();
    // Asks, then removes the selected period; false when nothing was removed.
    bool removeCurrent();

    QTableView* table() const { return m_table; }
    TaxRateModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* removeButton() const { return m_remove; }
    QDate currentValidFrom() const;
    void selectPeriod(QDate validFrom);

signals:
    void statusMessage(const QString& message);
    void ratesChanged();

private:
    TaxRateDialog* openDialog(TaxRateDialog* dialog);
    void updateButtons();

    sales::CompanyProfileService& m_service;
    TaxRateModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace peyvand::ui
