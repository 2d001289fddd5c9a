#include "RestoreFlow.h"

#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "FileChooser.h"
#include "PassphraseDialog.h"
#include "backup/BackupErrors.h"
#include "backup/BackupReader.h"
#include "backup/BackupService.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>

namespace peyvand::ui {

QString RestoreFlow::countsText(const backup::BackupMetadata& metadata)
{
    return tr("%1 customers, %2 leads, %3 documents, %4 payments")
        .arg(Display::number(metadata.customers), Display::number(metadata.leads),
             Display::number(metadata.documents), Display::number(metadata.payments));
}

std::optional<RestoreRequest> RestoreFlow::prepareFromFile(QWidget* parent, const QString& databasePath)
{
    const QString file = FileChooser::openFile(parent, tr("Restore from a backup"),
                                               tr("Peyvand backups (*.pvbak);;All files (*)"));
    if (file.isEmpty())
        return std::nullopt;
    return prepare(parent, file, databasePath);
}

std::optional<RestoreRequest> RestoreFlow::prepare(QWidget* parent, const QString& backupFile, const QString& databasePath)
{
    const QString title = tr("Restore from a backup");
    Result<backup::BackupReader> reader = backup::BackupReader::open(backupFile);
    if (!reader) {
        Dialogs::error(parent, title, ErrorText::describe(reader.error()), reader.error().detail);
        return std::nullopt;
    }
    RestoreRequest request;
    request.backupFile = backupFile;
    request.metadata = reader->metadata();
    const QString date = Display::dateTime(request.metadata.createdAt);

    if (reader->isEncrypted()) {
        QString problem;
        for (;;) {
            const QString passphrase = PassphraseDialog::ask(
                parent, PassphraseDialog::Mode::Enter, title,
                tr("The backup of %1 is encrypted. Enter the passphrase it was made with.").arg(date), problem);
            if (passphrase.isEmpty())
                return std::nullopt;
            const Status check = reader->checkPassphrase(passphrase);
            if (check) {
                request.passphrase = passphrase;
                break;
            }
            if (backup::defectOf(check.error()) != backup::BackupDefect::WrongPassphrase) {
                Dialogs::error(parent, title, ErrorText::describe(check.error()), check.error().detail);
                return std::nullopt;
            }
            problem = tr("That passphrase does not open this backup. Check it (and the keyboard language) and try again.");
        }
    }

    const QString keptAs = QFileInfo(databasePath).completeBaseName() + QStringLiteral(".before-restore-….sqlite");
    const QString text = tr("Restore the backup of %1?\n\nIt holds %2.\n\nYour current data will be kept as “%3” "
                            "in the folder of the database, and Peyvand restarts on the restored data.")
                             .arg(date, countsText(request.metadata), keptAs);
    if (Dialogs::ask(parent, title, text, tr("Restore")) != Dialogs::Answer::Yes)
        return std::nullopt;
    return request;
}

BackupJobOutcome RestoreFlow::run(QWidget* parent, const RestoreRequest& request, const QString& databasePath,
                                  const Clock& clock)
{
    BackupJob job(nullptr);
    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowTitle(tr("Restoring"));
    progress.setLabelText(tr("Restoring the backup of %1…").arg(Display::dateTime(request.metadata.createdAt)));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setRange(0, 1000);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &job, &BackupJob::cancel);
    QObject::connect(&job, &BackupJob::progress, &progress, &QProgressDialog::setValue);

    BackupJobOutcome result;
    QEventLoop loop;
    QObject::connect(&job, &BackupJob::finished, &loop, [&](const BackupJobOutcome& outcome) {
        result = outcome;
        loop.quit();
    });
    const QString file = request.backupFile;
    const QString passphrase = request.passphrase;
    job.startRestore([file, passphrase, databasePath, &clock](const backup::BackupProgress& report) {
        return backup::BackupService::restore(file, passphrase, databasePath, clock, report);
    });
    loop.exec();
    progress.reset();
    return result;
}

QString RestoreFlow::describeOutcome(const BackupJobOutcome& outcome)
{
    if (!outcome.status) {
        if (outcome.status.error().code == ErrorCode::Cancelled)
            return tr("The restore was cancelled; the database was not changed.");
        return tr("The restore failed; the database was not changed.\n%1").arg(ErrorText::describe(outcome.status.error()));
    }
    if (!outcome.restore)
        return {};
    if (outcome.restore->previousMovedTo.isEmpty())
        return tr("The backup of %1 was restored.").arg(Display::dateTime(outcome.restore->metadata.createdAt));
    return tr("The backup of %1 was restored. The data you had before is kept in “%2”.")
        .arg(Display::dateTime(outcome.restore->metadata.createdAt),
             QDir::toNativeSeparators(outcome.restore->previousMovedTo));
}

} // namespace peyvand::ui
