#pragma once

// Internal to the XLSX reader: which parts hold the sheets, the shared strings
// and the styles, found through the package's relationships.

#include "common/Result.h"

#include <QList>
#include <QString>

namespace peyvand::io::xlsx {

class XlsxPackage;

struct XlsxSheetRef
{
    QString name;
    QString part; // empty when the workbook names no part for it
};

struct XlsxWorkbookInfo
{
    QList<XlsxSheetRef> sheets; // in workbook order
    bool date1904 = false;
    QString sharedStringsPart; // empty: none
    QString stylesPart; // empty: none
};

Result<XlsxWorkbookInfo> readWorkbook(XlsxPackage& package);

// "xl/worksheets/../sharedStrings.xml" style targets resolved against the
// part that names them ("/xl/x.xml" is absolute).
QString resolvePartTarget(const QString& sourcePart, const QString& target);

} // namespace peyvand::io::xlsx
