#include "ReportExport.h"

#include "exchange/CustomerExporter.h"
#include "io/Csv.h"
#include "io/XlsxCells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace peyvand::reports {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

Error writeError(const QString& path, const QString& detail)
{
    return Error::make(ErrorCode::Io,
        ExportText::tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)), detail);
}

QList<int> visibleColumns(const ReportTable& table)
{
    QList<int> columns;
    for (int c = 0; c < table.columns.size(); ++c)
        if (!table.columns.at(c).hidden)
            columns << c;
    return columns;
}

bool isNumeric(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Money:
    case ColumnKind::Count:
    case ColumnKind::Quantity:
    case ColumnKind::PerMille:
    case ColumnKind::Days:
        return true;
    default:
        return false;
    }
}

// Quantities are thousandths, per mille a share: both become decimals.
double numericValue(qint64 value, ColumnKind kind)
{
    if (kind == ColumnKind::Quantity)
        return double(value) / 1000.0;
    if (kind == ColumnKind::PerMille)
        return double(value) / 1000.0;
    return double(value);
}

QString csvNumber(qint64 value, ColumnKind kind)
{
    if (kind == ColumnKind::Quantity)
        return Quantity { value }.toText();
    if (kind == ColumnKind::PerMille) { // a percent with one decimal: 345 → 34.5
        const qint64 magnitude = value < 0 ? -value : value;
        return QStringLiteral("%1%2.%3").arg(value < 0 ? QStringLiteral("-") : QString()).arg(magnitude / 10).arg(magnitude % 10);
    }
    return QString::number(value);
}

QString textOf(const ReportCell& cell, ColumnKind kind, const TableExportOptions& options)
{
    CellFormat format;
    format.language = options.language;
    return formatCell(cell, kind, format);
}

const QList<ReportCell>* rowAt(const ReportTable& table, int row)
{
    if (row < table.rows.size())
        return &table.rows.at(row);
    return table.totals ? &*table.totals : nullptr;
}

int rowCount(const ReportTable& table)
{
    return int(table.rows.size()) + (table.totals ? 1 : 0);
}

} // namespace

Status writeTableCsv(const ReportTable& table, const QString& path, const TableExportOptions& options)
{
    const QList<int> columns = visibleColumns(table);
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (int c : columns)
        header << io::csvField(exchange::escapeFormula(table.columns.at(c).title));
    out += header.join(u',').toUtf8() + "\r\n";
    for (int r = 0; r < rowCount(table); ++r) {
        const QList<ReportCell>& row = *rowAt(table, r);
        QStringList cells;
        for (int c : columns) {
            const ReportCell cell = c < row.size() ? row.at(c) : ReportCell {};
            const ColumnKind kind = table.columns.at(c).kind;
            if (std::holds_alternative<std::monostate>(cell))
                cells << QString();
            else if (isNumeric(kind))
                cells << csvNumber(cellNumber(cell), kind);
            else
                cells << io::csvField(exchange::escapeFormula(textOf(cell, kind, options)));
        }
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(out) != out.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status writeTableXlsx(const ReportTable& table, const QString& path, const TableExportOptions& options)
{
    const QFileInfo target(path);
    const QString tempPath = target.absolutePath() + QStringLiteral("/.") + target.fileName() + u'.'
        + QString::number(QRandomGenerator::global()->generate(), 16) + QStringLiteral(".tmp");
    const QByteArray tempBytes = QFile::encodeName(tempPath);
    if (!QFileInfo(target.absolutePath()).isDir() || !QFileInfo(target.absolutePath()).isWritable())
        return writeError(path, QStringLiteral("folder not writable"));

    lxw_workbook* workbook = workbook_new(tempBytes.constData());
    if (!workbook)
        return writeError(path, QStringLiteral("workbook_new failed"));
    QString sheetName = table.title.isEmpty() ? QStringLiteral("Report") : table.title;
    for (const QChar c : QStringLiteral("[]:*?/\\'"))
        sheetName.replace(c, u'_');
    sheetName.truncate(31);
    const QByteArray sheetBytes = sheetName.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetBytes.constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook, nullptr);

    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    const auto numberFormat = [&](ColumnKind kind, bool bold) {
        lxw_format* f = workbook_add_format(workbook);
        if (bold)
            format_set_bold(f);
        switch (kind) {
        case ColumnKind::PerMille: format_set_num_format(f, "0.0%"); break;
        case ColumnKind::Quantity: format_set_num_format(f, "#,##0.###"); break;
        default: format_set_num_format(f, "#,##0"); break;
        }
        return f;
    };
    lxw_format* boldText = workbook_add_format(workbook);
    format_set_bold(boldText);

    const QList<int> columns = visibleColumns(table);
    lxw_error error = LXW_NO_ERROR;
    for (int i = 0; i < columns.size() && error == LXW_NO_ERROR; ++i) {
        const QByteArray text = io::xlsx::encodeEscapes(table.columns.at(columns.at(i)).title).toUtf8();
        error = worksheet_write_string(sheet, 0, lxw_col_t(i), text.constData(), header);
        worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), 18, nullptr);
    }
    QHash<int, lxw_format*> plainFormats, boldFormats;
    for (int r = 0; r < rowCount(table) && error == LXW_NO_ERROR; ++r) {
        const QList<ReportCell>& row = *rowAt(table, r);
        const bool totals = r >= table.rows.size();
        for (int i = 0; i < columns.size() && error == LXW_NO_ERROR; ++i) {
            const int c = columns.at(i);
            const ReportCell cell = c < row.size() ? row.at(c) : ReportCell {};
            if (std::holds_alternative<std::monostate>(cell))
                continue;
            const ColumnKind kind = table.columns.at(c).kind;
            const auto xr = lxw_row_t(r + 1);
            if (isNumeric(kind)) {
                auto& cache = totals ? boldFormats : plainFormats;
                if (!cache.contains(int(kind)))
                    cache.insert(int(kind), numberFormat(kind, totals));
                error = worksheet_write_number(sheet, xr, lxw_col_t(i), numericValue(cellNumber(cell), kind), cache.value(int(kind)));
            } else {
                const QByteArray text = io::xlsx::encodeEscapes(exchange::escapeFormula(textOf(cell, kind, options))).toUtf8();
                error = worksheet_write_string(sheet, xr, lxw_col_t(i), text.constData(), totals ? boldText : nullptr);
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (options.rightToLeft)
        worksheet_right_to_left(sheet);
    if (error != LXW_NO_ERROR) {
        lxw_workbook_free(workbook);
        QFile::remove(tempPath);
        return writeError(path, QString::fromUtf8(lxw_strerror(error)));
    }
    error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(tempPath);
        return writeError(path, QString::fromUtf8(lxw_strerror(error)));
    }
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(tempPath.toStdU16String()),
        std::filesystem::path(target.absoluteFilePath().toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(tempPath);
        return writeError(path, QString::fromStdString(renameError.message()));
    }
    return {};
}

} // namespace peyvand::reports
