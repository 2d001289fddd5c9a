#pragma once

#include <QByteArray>
#include <QString>

namespace peyvand::test {

// poppler-utils, found at configure time (empty when not installed).
QString pdftotextPath();
QString pdffontsPath();
QString pdfinfoPath();

// A PDF written to a temporary file that lives as long as this object.
class PdfFile final {
public:
    explicit PdfFile(const QByteArray& pdf);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;
    QString path() const { return m_path; }

    // pdftotext of the pages first..last (1-based; 0 = all), as is.
    QString text(int first = 0, int last = 0) const;
    QString fonts() const;  // pdffonts output
    QString info() const;   // pdfinfo output

private:
    QString m_path;
};

// Extracted text made comparable, for checking that phrases come out whole
// and in logical order: the bidi marks poppler adds and ZWNJ (drawn as
// nothing) removed, presentation forms folded by NFKC, and whitespace and
// parentheses removed (poppler drops or moves spaces next to digits in
// right-to-left lines, and gives mirrored parentheses as drawn).
QString comparable(const QString& text);

} // namespace peyvand::test
