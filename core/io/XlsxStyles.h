#pragma once

// Internal to the XLSX reader: which cell formats (xl/styles.xml cellXfs)
// show numbers as dates or times.

#include "XlsxCells.h"
#include "common/Result.h"

#include <vector>

namespace peyvand::io::xlsx {

class XlsxPartDevice;

class XlsxStyles final
{
public:
    Status read(XlsxPartDevice& device);
    // The style of a cell's s attribute; Plain when there is no such format.
    NumberStyle styleOf(qint64 formatIndex) const;

private:
    std::vector<NumberStyle> m_formats;
};

} // namespace peyvand::io::xlsx
