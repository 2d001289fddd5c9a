#include "XlsxXml.h"

#include <QCoreApplication>

namespace peyvand::io::xlsx {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

} // namespace

Error fileError(const QString& message, qint64 row)
{
    Error e = Error::invalid(QStringLiteral("file"), message);
    if (row > 0)
        e.detail = QStringLiteral("line %1").arg(row);
    return e;
}

Error damaged(const QString& reason, qint64 row)
{
    return fileError(XlsxText::tr("The XLSX file is damaged: %1").arg(reason), row);
}

QXmlStreamReader::TokenType readNextToken(QXmlStreamReader& xml)
{
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        xml.raiseError(XlsxText::tr("The XLSX file is refused: it declares a DTD or entities, which "
                                    "spreadsheet files never do."));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

Error xmlError(const QXmlStreamReader& xml, const QString& part, qint64 row)
{
    if (xml.error() == QXmlStreamReader::CustomError)
        return fileError(xml.errorString(), row);
    return damaged(XlsxText::tr("%1 is not well-formed XML (line %2: %3)")
                       .arg(part)
                       .arg(xml.lineNumber())
                       .arg(xml.errorString()),
        row);
}

QString elementText(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements);
}

QString megabytes(qint64 bytes)
{
    constexpr qint64 mb = 1024 * 1024;
    return QString::number(bytes / mb + (bytes % mb ? 1 : 0));
}

bool isStart(const QXmlStreamReader& xml, QStringView name)
{
    return xml.isStartElement() && xml.name() == name;
}

bool isEnd(const QXmlStreamReader& xml, QStringView name)
{
    return xml.isEndElement() && xml.name() == name;
}

bool xmlTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace peyvand::io::xlsx
