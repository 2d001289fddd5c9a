#include "XlsxSheetReader.h"

#include "XlsxCells.h"
#include "XlsxXml.h"

#include <QCoreApplication>

namespace peyvand::io::xlsx {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

QString booleanText(const QString& raw)
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return {};
    return xmlTrue(v) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

} // namespace

XlsxSheetReader::XlsxSheetReader(std::unique_ptr<XlsxPackage> package)
    : m_package(std::move(package))
    , m_limits(m_package->limits())
{
}

Result<std::unique_ptr<TableSource>> XlsxSheetReader::open(
    std::unique_ptr<XlsxPackage> package, const XlsxWorkbookInfo& workbook, const XlsxSheetRef& sheet)
{
    std::unique_ptr<XlsxSheetReader> reader(new XlsxSheetReader(std::move(package)));
    if (auto status = reader->load(workbook, sheet); !status)
        return status.error();
    return std::unique_ptr<TableSource>(std::move(reader));
}

Status XlsxSheetReader::load(const XlsxWorkbookInfo& workbook, const XlsxSheetRef& sheet)
{
    m_date1904 = workbook.date1904;
    if (sheet.part.isEmpty() || !m_package->contains(sheet.part))
        return damaged(XlsxText::tr("the cells of sheet \"%1\" are missing").arg(sheet.name));
    if (!workbook.sharedStringsPart.isEmpty()) {
        auto device = m_package->openPart(workbook.sharedStringsPart);
        if (!device)
            return device.error();
        if (auto status = m_strings.read(**device, m_limits); !status)
            return status;
    }
    if (!workbook.stylesPart.isEmpty()) {
        auto device = m_package->openPart(workbook.stylesPart);
        if (!device)
            return device.error();
        if (auto status = m_styles.read(**device); !status)
            return status;
    }
    auto device = m_package->openPart(sheet.part);
    if (!device)
        return device.error();
    m_device = std::move(*device);
    m_xml.setDevice(m_device.get());

    auto header = readRow();
    if (!header)
        return header.error();
    if (*header)
        m_headers = (*header)->cells;
    return {};
}

Result<std::optional<SourceRow>> XlsxSheetReader::next()
{
    auto row = readRow();
    if (row && *row) {
        QStringList& cells = (*row)->cells;
        while (cells.size() < m_headers.size())
            cells << QString();
    }
    return row;
}

qint64 XlsxSheetReader::position() const
{
    if (!m_device)
        return 0;
    return m_done ? size() : std::min(m_device->bytesInflated(), size());
}

qint64 XlsxSheetReader::size() const
{
    return m_device ? m_device->declaredSize() : 0;
}

Error XlsxSheetReader::currentError(qint64 row) const
{
    if (m_device && m_device->failure())
        return *m_device->failure();
    return xmlError(m_xml, m_device ? m_device->part() : QString(), row);
}

Result<std::optional<SourceRow>> XlsxSheetReader::fail(Error error)
{
    m_done = true;
    m_error = error;
    return error;
}

Result<std::optional<SourceRow>> XlsxSheetReader::readRow()
{
    if (m_error)
        return *m_error;
    while (!m_done) {
        const auto token = readNextToken(m_xml);
        if (m_xml.hasError())
            return fail(currentError(m_lastRow));
        if (token == QXmlStreamReader::EndDocument || isEnd(m_xml, u"sheetData")) {
            // What follows the cells (merged ranges, page setup) is not
            // needed; finish() still reads it for the checksum.
            m_done = true;
            if (auto status = m_device->finish(); !status)
                return fail(status.error());
            break;
        }
        if (!m_xml.isStartElement())
            continue;
        if (!m_inSheetData) {
            m_inSheetData = m_xml.name() == u"sheetData";
            continue;
        }
        if (m_xml.name() != u"row") {
            m_xml.skipCurrentElement();
            continue;
        }
        auto row = readRowContent();
        if (!row)
            return fail(row.error());
        if (*row)
            return row;
    }
    return std::optional<SourceRow>();
}

