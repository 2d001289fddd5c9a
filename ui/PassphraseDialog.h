#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace peyvand::ui {

// Asks for a backup passphrase. Choose: a new one, typed twice, with a
// strength hint and the warning that a lost passphrase means lost backups.
// Enter: an existing one, with a line saying why it is asked (or that the
// last one did not fit). Tests script the answers like Dialogs.
class PassphraseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Mode { Choose, Enter };
    enum class Strength { Empty, Weak, Fair, Strong };

    PassphraseDialog(Mode mode, const QString& title, const QString& prompt, QWidget* parent = nullptr);

    QString passphrase() const;
    void setProblem(const QString& text);
    static Strength strengthOf(const QString& passphrase);

    QLineEdit* firstField() const { return m_first; }
    QLineEdit* secondField() const { return m_second; }
    QLabel* strengthLabel() const { return m_strength; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The passphrase typed, empty when cancelled. Scripted answers are taken
    // first; when none is left and Dialogs is not interactive, it is cancelled.
    static QString ask(QWidget* parent, Mode mode, const QString& title, const QString& prompt,
                       const QString& problem = {});

    // --- for tests -------------------------------------------------------
    static void scriptPassphrases(const QStringList& answers); // "" = cancel
    static QStringList takeAskedPrompts();

private:
    void updateState();

    Mode m_mode;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace peyvand::ui
