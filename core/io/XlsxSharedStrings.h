#pragma once

// Internal to the XLSX reader: the shared string table (xl/sharedStrings.xml),
// held as one pooled string with end offsets.

#include "Xlsx.h"

#include <QString>
#include <QXmlStreamReader>
#include <vector>

namespace peyvand::io::xlsx {

class XlsxPartDevice;

// The text of a string item (<si> or <is>), the reader on its start element:
// plain <t> or rich-text runs <r><t>, without phonetic runs; _xHHHH_
// escapes decoded. Ends on the item's end element.
QString readStringItem(QXmlStreamReader& xml, QStringView itemName);

class XlsxSharedStrings final
{
public:
    Status read(XlsxPartDevice& device, const XlsxLimits& limits);
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QString at(qsizetype index) const; // 0 <= index < size()

private:
    QString m_pool;
    std::vector<qsizetype> m_ends;
};

} // namespace peyvand::io::xlsx
