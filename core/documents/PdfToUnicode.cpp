#include "PdfToUnicode.h"

#include <QMap>

#include <optional>

namespace peyvand::documents {

namespace {

struct Xref {
    QMap<int, qsizetype> offsets;  // object number -> byte offset
    QByteArray trailer;            // the trailer dictionary, without << >>
    qsizetype offset = 0;
};

qsizetype skipSpace(const QByteArray& pdf, qsizetype at)
{
    while (at < pdf.size() && (pdf.at(at) == ' ' || pdf.at(at) == '\n' || pdf.at(at) == '\r'))
        ++at;
    return at;
}

// Reads an unsigned integer at `at`, moving past it.
std::optional<qint64> readNumber(const QByteArray& pdf, qsizetype& at)
{
    at = skipSpace(pdf, at);
    const qsizetype start = at;
    while (at < pdf.size() && pdf.at(at) >= '0' && pdf.at(at) <= '9')
        ++at;
    if (at == start || at - start > 12)
        return std::nullopt;
    return pdf.mid(start, at - start).toLongLong();
}

std::optional<Xref> readXref(const QByteArray& pdf)
{
    Xref xref;
    qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return std::nullopt;
    at += 9;
    const auto offset = readNumber(pdf, at);
    if (!offset || *offset >= pdf.size() || !pdf.mid(*offset, 4).startsWith("xref"))
        return std::nullopt;
    xref.offset = qsizetype(*offset);
    at = xref.offset + 4;
    while (true) {
        at = skipSpace(pdf, at);
        if (pdf.mid(at, 7) == "trailer")
            break;
        const auto first = readNumber(pdf, at);
        const auto count = readNumber(pdf, at);
        if (!first || !count)
            return std::nullopt;
        at = skipSpace(pdf, at);
        for (qint64 i = 0; i < *count; ++i, at += 20) {
            if (at + 20 > pdf.size())
                return std::nullopt;
            if (pdf.at(at + 17) == 'n')
                xref.offsets.insert(int(*first + i), pdf.mid(at, 10).toLongLong());
        }
    }
    const qsizetype open = pdf.indexOf("<<", at);
    const qsizetype close = pdf.indexOf(">>", open);
    if (open < 0 || close < 0)
        return std::nullopt;
    const qsizetype prev = pdf.indexOf("/Prev", open);
    if (prev >= 0 && prev < close)
        return std::nullopt;  // already updated once: not what QPdfWriter writes
    xref.trailer = pdf.mid(open + 2, close - open - 2);
    return xref;
}

// The dictionary of object `number` (up to "stream" or "endobj").
QByteArray objectHead(const QByteArray& pdf, const Xref& xref, int number, qsizetype* streamStart = nullptr)
{
    const qsizetype offset = xref.offsets.value(number, -1);
    if (offset < 0)
        return {};
    const qsizetype end = pdf.indexOf("endobj", offset);
    const qsizetype stream = pdf.indexOf("stream", offset);
    if (end < 0)
        return {};
    if (stream >= 0 && stream < end) {
        if (streamStart)
            *streamStart = skipSpace(pdf, stream + 6);
        return pdf.mid(offset, stream - offset);
    }
    return pdf.mid(offset, end - offset);
}

// The value after `/Key ` in a dictionary: a name or the first number of "N 0 R".
QByteArray dictValue(const QByteArray& dict, const QByteArray& key)
{
    qsizetype at = dict.indexOf(key + ' ');
    if (at < 0)
        return {};
    at = skipSpace(dict, at + key.size());
    qsizetype end = at + 1;
    while (end < dict.size() && dict.at(end) != ' ' && dict.at(end) != '\n' && dict.at(end) != '/'
           && dict.at(end) != '>')
        ++end;
    return dict.mid(at, end - at);
}

// Whether the CMap's bfchar or bfrange entries already map any character id
// in [1, n] (then the ids are not the ones we primed).
bool mapsAnyOf(const QByteArray& cmap, qsizetype n)
{
    bool inRanges = false;
    for (const QByteArray& line : cmap.split('\n')) {
        if (line.endsWith("beginbfrange"))
            inRanges = true;
        else if (line.endsWith("beginbfchar"))
            inRanges = false;
        if (!line.startsWith('<'))
            continue;
        const QList<QByteArray> codes = line.split(' ');
        const auto code = [&codes](qsizetype i) {
            return i < codes.size() ? codes.at(i).mid(1, codes.at(i).size() - 2).toLongLong(nullptr, 16) : -1;
        };
        const qint64 from = code(0);
        const qint64 to = inRanges ? code(1) : from;
        if (from <= n && to >= 1)
            return true;
    }
    return false;
}

QByteArray utf16Hex(const QString& text)
{
    QByteArray hex;
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

QByteArray bfcharEntries(const FontGlyphs& font)
{
    QByteArray entries;
    constexpr qsizetype kPerBlock = 100;  // the CMap limit per beginbfchar
    for (qsizetype start = 0; start < font.texts.size(); start += kPerBlock) {
        const qsizetype end = std::min(start + kPerBlock, font.texts.size());
        entries += QByteArray::number(end - start) + " beginbfchar\n";
        for (qsizetype i = start; i < end; ++i)
            entries += '<' + QByteArray::number(i + 1, 16).rightJustified(4, '0').toUpper() + "> <"
                + utf16Hex(font.texts.at(i)) + ">\n";
        entries += "endbfchar\n";
    }
    return entries;
}

// The patched CMap for `font`, or nothing when the font is not in the PDF in
// the expected form.
std::optional<std::pair<int, QByteArray>> patchedCMap(const QByteArray& pdf, const Xref& xref, const FontGlyphs& font)
{
    std::optional<int> cmapObject;
    for (auto it = xref.offsets.cbegin(); it != xref.offsets.cend(); ++it) {
        const QByteArray head = objectHead(pdf, xref, it.key());
        if (!head.contains("/Subtype /Type0"))
            continue;
        const QByteArray base = dictValue(head, "/BaseFont");
        const QByteArray name = font.postScriptName.toLatin1();
        if (base != '/' + name && !base.endsWith('+' + name))
            continue;
        if (cmapObject)
            return std::nullopt;  // two fonts of that name: ids not ours to guess
        cmapObject = dictValue(head, "/ToUnicode").toInt();
    }
    if (!cmapObject || *cmapObject <= 0)
        return std::nullopt;
    qsizetype streamStart = -1;
    const QByteArray head = objectHead(pdf, xref, *cmapObject, &streamStart);
    const QByteArray lengthText = dictValue(head, "/Length");
    if (streamStart < 0 || head.contains("/Filter") || lengthText.isEmpty())
        return std::nullopt;
    const QByteArray cmap = pdf.mid(streamStart, lengthText.toLongLong());
    const qsizetype end = cmap.lastIndexOf("endcmap");
    if (end < 0 || mapsAnyOf(cmap, font.glyphs.size()))
        return std::nullopt;
    return std::make_pair(*cmapObject, cmap.left(end) + bfcharEntries(font) + cmap.mid(end));
}

} // namespace

QByteArray addMissingToUnicode(const QByteArray& pdf, const QList<FontGlyphs>& fonts)
{
    const auto xref = readXref(pdf);
    if (!xref)
        return pdf;
    QMap<int, QByteArray> replaced;
    for (const FontGlyphs& font : fonts) {
        if (font.glyphs.isEmpty() || font.postScriptName.isEmpty())
            continue;
        if (auto patch = patchedCMap(pdf, *xref, font))
            replaced.insert(patch->first, patch->second);
    }
    if (replaced.isEmpty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> newOffsets;
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
        newOffsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n<< /Length " + QByteArray::number(it.value().size())
            + " >>\nstream\n" + it.value() + "\nendstream\nendobj\n";
    }
    const qsizetype xrefOffset = out.size();
    out += "xref\n";
    for (auto it = newOffsets.cbegin(); it != newOffsets.cend(); ++it)
        out += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0')
            + " 00000 n \n";
    out += "trailer\n<<" + xref->trailer + "/Prev " + QByteArray::number(xref->offset) + "\n>>\nstartxref\n"
        + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace peyvand::documents
