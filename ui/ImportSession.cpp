#include "ImportSession.h"

#include "DatabaseWorker.h"
#include "exchange/CustomerImporter.h"
#include "io/Xlsx.h"

#include <memory>

namespace peyvand::ui {

using exchange::ImportPreview;

ImportSession::ImportSession(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_worker(new DatabaseWorker(db, this))
{
}

ImportSession::~ImportSession() = default;

void ImportSession::setFile(const QString& path)
{
    m_path = path;
    bool known = false;
    const io::SourceFormat format = io::formatFromPath(path, &known);
    m_options.source.format = known ? format : io::SourceFormat::Csv;
    m_options.source.encoding = io::TextEncoding::Auto;
    m_options.source.sheet.clear();
    sourceChanged();
}

void ImportSession::setFormat(io::SourceFormat format)
{
    if (m_options.source.format == format)
        return;
    m_options.source.format = format;
    m_options.source.sheet.clear();
    sourceChanged();
}

void ImportSession::setEncoding(io::TextEncoding encoding)
{
    if (m_options.source.encoding == encoding)
        return;
    m_options.source.encoding = encoding;
    sourceChanged();
}

void ImportSession::setSheet(const QString& sheet)
{
    if (m_options.source.sheet == sheet)
        return;
    m_options.source.sheet = sheet;
    m_options.mapping.columns.clear();
    reload();
}

void ImportSession::sourceChanged()
{
    // Other headers (or the same ones read differently): map them afresh.
    m_options.mapping.columns.clear();
    const QStringList before = m_sheets;
    m_sheets.clear();
    if (m_options.source.format == io::SourceFormat::Xlsx && !m_path.isEmpty())
        m_sheets = io::xlsxSheetNames(m_path).valueOr({});
    if (m_sheets != before)
        emit sheetsChanged();
    reload();
}

void ImportSession::setField(int column, exchange::ImportField field)
{
    if (!m_preview || column < 0 || column >= m_preview->headers.size())
        return;
    // The mapping as last chosen: a change made while a preview is being read
    // builds on the one before it, not on the preview on screen.
    exchange::ColumnMapping mapping = m_options.mapping.columns.isEmpty() ? m_preview->mapping : m_options.mapping;
    mapping.unmappedToNotes = m_options.mapping.unmappedToNotes;
    const Result<exchange::ColumnMapping> changed = exchange::applyOverrides(
        mapping, m_preview->headers, { { QString::number(column + 1), exchange::fieldKey(field) } });
    if (!changed)
        return;
    m_options.mapping = *changed;
    reload();
}

void ImportSession::setUnmappedToNotes(bool on)
{
    if (m_options.mapping.unmappedToNotes == on)
        return;
    m_options.mapping.unmappedToNotes = on;
    reload();
}

void ImportSession::setPolicy(exchange::DuplicatePolicy policy)
{
    m_options.onDuplicate = policy;
}

void ImportSession::setOverwrite(bool on)
{
    m_options.overwrite = on;
}

void ImportSession::setDryRun(bool on)
{
    m_options.dryRun = on;
}

void ImportSession::reload()
{
    if (m_path.isEmpty()) {
        m_preview.reset();
        m_error.reset();
        emit previewChanged();
        return;
    }
    if (m_worker->isRunning()) {
        m_reloadPending = true;
        return;
    }
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const QString path = m_path;
    const exchange::ImportOptions options = m_options;
    auto result = std::make_shared<std::optional<Result<ImportPreview>>>();
    m_worker->start(
        [path, options, result](storage::Database& db) {
            *result = exchange::CustomerImporter(db).preview(path, options, kPreviewRows);
        },
        [this, result](const Status& opened) {
            if (!opened)
                onLoaded(opened.error());
            else
                onLoaded(**result);
        });
}

void ImportSession::onLoaded(const Result<ImportPreview>& result)
{
    if (m_reloadPending) {
        m_reloadPending = false; // the choices changed meanwhile: this preview is stale
        reload();
        return;
    }
    if (result) {
        m_preview = *result;
        m_error.reset();
        // Keep the mapping (automatic at first) so that later changes start from it.
        m_options.mapping.columns = m_preview->mapping.columns;
    } else {
        m_preview.reset();
        m_error = result.error();
    }
    m_loading = false;
    emit loadingChanged(false);
    emit previewChanged();
}

void ImportSession::waitForPreview()
{
    while (m_loading)
        m_worker->waitForFinished();
}

} // namespace peyvand::ui
