#include "XlsxSharedStrings.h"

#include "XlsxCells.h"
#include "XlsxPackage.h"
#include "XlsxXml.h"

#include <QCoreApplication>

namespace peyvand::io::xlsx {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

} // namespace

QString readStringItem(QXmlStreamReader& xml, QStringView itemName)
{
    QString text;
    while (readNextToken(xml) != QXmlStreamReader::Invalid) {
        if (xml.isStartElement()) {
            if (xml.name() == u"t")
                text += elementText(xml);
            else if (xml.name() != u"r")
                xml.skipCurrentElement(); // run properties, phonetic runs
        } else if (isEnd(xml, itemName) || xml.isEndDocument()) {
            break;
        }
    }
    return decodeEscapes(text);
}

Status XlsxSharedStrings::read(XlsxPartDevice& device, const XlsxLimits& limits)
{
    QXmlStreamReader xml(&device);
    while (!xml.atEnd() && !xml.hasError()) {
        readNextToken(xml);
        if (!isStart(xml, u"si"))
            continue;
        const QString text = readStringItem(xml, u"si");
        if (xml.hasError())
            break;
        const qint64 bytes = (qint64(m_pool.size()) + text.size()) * qint64(sizeof(QChar))
            + (qint64(m_ends.size()) + 1) * qint64(sizeof(qsizetype));
        if (bytes > limits.maxSharedStringBytes)
            return fileError(
                XlsxText::tr("The XLSX file is refused: its shared strings take more than %1 MB.")
                    .arg(megabytes(limits.maxSharedStringBytes)));
        m_pool += text;
        m_ends.push_back(m_pool.size());
    }
    if (xml.hasError())
        return device.failure() ? *device.failure() : xmlError(xml, device.part());
    return device.finish();
}

QString XlsxSharedStrings::at(qsizetype index) const
{
    const qsizetype begin = index == 0 ? 0 : m_ends[size_t(index - 1)];
    return m_pool.mid(begin, m_ends[size_t(index)] - begin);
}

} // namespace peyvand::io::xlsx
