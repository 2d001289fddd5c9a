#include "PersianText.h"

#include <QStringList>

#include "Digits.h"

#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace peyvand::text {

namespace {

constexpr char16_t kZwnj = 0x200C;
constexpr char16_t kZwj = 0x200D;

bool isPresentationForm(char16_t u)
{
    return (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFE);
}

// Characters the storage form removes outright: tatweel, bidi marks and
// embeddings, ZWSP, BOM and control characters that are not whitespace.
bool isInvisibleJunk(QChar c)
{
    const char16_t u = c.unicode();
    switch (u) {
    case 0x0640: // tatweel
    case 0x061C: // Arabic letter mark
    case 0x200B: // zero width space
    case 0x200E: // LRM
    case 0x200F: // RLM
    case 0xFEFF: // BOM / zero width no-break space
        return true;
    default:
        break;
    }
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
        return true;
    const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
    return control && !c.isSpace();
}

// Step 1 and 2 of the storage form: presentation forms folded with NFKC (only
// those characters), then the invisible junk removed. Removal happens before
// NFC so that a mark separated from its base by junk still composes.
QString foldAndStrip(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const auto appendStripped = [&out](QStringView part) {
        for (const QChar c : part) {
            if (!isInvisibleJunk(c))
                out.append(c);
        }
    };
    for (const QChar c : text) {
        if (isPresentationForm(c.unicode())) {
            const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
            appendStripped(folded);
        } else {
            appendStripped(QStringView(&c, 1));
        }
    }
    return out;
}

QChar storageLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x064A: // Arabic yeh
    case 0x0649: // alef maksura
        return QChar(0x06CC);
    case 0x0643: // Arabic kaf
        return QChar(0x06A9);
    case 0x00A0: // NBSP
        return QChar(u' ');
    default:
        break;
    }
    const char16_t u = c.unicode();
    if (u >= 0x06F0 && u <= 0x06F9)
        return QChar(char16_t(u'0' + (u - 0x06F0)));
    if (u >= 0x0660 && u <= 0x0669)
        return QChar(char16_t(u'0' + (u - 0x0660)));
    return c;
}

// What the storage form does to a character wherever it stands: keeps it
// (printable ASCII and the Arabic block's letters, digits and signs that are
// not combining marks, less those it maps or removes), takes it as a gap
// between words (space, ZWNJ), or possibly more. Text of kept characters and
// single gaps is left as it is by NFC too (tests/core/text checks every pair),
// and by lower-casing but for A–Z.
class StorageClass final {
public:
    enum Class : quint8 { Other, Kept, Gap };

    StorageClass()
    {
        for (char16_t v = 0; v <= kLast; ++v) {
            const QChar c(v);
            const bool kept = (v < 0x80 || v >= kArabicFirst) && !c.isSpace() && QChar::combiningClass(v) == 0
                && !isInvisibleJunk(c) && !isPresentationForm(v) && storageLetter(c) == c;
            m_classes[v] = kept ? Kept : v == u' ' ? Gap : Other;
        }
    }

    Class operator()(char16_t u) const
    {
        if (u <= kLast)
            return m_classes[u];
        return u == kZwnj ? Gap : Other;
    }

private:
    static constexpr char16_t kArabicFirst = 0x0600;
    static constexpr char16_t kLast = 0x06FF;
    std::array<Class, kLast + 1> m_classes {};
};

// Whitespace and ZWNJ handling: a run of whitespace and ZWNJ becomes one space
// when it holds any whitespace, one ZWNJ when it holds only ZWNJs, and nothing
// at either end of the text.
QString collapseGaps(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool inGap = false;
    bool gapHasSpace = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (space || c.unicode() == kZwnj) {
            inGap = true;
            gapHasSpace = gapHasSpace || space;
            continue;
        }
        if (inGap && !out.isEmpty())
            out.append(gapHasSpace ? QChar(u' ') : QChar(kZwnj));
        inGap = false;
        gapHasSpace = false;
        out.append(c);
    }
    return out;
}

bool isHaraka(char16_t u)
{
    return (u >= 0x064B && u <= 0x065F) || u == 0x0670;
}

QChar searchLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return QChar(0x0627);
    case 0x0624: // ؤ
        return QChar(0x0648);
    case 0x0626: // ئ
        return QChar(0x06CC);
    case 0x0629: // ة
    case 0x06C0: // ۀ
    case 0x06D5: // ە
        return QChar(0x0647);
    default:
        return c;
    }
}

// Persian alphabetical order of the letters left in a search key. Hamza sorts
// before alef.
constexpr std::array<char16_t, 33> kPersianOrder = {
    0x0621, 0x0627, 0x0628, 0x067E, 0x062A, 0x062B, 0x062C, 0x0686, 0x062D, 0x062E, 0x062F,
    0x0630, 0x0631, 0x0632, 0x0698, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637, 0x0638, 0x0639,
    0x063A, 0x0641, 0x0642, 0x06A9, 0x06AF, 0x0644, 0x0645, 0x0646, 0x0648, 0x0647, 0x06CC,
};

