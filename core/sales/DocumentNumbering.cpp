#include "DocumentNumbering.h"

#include <QCoreApplication>

#include <optional>

namespace peyvand::sales {

namespace {

struct NumberingText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

const QString kField = QStringLiteral("number_pattern");
constexpr int kMaxPatternLength = 40;
constexpr int kMaxSeqWidth = 9;

// One piece of a parsed pattern: literal text or a placeholder.
struct Token {
    enum class Kind { Literal, Year, ShortYear, Seq };
    Kind kind = Kind::Literal;
    QString literal;
    int width = 0; // Seq: zero-padding, 0 for none
};

std::optional<Token> placeholder(const QString& name)
{
    if (name == QLatin1String("year"))
        return Token { Token::Kind::Year, {}, 0 };
    if (name == QLatin1String("yy"))
        return Token { Token::Kind::ShortYear, {}, 0 };
    if (name == QLatin1String("seq"))
        return Token { Token::Kind::Seq, {}, 0 };
    if (name.startsWith(QLatin1String("seq:")) && name.size() == 5 && name.at(4) >= u'1' && name.at(4) <= u'9')
        return Token { Token::Kind::Seq, {}, name.at(4).unicode() - u'0' };
    return std::nullopt;
}

Result<QList<Token>> parse(const QString& pattern)
{
    if (pattern.trimmed().isEmpty())
        return Error::invalid(kField, NumberingText::tr("The number pattern is empty; use for example PF-{year}-{seq:4}."));
    if (pattern.size() > kMaxPatternLength)
        return Error::invalid(kField, NumberingText::tr("The number pattern is longer than %1 characters.").arg(kMaxPatternLength));
    QList<Token> tokens;
    int seqCount = 0;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c.category() == QChar::Other_Control || c == u'\n' || c == u'\t')
            return Error::invalid(kField, NumberingText::tr("The number pattern cannot contain line breaks or tabs."));
        if (c == u'}')
            return Error::invalid(kField, NumberingText::tr("The number pattern has a “}” without its “{”."));
        if (c != u'{') {
            if (tokens.isEmpty() || tokens.constLast().kind != Token::Kind::Literal)
                tokens << Token {};
            tokens.last().literal += c;
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i + 1);
        if (close < 0)
            return Error::invalid(kField, NumberingText::tr("The number pattern has a “{” without its “}”."));
        const QString name = pattern.mid(i + 1, close - i - 1);
        const auto token = placeholder(name);
        if (!token) {
            return Error::invalid(kField, NumberingText::tr("“{%1}” is not a placeholder of number patterns; use {year}, {yy}, {seq} or {seq:N} (N from 1 to %2).")
                                              .arg(name)
                                              .arg(kMaxSeqWidth));
        }
        if (token->kind == Token::Kind::Seq)
            ++seqCount;
        tokens << *token;
        i = close + 1;
    }
    if (seqCount != 1)
        return Error::invalid(kField, NumberingText::tr("The number pattern must contain the counter {seq} (or {seq:N}) exactly once."));
    return tokens;
}

} // namespace

Status validateNumberPattern(const QString& pattern)
{
    auto tokens = parse(pattern);
    if (!tokens)
        return tokens.error();
    return {};
}

Result<QString> formatDocumentNumber(const QString& pattern, int jalaliYear, qint64 sequence)
{
    auto tokens = parse(pattern);
    if (!tokens)
        return tokens.error();
    if (jalaliYear < 1 || jalaliYear > 9999)
        return Error::make(ErrorCode::InvalidInput, NumberingText::tr("The year %1 cannot be used in a document number.").arg(jalaliYear));
    if (sequence < 1)
        return Error::make(ErrorCode::InvalidInput, NumberingText::tr("A document counter starts at 1."));
    QString out;
    for (const Token& t : std::as_const(*tokens)) {
        switch (t.kind) {
        case Token::Kind::Literal:
            out += t.literal;
            break;
        case Token::Kind::Year:
            out += QStringLiteral("%1").arg(jalaliYear, 4, 10, QLatin1Char('0'));
            break;
        case Token::Kind::ShortYear:
            out += QStringLiteral("%1").arg(jalaliYear % 100, 2, 10, QLatin1Char('0'));
            break;
        case Token::Kind::Seq:
            out += QStringLiteral("%1").arg(sequence, t.width, 10, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

} // namespace peyvand::sales
