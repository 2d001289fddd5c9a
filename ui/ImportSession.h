#pragma once

#include "common/Result.h"
#include "exchange/ImportTypes.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class DatabaseWorker;

// What the import wizard has chosen so far (file, format, encoding, sheet,
// mapping, duplicate policy) and the preview of the first rows under those
// choices. Every change that affects the preview reads it again through
// CustomerImporter::preview — off the GUI thread on a database file — and
// announces it with previewChanged(); a change made while a preview is being
// read is read once that one is done.
class ImportSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    static constexpr int kPreviewRows = 50;

    explicit ImportSession(storage::Database& db, QObject* parent = nullptr);
    ~ImportSession() override;

    const QString& path() const { return m_path; }
    const exchange::ImportOptions& options() const { return m_options; }
    // Sheet names of an XLSX file (empty for other formats).
    const QStringList& sheets() const { return m_sheets; }

    // A new file: the format follows its suffix, the encoding goes back to
    // automatic, the mapping to the automatic one.
    void setFile(const QString& path);
    void setFormat(io::SourceFormat format);
    void setEncoding(io::TextEncoding encoding);
    void setSheet(const QString& sheet);
    // Column `column` of the file goes to `field` (a field other than phones,
    // tags and notes leaves the column that had it).
    void setField(int column, exchange::ImportField field);
    void setUnmappedToNotes(bool on);
    void setPolicy(exchange::DuplicatePolicy policy);
    void setOverwrite(bool on);
    void setDryRun(bool on);

    bool isLoading() const { return m_loading; }
    bool hasPreview() const { return m_preview.has_value(); }
    // The last preview read; meaningful only when hasPreview().
    const exchange::ImportPreview& preview() const { return *m_preview; }
    // Why the file could not be previewed (empty without a file or when it could).
    const std::optional<Error>& previewError() const { return m_error; }
    // Waits for a preview being read off the GUI thread (tests, --show-import).
    void waitForPreview();

signals:
    void loadingChanged(bool loading);
    void previewChanged();
    void sheetsChanged();

private:
    void sourceChanged();
    void reload();
    void onLoaded(const Result<exchange::ImportPreview>& result);

    storage::Database& m_db;
    DatabaseWorker* m_worker = nullptr;
    QString m_path;
    exchange::ImportOptions m_options;
    QStringList m_sheets;
    std::optional<exchange::ImportPreview> m_preview;
    std::optional<Error> m_error;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace peyvand::ui
