#pragma once

#include "leads/LeadService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace peyvand::ui {

// Settings → Industries: the list leads pick their field of activity from.
// Add a name, rename one in place (double-click), remove one after asking
// (leads in it keep it but get no industry points).
class IndustriesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndustriesPanel)

public:
    explicit IndustriesPanel(leads::LeadService& service, QWidget* parent = nullptr);

    void reload();
    bool addIndustry(const QString& name);
    bool renameIndustry(int row, const QString& name);
    // Asks, then removes the selected industry.
    bool removeCurrent();
    const QList<leads::Industry>& industries() const { return m_industries; }

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void industriesChanged(const QList<peyvand::leads::Industry>& industries);
    void statusMessage(const QString& message);

private:
    void showError(const Error& error);

    leads::LeadService& m_service;
    QList<leads::Industry> m_industries;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
    bool m_loading = false;
};

} // namespace peyvand::ui
