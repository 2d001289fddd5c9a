#pragma once

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;

namespace peyvand::ui {

// The side bar: the areas of Peyvand. Areas that are not built yet are shown
// disabled under "Coming soon" so users see where the application is going;
// they never lead to placeholder screens.
class NavigationBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    enum class Section { Dashboard, Customers, Documents, Catalog, Leads, Payments, Reports, Settings, Pipeline, Tasks, Cheques, Receivables, Backups };

    explicit NavigationBar(QWidget* parent = nullptr);

    void select(Section section);
    Section current() const;
    QAbstractButton* button(Section section) const { return m_buttons.value(section); }

signals:
    void sectionChosen(peyvand::ui::NavigationBar::Section section);

private:
    QAbstractButton* addButton(Section section, const QString& text, bool enabled);

    QButtonGroup* m_group = nullptr;
    QHash<Section, QAbstractButton*> m_buttons;
};

} // namespace peyvand::ui
