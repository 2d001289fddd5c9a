#include "Xlsx.h"

#include "XlsxPackage.h"
#include "XlsxSheetReader.h"
#include "XlsxWorkbook.h"
#include "XlsxXml.h"

#include <QCoreApplication>

namespace peyvand::io {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

QStringList namesOf(const xlsx::XlsxWorkbookInfo& workbook)
{
    QStringList names;
    for (const xlsx::XlsxSheetRef& sheet : workbook.sheets)
        names << sheet.name;
    return names;
}

Result<QStringList> sheetNames(Result<std::unique_ptr<xlsx::XlsxPackage>> package)
{
    if (!package)
        return package.error();
    auto workbook = xlsx::readWorkbook(**package);
    if (!workbook)
        return workbook.error();
    return namesOf(*workbook);
}

Result<std::unique_ptr<TableSource>> openSheet(
    Result<std::unique_ptr<xlsx::XlsxPackage>> package, const QString& sheet)
{
    if (!package)
        return package.error();
    auto workbook = xlsx::readWorkbook(**package);
    if (!workbook)
        return workbook.error();
    const xlsx::XlsxSheetRef* chosen = sheet.isEmpty() ? &workbook->sheets.constFirst() : nullptr;
    for (const xlsx::XlsxSheetRef& candidate : workbook->sheets) {
        if (!chosen && candidate.name == sheet)
            chosen = &candidate;
    }
    if (!chosen) {
        return xlsx::fileError(XlsxText::tr("The XLSX file has no sheet \"%1\"; its sheets are: %2.")
                                   .arg(sheet, namesOf(*workbook).join(QStringLiteral(", "))));
    }
    return xlsx::XlsxSheetReader::open(std::move(*package), *workbook, *chosen);
}

} // namespace

Result<QStringList> xlsxSheetNames(const QString& path)
{
    return sheetNames(xlsx::XlsxPackage::open(path, XlsxLimits {}));
}

Result<QStringList> xlsxSheetNames(QIODevice& device)
{
    return sheetNames(xlsx::XlsxPackage::open(device, XlsxLimits {}));
}

Result<std::unique_ptr<TableSource>> openXlsx(
    const QString& path, const QString& sheet, const XlsxLimits& limits)
{
    return openSheet(xlsx::XlsxPackage::open(path, limits), sheet);
}

Result<std::unique_ptr<TableSource>> openXlsx(
    QIODevice& device, const QString& sheet, const XlsxLimits& limits)
{
    return openSheet(xlsx::XlsxPackage::open(device, limits), sheet);
}

} // namespace peyvand::io
