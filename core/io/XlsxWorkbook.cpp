#include "XlsxWorkbook.h"

#include "XlsxPackage.h"
#include "XlsxXml.h"

#include <QCoreApplication>
#include <QUrl>

namespace peyvand::io::xlsx {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

struct Relationship
{
    QString id;
    QString type;
    QString part;
};

QString relationshipsPartOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

// Types end the same in transitional and strict OOXML.
bool hasType(const Relationship& r, QStringView suffix)
{
    return r.type.endsWith(suffix);
}

// An attribute in a namespace, as r:id is; its prefix varies between writers.
QString namespacedAttribute(const QXmlStreamAttributes& attributes, QStringView name)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == name && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// The relationships of a part; none when it has no relationships part.
Result<QList<Relationship>> readRelationships(XlsxPackage& package, const QString& sourcePart)
{
    const QString relsPart = relationshipsPartOf(sourcePart);
    QList<Relationship> relationships;
    if (!package.contains(relsPart))
        return relationships;
    auto device = package.openPart(relsPart);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd() && !xml.hasError()) {
        readNextToken(xml);
        if (!isStart(xml, u"Relationship"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1StringView("TargetMode")) == u"External")
            continue;
        relationships << Relationship { a.value(QLatin1StringView("Id")).toString(),
            a.value(QLatin1StringView("Type")).toString(),
            resolvePartTarget(sourcePart, a.value(QLatin1StringView("Target")).toString()) };
    }
    if (xml.hasError())
        return (*device)->failure() ? *(*device)->failure() : xmlError(xml, relsPart);
    if (auto status = (*device)->finish(); !status)
        return status.error();
    return relationships;
}

QString workbookPart(XlsxPackage& package, const QList<Relationship>& packageRelationships)
{
    for (const Relationship& r : packageRelationships) {
        if (hasType(r, u"/officeDocument") && package.contains(r.part))
            return r.part;
    }
    const QString usual = QStringLiteral("xl/workbook.xml");
    return package.contains(usual) ? usual : QString();
}

Status readWorkbookPart(XlsxPackage& package, const QString& part, const QList<Relationship>& relationships,
    XlsxWorkbookInfo& info)
{
    auto device = package.openPart(part);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd() && !xml.hasError()) {
        readNextToken(xml);
        if (isStart(xml, u"workbookPr")) {
            info.date1904 = xmlTrue(xml.attributes().value(QLatin1StringView("date1904")));
        } else if (isStart(xml, u"sheet")) {
            const QXmlStreamAttributes a = xml.attributes();
            const QString id = namespacedAttribute(a, u"id");
            XlsxSheetRef sheet { a.value(QLatin1StringView("name")).toString(), {} };
            for (const Relationship& r : relationships) {
                if (r.id == id && !id.isEmpty()) {
                    sheet.part = r.part;
                    break;
                }
            }
            info.sheets << sheet;
        }
    }
    if (xml.hasError())
        return (*device)->failure() ? *(*device)->failure() : xmlError(xml, part);
    return (*device)->finish();
}

} // namespace

QString resolvePartTarget(const QString& sourcePart, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/'))
        path = sourcePart.left(sourcePart.lastIndexOf(u'/') + 1) + path;
    QStringList segments;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != u".") {
            segments << segment;
        }
    }
    return segments.join(u'/');
}

Result<XlsxWorkbookInfo> readWorkbook(XlsxPackage& package)
{
    auto packageRelationships = readRelationships(package, QString());
    if (!packageRelationships)
        return packageRelationships.error();
    const QString part = workbookPart(package, *packageRelationships);
    if (part.isEmpty())
        return damaged(XlsxText::tr("it has no workbook"));
    auto relationships = readRelationships(package, part);
    if (!relationships)
        return relationships.error();

    XlsxWorkbookInfo info;
    if (auto status = readWorkbookPart(package, part, *relationships, info); !status)
        return status.error();
    for (const Relationship& r : *relationships) {
        if (hasType(r, u"/sharedStrings") && info.sharedStringsPart.isEmpty() && package.contains(r.part))
            info.sharedStringsPart = r.part;
        else if (hasType(r, u"/styles") && info.stylesPart.isEmpty() && package.contains(r.part))
            info.stylesPart = r.part;
    }
    if (info.sheets.isEmpty())
        return damaged(XlsxText::tr("its workbook lists no sheets"));
    return info;
}

} // namespace peyvand::io::xlsx
