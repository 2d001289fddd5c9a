#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace peyvand::backup {

// A file written under a temporary name in its final folder, then fsynced
// and renamed into place: readers never see a half-written file, and a crash
// leaves at most a hidden temporary file. Removed unless moved.
class TempFile final {
public:
    // A new file "<prefix>-XXXXXX<suffix>" in folder, open for writing.
    static Result<TempFile> create(const QString& folder, const QString& prefix, const QString& suffix);
    TempFile(TempFile&&) noexcept;
    TempFile& operator=(TempFile&&) noexcept;
    ~TempFile();

    QFile& file() { return *m_file; }
    QString path() const { return m_path; }
    // Flushes, fsyncs and closes the file.
    Status finishWriting();
    // Renames to target (never replacing an existing file) and fsyncs the folder.
    Status moveTo(const QString& target);

private:
    TempFile() = default;
    std::unique_ptr<QFile> m_file;
    QString m_path;
    bool m_moved = false;
};

// fsync of a file's data and of a folder's entries (no-op where the platform
// has no such call for folders).
Status syncPath(const QString& path);
void syncFolder(const QString& folder);

// Renames source to target only when target does not exist, then fsyncs the folder.
Status renameNoReplace(const QString& source, const QString& target);

// "peyvand-2026-11-24T103000Z.pvbak" for that UTC time; when taken,
// "peyvand-2026-11-24T103000Z-2.pvbak" and so on. A label (lower-case words
// and dashes) goes last: "peyvand-2026-11-24T103000Z-before-restore.pvbak".
QString backupFileName(const QDateTime& createdAtUtc, int sequence = 1, const QString& label = {});
// The UTC time in such a name without a label, or nothing when the name is
// not one of ours (or is labelled: rotation leaves those alone).
std::optional<QDateTime> timeFromBackupFileName(const QString& fileName);
inline constexpr const char* kBackupSuffix = ".pvbak";

// Deletes the temporary files a killed backup leaves in folder (only names
// TempFile gives them: ".peyvand-backup-XXXXXXXX.pvbak.part",
// ".peyvand-snapshot-XXXXXXXX.sqlite") last modified more than maxAgeSeconds
// before nowUtc; a backup running now keeps writing to its own. Returns the
// deleted paths; files that cannot be deleted are left.
QStringList removeStaleTemporaries(const QString& folder, const QDateTime& nowUtc, qint64 maxAgeSeconds = 3600);

} // namespace peyvand::backup
