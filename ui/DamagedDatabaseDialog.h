#pragma once

#include "RestoreFlow.h"
#include "backup/BackupService.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;

namespace peyvand::ui {

// Shown when the database fails its check (on open or in the background): it
// says in plain words what happened, names the newest backup that can be
// read (date and counts), and offers to restore it, to open the database
// read-only, or to quit. The damaged file is never written to.
class DamagedDatabaseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedDatabaseDialog)

public:
    enum class Choice { Restore, ReadOnly, Quit };

    DamagedDatabaseDialog(const QString& databasePath, const std::optional<backup::BackupEntry>& newest,
                          const QStringList& problems, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* readOnlyButton() const { return m_readOnly; }
    QPushButton* quitButton() const { return m_quit; }
    QLabel* backupLabel() const { return m_backup; }

    // The newest readable backup in the folders (the database's remembered
    // backup folder and the default one beside it).
    static std::optional<backup::BackupEntry> newestBackup(const QString& databasePath);

    // Shows the dialog (or takes the scripted choice); Quit when not
    // interactive and nothing is scripted.
    static Choice ask(QWidget* parent, const QString& databasePath, const std::optional<backup::BackupEntry>& newest,
                      const QStringList& problems);

    // The whole decision: asks (again when a restore is cancelled at its
    // passphrase or confirmation) until the user picks read-only, quits, or
    // agrees to a restore, which is then returned with its passphrase.
    struct Decision {
        Choice choice = Choice::Quit;
        std::optional<RestoreRequest> restore;
    };
    static Decision decide(QWidget* parent, const QString& databasePath, const QStringList& problems);

    // --- for tests -------------------------------------------------------
    static void scriptChoices(const QList<Choice>& choices);

private:
    Choice m_choice = Choice::Quit;
    QLabel* m_backup = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_readOnly = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace peyvand::ui
