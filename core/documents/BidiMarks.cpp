#include "BidiMarks.h"

#include <QList>

namespace peyvand::documents {

namespace {

constexpr char16_t kRightToLeftMark = u'\u200F';
constexpr char16_t kArabicLetterMark = u'\u061C';
constexpr char16_t kPopDirectionalFormatting = u'\u202C';

// Where a piece of text lands in a right-to-left paragraph.
enum class Side { Rtl, Ltr, Number, Neutral };

// One character, an HTML entity, or an embedding up to its closing PDF.
struct Piece {
    qsizetype begin = 0;
    qsizetype end = 0;
    Side side = Side::Neutral;
    QChar::Direction direction = QChar::DirON;
};

Side sideOf(QChar::Direction direction)
{
    switch (direction) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirRLE:
    case QChar::DirRLO:
        return Side::Rtl;
    case QChar::DirL:
    case QChar::DirLRE:
    case QChar::DirLRO:
        return Side::Ltr;
    case QChar::DirEN:
    case QChar::DirAN:
        return Side::Number;
    default:
        return Side::Neutral;
    }
}

QList<Piece> piecesOf(const QString& text, qsizetype begin, qsizetype end)
{
    QList<Piece> pieces;
    for (qsizetype i = begin; i < end;) {
        Piece piece { i, i + 1, Side::Neutral, text.at(i).direction() };
        if (text.at(i) == u'&') {
            const qsizetype semicolon = text.indexOf(u';', i);
            if (semicolon > i && semicolon < end)
                piece.end = semicolon + 1;
        } else if (piece.direction == QChar::DirLRE || piece.direction == QChar::DirRLE
                   || piece.direction == QChar::DirLRO || piece.direction == QChar::DirRLO) {
            const qsizetype pop = text.indexOf(QChar(kPopDirectionalFormatting), i);
            piece.end = pop >= 0 && pop < end ? pop + 1 : end;
        }
        // Combining marks and zero-width joiners go with what they follow (W1, X9):
        // no mark may come between a letter and its diacritic.
        if ((piece.direction == QChar::DirNSM || piece.direction == QChar::DirBN) && !pieces.isEmpty()) {
            pieces.last().end = piece.end;
            i = piece.end;
            continue;
        }
        piece.side = sideOf(piece.direction);
        pieces.push_back(piece);
        i = piece.end;
    }
    return pieces;
}

// Digits take the kind of the strong letter before them (UAX #9 W2, W7);
// separators between numbers and terminators next to them go with the number
// (W4, W5, roughly); other neutrals stay left to right only between two
// left-to-right pieces (N1, with numbers counting as right to left).
void resolveNeutrals(QList<Piece>& pieces)
{
    const qsizetype n = pieces.size();
    const auto sideAt = [&](qsizetype i) { return i >= 0 && i < n ? pieces[i].side : Side::Rtl; };
    const auto directionAt = [&](qsizetype i) { return i >= 0 && i < n ? pieces[i].direction : QChar::DirR; };
    QChar::Direction lastStrong = QChar::DirR;
    for (Piece& piece : pieces) {
        if (piece.direction == QChar::DirEN && lastStrong == QChar::DirAL) {
            piece.direction = QChar::DirAN;
        } else if (piece.direction == QChar::DirEN && (lastStrong == QChar::DirL || lastStrong == QChar::DirLRE)) {
            piece.direction = QChar::DirL;  // W7
            piece.side = Side::Ltr;
        } else if (piece.side == Side::Rtl || piece.side == Side::Ltr)
            lastStrong = piece.direction;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const QChar::Direction d = pieces[i].direction;
        const QChar::Direction before = directionAt(i - 1);
        const bool between = sideAt(i - 1) == Side::Number && before == directionAt(i + 1);
        if ((d == QChar::DirCS && between) || (d == QChar::DirES && between && before == QChar::DirEN))
            pieces[i].side = Side::Number;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (pieces[i].direction != QChar::DirET)
            continue;
        qsizetype last = i;
        while (last + 1 < n && pieces[last + 1].direction == QChar::DirET)
            ++last;
        if (directionAt(i - 1) == QChar::DirEN || directionAt(last + 1) == QChar::DirEN)
            for (qsizetype k = i; k <= last; ++k)
                pieces[k].side = Side::Number;
        i = last;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (pieces[i].side != Side::Neutral)
            continue;
        qsizetype last = i;
        while (last + 1 < n && pieces[last + 1].side == Side::Neutral)
            ++last;
        const Side side = sideAt(i - 1) == Side::Ltr && sideAt(last + 1) == Side::Ltr ? Side::Ltr : Side::Rtl;
        for (qsizetype k = i; k <= last; ++k)
            pieces[k].side = side;
        i = last;
    }
}

// Digits after an Arabic letter are Arabic numbers (W2); the mark before them
// must keep that, so it is an Arabic letter mark there.
QChar markBefore(const QList<Piece>& pieces, qsizetype next)
{
    for (qsizetype i = next - 1; i >= 0; --i) {
        const QChar::Direction d = pieces[i].direction;
        if (d == QChar::DirAL)
            return QChar(kArabicLetterMark);
        if (d == QChar::DirR || d == QChar::DirL || d == QChar::DirLRE || d == QChar::DirRLE)
            break;
    }
    return QChar(kRightToLeftMark);
}

void markTextNode(const QString& html, qsizetype begin, qsizetype end, bool rightToLeft, QString& out);

// Copies a piece; the inside of a right-to-left embedding is marked as a
// right-to-left paragraph of its own.
void copyPiece(const QString& html, const Piece& piece, QString& out)
{
    const bool embedding = piece.direction == QChar::DirRLE && piece.end - piece.begin >= 2
        && html.at(piece.end - 1) == QChar(kPopDirectionalFormatting);
    if (!embedding) {
        out += QStringView(html).mid(piece.begin, piece.end - piece.begin);
        return;
    }
    out += html.at(piece.begin);
    markTextNode(html, piece.begin + 1, piece.end - 1, true, out);
    out += html.at(piece.end - 1);
}

void markTextNode(const QString& html, qsizetype begin, qsizetype end, bool rightToLeft, QString& out)
{
    QList<Piece> pieces = piecesOf(html, begin, end);
    if (!rightToLeft) {
        for (const Piece& piece : pieces)
            copyPiece(html, piece, out);
        return;
    }
    resolveNeutrals(pieces);
    // A neutral resolved right to left gets a mark after it, and before it
    // unless a strong right-to-left character is there: a text item (a run, or
    // the part of it on one line) then never starts or ends with a neutral.
    const auto strongRtl = [&](qsizetype i) { return sideOf(pieces[i].direction) == Side::Rtl; };
    bool marked = false;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const bool rtlNeutral = pieces[i].side == Side::Rtl && !strongRtl(i);
        if (rtlNeutral && !marked && !(i > 0 && strongRtl(i - 1)))
            out += markBefore(pieces, i);
        copyPiece(html, pieces[i], out);
        // Always after it: a line may wrap after a neutral even between two letters.
        marked = rtlNeutral;
        if (marked)
            out += i + 1 < pieces.size() ? markBefore(pieces, i + 1) : QChar(kRightToLeftMark);
    }
}

} // namespace

