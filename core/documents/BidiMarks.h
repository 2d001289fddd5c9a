#pragma once

#include <QString>

namespace peyvand::documents {

// Qt's print preview records pages as a QPicture, which replays every text
// item (one bidi run of one format) as a plain string laid out left to right.
// A right-to-left run then loses its neutral edges: the colon after a label,
// a parenthesis, the space before a number land on the wrong side or vanish.
// This puts a zero-width right-to-left mark (or an Arabic letter mark where
// digits follow Arabic letters, to keep them Arabic numbers) around every
// neutral character that resolves right to left in the HTML text nodes of a
// right-to-left document (`rightToLeft`) and inside every right-to-left
// embedding (RLE…PDF: Persian user text on an English printout), so that each
// replayed item (a run, or its part on one line) starts and ends with a strong
// right-to-left character. The marks do not change the bidi resolution; they
// are meant for the preview only.
QString markRightToLeftRuns(const QString& html, bool rightToLeft);

} // namespace peyvand::documents
