#pragma once

// Internal to the XLSX reader: one worksheet streamed row by row.

#include "TableSource.h"
#include "XlsxPackage.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "XlsxWorkbook.h"

#include <QXmlStreamReader>
#include <memory>
#include <optional>

namespace peyvand::io::xlsx {

class XlsxSheetReader final : public TableSource
{
public:
    // Loads the shared strings and styles, then reads up to the header row.
    static Result<std::unique_ptr<TableSource>> open(
        std::unique_ptr<XlsxPackage> package, const XlsxWorkbookInfo& workbook, const XlsxSheetRef& sheet);

    QStringList headers() const override { return m_headers; }
    Result<std::optional<SourceRow>> next() override;
    qint64 position() const override;
    qint64 size() const override;

private:
    explicit XlsxSheetReader(std::unique_ptr<XlsxPackage> package);
    Status load(const XlsxWorkbookInfo& workbook, const XlsxSheetRef& sheet);
    // The next row holding a value, cells placed by their columns.
    Result<std::optional<SourceRow>> readRow();
    Result<std::optional<SourceRow>> readRowContent();
    Status readCell(QStringList& cells, int& column, qint64 row);
    QString cellValue(QStringView type, const QString& raw, qint64 style, qint64 row, QStringView reference,
        std::optional<Error>& error) const;
    Error currentError(qint64 row = 0) const;
    Result<std::optional<SourceRow>> fail(Error error);

    std::unique_ptr<XlsxPackage> m_package; // first: outlives the part device
    XlsxLimits m_limits;
    XlsxSharedStrings m_strings;
    XlsxStyles m_styles;
    bool m_date1904 = false;
    std::unique_ptr<XlsxPartDevice> m_device;
    QXmlStreamReader m_xml;
    QStringList m_headers;
    qint64 m_lastRow = 0;
    bool m_inSheetData = false;
    bool m_done = false;
    std::optional<Error> m_error;
};

} // namespace peyvand::io::xlsx
