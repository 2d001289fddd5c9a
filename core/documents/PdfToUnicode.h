#pragma once

#include "GlyphText.h"

#include <QByteArray>
#include <QList>

namespace peyvand::documents {

// Adds the glyphs of `fonts` (primed first, so character ids 1..n of each
// embedded font; see GlyphText.h) to the ToUnicode CMaps of a PDF written by
// QPdfWriter, as an incremental update appended to the file (new CMap objects,
// an xref section and a trailer with /Prev): the original bytes are kept.
// Returns the PDF unchanged when its structure is not what QPdfWriter writes
// or when a font's first character ids are already mapped.
QByteArray addMissingToUnicode(const QByteArray& pdf, const QList<FontGlyphs>& fonts);

} // namespace peyvand::documents
