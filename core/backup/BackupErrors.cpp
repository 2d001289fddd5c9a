#include "BackupErrors.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace peyvand::backup {

namespace {

struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr std::array kAllDefects {
    BackupDefect::NotABackup,         BackupDefect::NewerFormat,     BackupDefect::HeaderDamaged,
    BackupDefect::PassphraseRequired, BackupDefect::WrongPassphrase, BackupDefect::Truncated,
    BackupDefect::Damaged,
};

const QString kPrefix = QStringLiteral("backup:");

} // namespace

QString defectKey(BackupDefect defect)
{
    switch (defect) {
    case BackupDefect::NotABackup: return QStringLiteral("not_a_backup");
    case BackupDefect::NewerFormat: return QStringLiteral("newer_format");
    case BackupDefect::HeaderDamaged: return QStringLiteral("header_damaged");
    case BackupDefect::PassphraseRequired: return QStringLiteral("passphrase_required");
    case BackupDefect::WrongPassphrase: return QStringLiteral("wrong_passphrase");
    case BackupDefect::Truncated: return QStringLiteral("truncated");
    case BackupDefect::Damaged: return QStringLiteral("damaged");
    }
    return QStringLiteral("damaged");
}

Error backupError(BackupDefect defect, const QString& fileName)
{
    const QString detail = kPrefix + defectKey(defect);
    switch (defect) {
    case BackupDefect::NotABackup:
        return Error::make(ErrorCode::NotADatabase, BackupText::tr("“%1” is not a Peyvand backup.").arg(fileName), detail);
    case BackupDefect::NewerFormat:
        return Error::make(ErrorCode::SchemaTooNew,
                           BackupText::tr("The backup “%1” was made by a newer version of Peyvand. Update Peyvand to read it.").arg(fileName),
                           detail);
    case BackupDefect::HeaderDamaged:
        return Error::make(ErrorCode::Corrupt,
                           BackupText::tr("The backup “%1” is damaged: its header does not check out.").arg(fileName), detail);
    case BackupDefect::PassphraseRequired: {
        Error e = Error::invalid(QStringLiteral("passphrase"),
                                 BackupText::tr("The backup “%1” is encrypted: its passphrase is needed.").arg(fileName));
        e.detail = detail;
        return e;
    }
    case BackupDefect::WrongPassphrase: {
        Error e = Error::invalid(QStringLiteral("passphrase"),
                                 BackupText::tr("The passphrase is wrong for the backup “%1”.").arg(fileName));
        e.detail = detail;
        return e;
    }
    case BackupDefect::Truncated:
        return Error::make(ErrorCode::Corrupt,
                           BackupText::tr("The backup “%1” is incomplete: the file was cut short before its end.").arg(fileName),
                           detail);
    case BackupDefect::Damaged:
        return Error::make(ErrorCode::Corrupt,
                           BackupText::tr("The backup “%1” is damaged or was changed after it was written.").arg(fileName),
                           detail);
    }
    return Error::make(ErrorCode::Corrupt, BackupText::tr("The backup “%1” is damaged or was changed after it was written.").arg(fileName), detail);
}

std::optional<BackupDefect> defectOf(const Error& error)
{
    if (!error.detail.startsWith(kPrefix))
        return std::nullopt;
    const QString key = error.detail.mid(kPrefix.size());
    for (BackupDefect d : kAllDefects) {
        if (defectKey(d) == key)
            return d;
    }
    return std::nullopt;
}

} // namespace peyvand::backup
