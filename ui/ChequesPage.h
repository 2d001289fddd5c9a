#pragma once

#include <QWidget>

class QTabWidget;

namespace peyvand::ui {

class ChequeCalendarPanel;
class ChequeRegisterPanel;
class CollectionServices;

// "Cheques": the register (list, details, transitions) and, in a second
// tab, the Jalali month calendar of open cheques by due date.
class ChequesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequesPage)

public:
    enum class Tab { Register, Calendar };

    explicit ChequesPage(CollectionServices& services, QWidget* parent = nullptr);

    void refresh();
    void showTab(Tab tab);
    Tab currentTab() const;
    // Shows the register with this cheque chosen.
    bool openCheque(qint64 chequeId);

    QTabWidget* tabs() const { return m_tabs; }
    ChequeRegisterPanel* registerPanel() const { return m_register; }
    ChequeCalendarPanel* calendarPanel() const { return m_calendar; }

signals:
    void chequesChanged();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTabWidget* m_tabs = nullptr;
    ChequeRegisterPanel* m_register = nullptr;
    ChequeCalendarPanel* m_calendar = nullptr;
};

} // namespace peyvand::ui