// Sort-key code units, all in the private use area so that they order
// space < digits < Persian letters < Latin letters < everything else.
constexpr char16_t kSortSpace = 0xE001;
constexpr char16_t kSortDigit0 = 0xE010;
constexpr char16_t kSortPersian0 = 0xE100;
constexpr char16_t kSortLatinA = 0xE200;
// Any other character is written as this escape followed by the character.
constexpr char16_t kSortOther = 0xF8FF;

constexpr char16_t kArabicBlock = 0x0600;

// 1 + the rank in kPersianOrder of each character of the Arabic block; 0 for
// the others.
constexpr auto kPersianRankPlusOne = [] {
    std::array<quint8, 256> ranks {};
    for (std::size_t i = 0; i < kPersianOrder.size(); ++i)
        ranks[kPersianOrder[i] - kArabicBlock] = quint8(i + 1);
    return ranks;
}();

int persianRank(char16_t u)
{
    if (u < kArabicBlock || u >= kArabicBlock + kPersianRankPlusOne.size())
        return -1;
    return kPersianRankPlusOne[u - kArabicBlock] - 1;
}

} // namespace

bool isStorageForm(QStringView text)
{
    static const StorageClass classOf;
    bool afterGap = true; // no gap may come first
    for (const QChar c : text) {
        const StorageClass::Class cls = classOf(c.unicode());
        if (cls == StorageClass::Kept) {
            afterGap = false;
            continue;
        }
        if (cls == StorageClass::Other || afterGap)
            return false;
        afterGap = true;
    }
    return !afterGap || text.isEmpty();
}

QString normalizeForStorage(QStringView text)
{
    if (isStorageForm(text))
        return text.isEmpty() ? QStringLiteral("") : text.toString();
    return detail::fullStorageForm(text);
}

QString normalizeForStorage(const QString& text)
{
    if (isStorageForm(text))
        return text.isNull() ? QStringLiteral("") : text;
    return detail::fullStorageForm(text);
}

QString detail::fullStorageForm(QStringView text)
{
    QString composed = foldAndStrip(text).normalized(QString::NormalizationForm_C);
    for (QChar& c : composed)
        c = storageLetter(c);
    return collapseGaps(composed);
}

QString normalizeMultilineForStorage(QStringView text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r')) { // one line: the rules below come to this
        QString line = normalizeForStorage(text);
        return line.isEmpty() ? QString() : line;
    }
    QString unified = text.toString();
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines;
    for (const QString& line : unified.split(u'\n'))
        lines << normalizeForStorage(line);
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

namespace {

// The letters of a search key: marks, ZWNJ and ZWJ dropped, letter variants
// folded.
QString searchLetters(QStringView stored)
{
    QString key(stored.size(), Qt::Uninitialized);
    QChar* out = key.data();
    for (const QChar c : stored) {
        const char16_t u = c.unicode();
        if (isHaraka(u) || u == kZwnj || u == kZwj)
            continue;
        *out++ = searchLetter(c);
    }
    key.truncate(out - key.constData());
    return key;
}

QString searchKeyOfStored(QStringView stored, bool storageForm)
{
    QString key = searchLetters(stored);
    if (storageForm) {
        // Only characters kept as they are, in a text with clean gaps: the
        // steps below change nothing but A–Z.
        for (QChar& c : key) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
        }
        return key;
    }
    // Dropping marks can leave doubled or edge spaces; lower-casing and the
    // removals can change what NFC would compose.
    return collapseGaps(key.toLower().normalized(QString::NormalizationForm_C));
}

} // namespace

QString searchKey(QStringView text)
{
    if (isStorageForm(text))
        return searchKeyOfStored(text, true);
    const QString stored = detail::fullStorageForm(text);
    return searchKeyOfStored(stored, isStorageForm(stored));
}

QString detail::fullSearchKey(QStringView text)
{
    return searchKeyOfStored(detail::fullStorageForm(text), false);
}

QString digitsOnly(QStringView text)
{
    QString out;
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        // The only decimal digits of ASCII (tests/core/text checks all of it).
        QVarLengthArray<QChar, 32> digits;
        for (const QChar c : text) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
        if (!digits.isEmpty())
            out = QString(digits.constData(), digits.size());
        return out;
    }
    for (const char32_t ucs4 : text.toUcs4()) {
        if (QChar::isDigit(ucs4)) {
            const int value = QChar::digitValue(ucs4);
            if (value >= 0 && value <= 9)
                out.append(QChar(char16_t(u'0' + value)));
        }
    }
    return out;
}

QString sortKey(QStringView text)
{
    return sortKeyOfSearchKey(searchKey(text));
}

QString sortKeyOfSearchKey(QStringView key)
{
    QVarLengthArray<char16_t, 256> out;
    out.reserve(key.size());
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            out.append(kSortSpace);
        } else if (u >= u'0' && u <= u'9') {
            out.append(char16_t(kSortDigit0 + (u - u'0')));
        } else if (u >= u'a' && u <= u'z') {
            out.append(char16_t(kSortLatinA + (u - u'a')));
        } else if (const int rank = persianRank(u); rank >= 0) {
            out.append(char16_t(kSortPersian0 + rank));
        } else {
            out.append(kSortOther);
            out.append(u);
        }
    }
    return QString(reinterpret_cast<const QChar*>(out.constData()), out.size());
}

} // namespace peyvand::text
