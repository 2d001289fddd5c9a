#pragma once

#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

class QPainter;
class QTextDocument;

namespace peyvand::documents {

// Glyphs of one font face that a printout uses but that the font's character
// map cannot reach, with the text each one stands for.
struct FontGlyphs {
    QRawFont font;
    QString postScriptName;  // as QPdfWriter names the font (/BaseFont)
    QList<quint32> glyphs;   // in priming order: PDF character ids 1..n
    QStringList texts;       // what glyphs[i] reads as
};

// Why this exists: QPdfWriter maps a glyph back to text only through the
// font's character map (its ToUnicode CMap), and writes no ActualText. Persian
// shaping with Vazirmatn uses contextual alternates (e.g. ت before ا, ی before
// ن/و/ز) that no character maps to, so text extraction (pdftotext, search,
// copy) silently dropped those letters: «تاریخ» came out as «ار خ».
//
// The collector finds those glyphs in a laid-out document and which character
// produced each; prime() draws them first, outside the page, so that they get
// the first character ids of the embedded font subset (1..n, in our order);
// addMissingToUnicode() (PdfToUnicode.h) then adds them to the ToUnicode maps.
// Extraction order was already right: poppler reorders right-to-left glyphs
// into logical order itself.
class UnmappedGlyphCollector final {
public:
    // The document must be laid out.
    void collect(const QTextDocument& document);
    void prime(QPainter& painter) const;
    const QList<FontGlyphs>& fonts() const { return m_fonts; }

private:
    qsizetype faceIndex(const QRawFont& font);
    bool isUnknown(qsizetype face, quint32 glyph) const;
    void record(qsizetype face, quint32 glyph, const QString& text);

    QList<FontGlyphs> m_fonts;
    QList<QList<quint32>> m_reachable;  // per face: sorted glyphs the character map reaches
};

// The PostScript name (name table, id 6) of a font, empty when it has none.
QString postScriptName(const QRawFont& font);

} // namespace peyvand::documents