Result<std::optional<SourceRow>> XlsxSheetReader::readRowContent()
{
    qint64 number = m_lastRow + 1;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1StringView("r"));
    if (!reference.isEmpty()) {
        bool ok = false;
        number = reference.toLongLong(&ok);
        if (!ok || number < 1)
            return damaged(XlsxText::tr("its sheet has a row numbered \"%1\"").arg(reference), m_lastRow);
    }
    if (number <= m_lastRow)
        return damaged(
            XlsxText::tr("row %1 of its sheet comes after row %2").arg(number).arg(m_lastRow), number);
    if (number > m_limits.maxRows)
        return fileError(
            XlsxText::tr("The XLSX file is refused: its sheet has more than %1 rows.").arg(m_limits.maxRows),
            number);
    m_lastRow = number;

    QStringList cells;
    int column = -1;
    while (readNextToken(m_xml) != QXmlStreamReader::Invalid) {
        if (isEnd(m_xml, u"row"))
            break;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"c") {
            if (auto status = readCell(cells, column, number); !status)
                return status.error();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return currentError(number);
    if (cells.isEmpty())
        return std::optional<SourceRow>();
    return std::optional<SourceRow>(SourceRow { number, cells });
}

Status XlsxSheetReader::readCell(QStringList& cells, int& column, qint64 row)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1StringView("r"));
    if (reference.isEmpty()) {
        ++column;
    } else {
        column = columnOfReference(reference);
        if (column < 0)
            return damaged(XlsxText::tr("its sheet has a cell named \"%1\"").arg(reference), row);
    }
    const QString type = attributes.value(QLatin1StringView("t")).toString();
    bool styled = false;
    const qint64 style = attributes.value(QLatin1StringView("s")).toLongLong(&styled);

    QString raw;
    std::optional<QString> inlineText;
    while (readNextToken(m_xml) != QXmlStreamReader::Invalid) {
        if (isEnd(m_xml, u"c"))
            break;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"v")
            raw = elementText(m_xml);
        else if (m_xml.name() == u"is")
            inlineText = readStringItem(m_xml, u"is");
        else
            m_xml.skipCurrentElement(); // formulas, extensions
    }
    if (m_xml.hasError())
        return currentError(row);

    std::optional<Error> error;
    const QString value
        = inlineText ? *inlineText : cellValue(type, raw, styled ? style : 0, row, reference, error);
    if (error)
        return *error;
    if (value.isEmpty())
        return {};
    if (column >= m_limits.maxColumns)
        return fileError(XlsxText::tr("The XLSX file is refused: its sheet has a value in column %1, beyond "
                                      "the %2 columns allowed.")
                             .arg(columnLetters(column))
                             .arg(m_limits.maxColumns),
            row);
    while (cells.size() <= column)
        cells << QString();
    cells[column] = value;
    return {};
}

QString XlsxSheetReader::cellValue(QStringView type, const QString& raw, qint64 style, qint64 row,
    QStringView reference, std::optional<Error>& error) const
{
    if (type == u"s") {
        if (raw.isEmpty())
            return {};
        bool ok = false;
        const qint64 index = raw.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size()) {
            error = damaged(XlsxText::tr("its cell %1 refers to shared string %2, which it does not have")
                                .arg(reference.isEmpty() ? QString::number(row) : reference.toString(), raw),
                row);
            return {};
        }
        return m_strings.at(index);
    }
    if (type == u"str" || type == u"inlineStr")
        return decodeEscapes(raw);
    if (type == u"b")
        return booleanText(raw);
    if (type == u"d")
        return isoDateCellText(raw);
    if (type == u"e")
        return raw.trimmed();
    if (raw.isEmpty())
        return {};
    return styledNumberText(raw, m_styles.styleOf(style), m_date1904);
}

} // namespace peyvand::io::xlsx
