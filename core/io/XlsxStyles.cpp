#include "XlsxStyles.h"

#include "XlsxPackage.h"
#include "XlsxXml.h"

#include <QHash>

namespace peyvand::io::xlsx {

namespace {

// Spreadsheet programs allow 64,000 cell formats; more are ignored (their
// numbers read as plain numbers).
constexpr size_t maxFormats = 1'000'000;

} // namespace

Status XlsxStyles::read(XlsxPartDevice& device)
{
    QHash<int, NumberStyle> custom;
    std::vector<int> formatIds;
    bool inCellFormats = false;
    QXmlStreamReader xml(&device);
    while (!xml.atEnd() && !xml.hasError()) {
        readNextToken(xml);
        if (isStart(xml, u"numFmt")) {
            const QXmlStreamAttributes a = xml.attributes();
            bool ok = false;
            const int id = a.value(QLatin1StringView("numFmtId")).toInt(&ok);
            if (ok)
                custom.insert(id, formatCodeStyle(a.value(QLatin1StringView("formatCode"))));
        } else if (isStart(xml, u"cellXfs")) {
            inCellFormats = true;
        } else if (isEnd(xml, u"cellXfs")) {
            inCellFormats = false;
        } else if (inCellFormats && isStart(xml, u"xf") && formatIds.size() < maxFormats) {
            bool ok = false;
            const int id = xml.attributes().value(QLatin1StringView("numFmtId")).toInt(&ok);
            formatIds.push_back(ok ? id : 0);
        }
    }
    if (xml.hasError())
        return device.failure() ? *device.failure() : xmlError(xml, device.part());
    m_formats.reserve(formatIds.size());
    for (const int id : formatIds)
        m_formats.push_back(custom.contains(id) ? custom.value(id) : builtinNumberStyle(id));
    return device.finish();
}

NumberStyle XlsxStyles::styleOf(qint64 formatIndex) const
{
    if (formatIndex < 0 || formatIndex >= qint64(m_formats.size()))
        return NumberStyle::Plain;
    return m_formats[size_t(formatIndex)];
}

} // namespace peyvand::io::xlsx
