#include "GlyphText.h"

#include <QGlyphRun>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>

namespace peyvand::documents {

namespace {

// Drawn this far outside the page: invisible, and ignored by text extraction.
constexpr qreal kOffPage = -100000;

// Contextual alternates come from Arabic-script letters; numbers (Persian
// digits included) and Latin text never need the detour.
bool hasArabicLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x0620 && u <= 0x06EF && !(u >= 0x0660 && u <= 0x066D);
    });
}

QString faceKey(const QRawFont& font) { return font.familyName() + u'|' + font.styleName(); }

// Every glyph the character map reaches from the BMP, as QPdfWriter's reverse
// map sees it.
QList<quint32> reachableGlyphs(const QRawFont& font)
{
    QString all;
    all.reserve(0x10000);
    for (char32_t uc = 1; uc < 0x10000; ++uc) {
        if (!QChar::isSurrogate(uc))
            all.append(QChar(uc));
    }
    QList<quint32> glyphs(all.size());
    int count = int(glyphs.size());
    if (!font.glyphIndexesForChars(all.constData(), int(all.size()), glyphs.data(), &count))
        return {};
    glyphs.resize(count);
    std::sort(glyphs.begin(), glyphs.end());
    glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
    return glyphs;
}

// The same per face for the life of the process; computing it walks the
// whole BMP, so it is done once per face (and any thread may print).
QList<quint32> cachedReachableGlyphs(const QRawFont& font)
{
    static QMutex mutex;
    static QHash<QString, QList<quint32>> cache;
    const QString key = faceKey(font);
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, reachableGlyphs(font));
    return *it;
}

} // namespace

QString postScriptName(const QRawFont& font)
{
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&table](qsizetype at) -> int {
        return at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : -1;
    };
    const int count = u16(2);
    const int stringOffset = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const int platform = u16(record);
        const int nameId = u16(record + 6);
        const int length = u16(record + 8);
        const int offset = u16(record + 10);
        if (nameId != 6 || length < 0 || offset < 0)
            continue;
        const qsizetype start = qsizetype(stringOffset) + offset;
        if (start + length > table.size())
            continue;
        const QByteArray raw = table.mid(start, length);
        if (platform == 3 || platform == 0) {
            QString name;
            for (qsizetype k = 0; k + 1 < raw.size(); k += 2)
                name.append(QChar(qFromBigEndian<quint16>(raw.constData() + k)));
            return name;
        }
        if (platform == 1)
            return QString::fromLatin1(raw);
    }
    return {};
}

qsizetype UnmappedGlyphCollector::faceIndex(const QRawFont& font)
{
    const QString key = faceKey(font);
    for (qsizetype i = 0; i < m_fonts.size(); ++i) {
        if (faceKey(m_fonts.at(i).font) == key)
            return i;
    }
    m_fonts.append(FontGlyphs { font, postScriptName(font), {}, {} });
    m_reachable.append(cachedReachableGlyphs(font));
    return m_fonts.size() - 1;
}

bool UnmappedGlyphCollector::isUnknown(qsizetype face, quint32 glyph) const
{
    const QList<quint32>& reachable = m_reachable.at(face);
    return glyph != 0 && !std::binary_search(reachable.cbegin(), reachable.cend(), glyph)
        && !m_fonts.at(face).glyphs.contains(glyph);
}

void UnmappedGlyphCollector::record(qsizetype face, quint32 glyph, const QString& text)
{
    if (!isUnknown(face, glyph))
        return;
    m_fonts[face].glyphs.append(glyph);
    m_fonts[face].texts.append(text);
}

void UnmappedGlyphCollector::collect(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        // A document block's layout has no text() of its own: give the range.
        const QString text = block.text();
        if (!hasArabicLetter(text))
            continue;
        bool needsDetail = false;
        for (const QGlyphRun& run : layout->glyphRuns(0, int(text.size()))) {
            const qsizetype face = faceIndex(run.rawFont());
            const QList<quint32> glyphs = run.glyphIndexes();
            needsDetail = needsDetail
                || std::any_of(glyphs.cbegin(), glyphs.cend(), [&](quint32 g) { return isUnknown(face, g); });
        }
        if (!needsDetail)
            continue;
        // Character by character: glyphRuns(from, length) gives the glyphs of
        // that character's cluster, so each unknown glyph learns its text.
        for (int i = 0; i < text.size(); ++i) {
            const int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            if (!text.at(i).isSpace()) {
                for (const QGlyphRun& run : layout->glyphRuns(i, length)) {
                    const qsizetype face = faceIndex(run.rawFont());
                    for (quint32 glyph : run.glyphIndexes())
                        record(face, glyph, text.mid(i, length));
                }
            }
            i += length - 1;
        }
    }
}

void UnmappedGlyphCollector::prime(QPainter& painter) const
{
    for (const FontGlyphs& face : m_fonts) {
        if (face.glyphs.isEmpty())
            continue;
        QGlyphRun run;
        run.setRawFont(face.font);
        run.setGlyphIndexes(face.glyphs);
        run.setPositions(QList<QPointF>(face.glyphs.size(), QPointF()));
        painter.drawGlyphRun(QPointF(kOffPage, kOffPage), run);
    }
}

} // namespace peyvand::documents
