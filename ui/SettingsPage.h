#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace peyvand::ui {

// Preferences: the interface language (applied on the next start) and where
// the database file is.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString& databasePath, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QLabel* restartNote() const { return m_note; }

signals:
    void statusMessage(const QString& message);

private:
    void saveLanguage();

    QComboBox* m_language = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace peyvand::ui