QString markRightToLeftRuns(const QString& html, bool rightToLeft)
{
    QString out;
    out.reserve(html.size() + html.size() / 4);
    bool direction = rightToLeft;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == u'<') {
            qsizetype close = html.indexOf(u'>', i);
            close = close < 0 ? html.size() : close + 1;
            const bool styleElement = QStringView(html).mid(i, 6).compare(u"<style", Qt::CaseInsensitive) == 0;
            if (styleElement) {
                const qsizetype endStyle = html.indexOf(QStringLiteral("</style>"), i, Qt::CaseInsensitive);
                close = endStyle < 0 ? html.size() : endStyle + 8;
            }
            const QStringView tag = QStringView(html).mid(i, close - i);
            // A paragraph with its own direction (user notes) is marked in that direction.
            if (tag.startsWith(u"<p", Qt::CaseInsensitive) && tag.contains(u"dir=\"ltr\"", Qt::CaseInsensitive))
                direction = false;
            else if (tag.startsWith(u"<p", Qt::CaseInsensitive) && tag.contains(u"dir=\"rtl\"", Qt::CaseInsensitive))
                direction = true;
            else if (tag.compare(u"</p>", Qt::CaseInsensitive) == 0)
                direction = rightToLeft;
            out += tag;
            i = close;
            continue;
        }
        qsizetype next = html.indexOf(u'<', i);
        if (next < 0)
            next = html.size();
        markTextNode(html, i, next, direction, out);
        i = next;
    }
    return out;
}

} // namespace peyvand::documents
