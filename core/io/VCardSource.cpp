#include "TextLines.h"
#include "TextSources.h"
#include "VCardProperty.h"

#include <QCoreApplication>
#include <QIODevice>

namespace peyvand::io {

namespace {

struct VCardText {
    Q_DECLARE_TR_FUNCTIONS(VCardSource)
};

// Photos are the longest lines in real cards.
constexpr qsizetype kMaxLineChars = 8 * 1024 * 1024;

enum Column { Name, Company, Mobile, Phone, Email, Website, Address, City, Province, PostalCode, Notes, ColumnCount };

bool isLine(QStringView line, QStringView what)
{
    return line.trimmed().compare(what, Qt::CaseInsensitive) == 0;
}

bool isCellType(const QStringList& types)
{
    return types.contains(u"cell") || types.contains(u"mobile") || types.contains(u"iphone");
}

QString telValue(const QString& value)
{
    QString text = vCardText(value).trimmed();
    if (text.startsWith(u"tel:", Qt::CaseInsensitive))
        text.remove(0, 4);
    return text;
}

QString joinNonEmpty(const QStringList& parts, QStringView separator, std::initializer_list<int> order)
{
    QStringList kept;
    for (const int i : order) {
        if (i < parts.size() && !parts.at(i).trimmed().isEmpty())
            kept << parts.at(i).trimmed();
    }
    return kept.join(separator);
}

// What one card contributes, gathered property by property.
class CardBuilder {
public:
    void add(const VCardProperty& p)
    {
        if (p.name == u"FN") {
            if (m_fullName.isEmpty())
                m_fullName = vCardText(p.value).trimmed();
        } else if (p.name == u"N") {
            if (m_structuredName.isEmpty()) // prefix given additional family suffix
                m_structuredName = joinNonEmpty(vCardComponents(p.value), u" ", { 3, 1, 2, 0, 4 });
        } else if (p.name == u"ORG") {
            if (m_cells[Company].isEmpty())
                m_cells[Company] = joinNonEmpty(vCardComponents(p.value), u" - ", { 0, 1, 2, 3, 4, 5 });
        } else if (p.name == u"TEL") {
            const QString number = telValue(p.value);
            if (!number.isEmpty())
                m_phones.append({ number, isCellType(p.types), p.preferred });
        } else if (p.name == u"EMAIL") {
            takeFirstOrPreferred(Email, vCardText(p.value).trimmed(), p.preferred, m_emailPreferred);
        } else if (p.name == u"URL") {
            if (m_cells[Website].isEmpty())
                m_cells[Website] = vCardText(p.value).trimmed();
        } else if (p.name == u"ADR") {
            addAddress(vCardComponents(p.value), p.preferred);
        } else if (p.name == u"NOTE") {
            const QString note = vCardText(p.value).trimmed();
            if (!note.isEmpty())
                m_notes << note;
        }
    }

    QStringList cells()
    {
        m_cells[Name] = m_fullName.isEmpty() ? m_structuredName : m_fullName;
        qsizetype mobile = -1;
        for (qsizetype i = 0; i < m_phones.size(); ++i) {
            if (m_phones[i].cell && (mobile < 0 || (m_phones[i].preferred && !m_phones[mobile].preferred)))
                mobile = i;
        }
        QStringList others;
        for (qsizetype i = 0; i < m_phones.size(); ++i) {
            if (i != mobile)
                others << m_phones[i].number;
        }
        if (mobile >= 0)
            m_cells[Mobile] = m_phones[mobile].number;
        m_cells[Phone] = others.join(QStringLiteral(", "));
        m_cells[Notes] = m_notes.join(u'\n');
        return m_cells;
    }

private:
    struct PhoneNumber {
        QString number;
        bool cell = false;
        bool preferred = false;
    };

    void takeFirstOrPreferred(int column, const QString& value, bool preferred, bool& havePreferred)
    {
        if (value.isEmpty() || havePreferred)
            return;
        if (m_cells[column].isEmpty() || preferred)
            m_cells[column] = value;
        havePreferred = preferred;
    }

    // pobox ext street locality region code country
    void addAddress(const QStringList& parts, bool preferred)
    {
        if (m_addressPreferred || (m_haveAddress && !preferred))
            return;
        const QString street = joinNonEmpty(parts, u", ", { 2, 1, 0 });
        const QString city = parts.value(3).trimmed();
        const QString province = parts.value(4).trimmed();
        const QString code = parts.value(5).trimmed();
        if (street.isEmpty() && city.isEmpty() && province.isEmpty() && code.isEmpty())
            return;
        m_cells[Address] = street;
        m_cells[City] = city;
        m_cells[Province] = province;
        m_cells[PostalCode] = code;
        m_haveAddress = true;
        m_addressPreferred = preferred;
    }

    QStringList m_cells = QStringList(QList<QString>(ColumnCount));
    QString m_fullName;
    QString m_structuredName;
    QList<PhoneNumber> m_phones;
    QStringList m_notes;
    bool m_emailPreferred = false;
    bool m_haveAddress = false;
    bool m_addressPreferred = false;
};

// Cards from BEGIN:VCARD to END:VCARD; blank lines between cards are
// allowed, anything else outside a card is an error, and so is a card
// without its END. Inside a card, lines that are not properties are skipped.
class VCardSource final : public TableSource {
public:
    VCardSource(QIODevice& device, const SourceOptions& options, std::unique_ptr<QIODevice> owned)
        : m_owned(std::move(owned))
        , m_input(device, options.encoding, options.maxBytes)
        , m_lines(m_input, kMaxLineChars)
    {
    }

    Status open()
    {
        if (auto s = m_input.open(); !s)
            return s;
        if (auto zip = refuseZip(m_input))
            return *zip;
        QString line;
        qint64 number = 0;
        for (;;) {
            auto more = m_lines.next(line, number);
            if (!more)
                return more.error();
            if (!*more)
                return fileError(VCardText::tr("The file is empty."));
            if (line.trimmed().isEmpty())
                continue;
            if (!isLine(line, u"BEGIN:VCARD"))
                return notACard(number);
            m_lines.unread();
            return {};
        }
    }

    QStringList headers() const override { return vCardColumns(); }

    Result<std::optional<SourceRow>> next() override
    {
        QString line;
        qint64 number = 0;
        do {
            auto more = m_lines.next(line, number);
            if (!more)
                return more.error();
            if (!*more)
                return std::optional<SourceRow>();
        } while (line.trimmed().isEmpty());
        if (!isLine(line, u"BEGIN:VCARD"))
            return notACard(number);
        const qint64 begin = number;
        CardBuilder card;
        for (;;) {
            auto more = logicalLine(line);
            if (!more)
                return more.error();
            if (!*more || isLine(line, u"BEGIN:VCARD"))
                return fileError(VCardText::tr("line %1: the card that starts here has no END:VCARD.").arg(begin), begin);
            if (isLine(line, u"END:VCARD"))
                break;
            if (const auto property = parseVCardProperty(line))
                card.add(*property);
        }
        return std::optional<SourceRow>(SourceRow { begin, card.cells() });
    }

    qint64 position() const override { return m_input.position(); }
    qint64 size() const override { return m_input.size(); }
    TextEncoding encoding() const override { return m_input.encoding(); }
    QStringList notices() const override { return decodingNotices(m_input); }

private:
    static Error notACard(qint64 line)
    {
        return fileError(VCardText::tr("line %1: a vCard must start with BEGIN:VCARD.").arg(line), line);
    }

    // A content line with its folded continuations (CRLF followed by a
    // space or tab) and quoted-printable soft line breaks joined.
    Result<bool> logicalLine(QString& line)
    {
        qint64 number = 0;
        auto more = m_lines.next(line, number);
        if (!more || !*more)
            return more;
        QString following;
        for (;;) {
            auto again = m_lines.next(following, number);
            if (!again)
                return again.error();
            if (!*again)
                return true;
            if (!following.isEmpty() && (following.front() == u' ' || following.front() == u'\t')) {
                line.append(QStringView(following).mid(1));
            } else if (line.endsWith(u'=') && isQuotedPrintableLine(line) && !isLine(following, u"END:VCARD")) {
                line.chop(1);
                line.append(following);
            } else {
                m_lines.unread();
                return true;
            }
            if (line.size() > kMaxLineChars)
                return fileError(VCardText::tr("line %1 is longer than %2 characters.").arg(number).arg(kMaxLineChars), number);
        }
    }

    std::unique_ptr<QIODevice> m_owned;
    TextInput m_input;
    TextLines m_lines;
};

} // namespace

Result<std::unique_ptr<TableSource>> openVCardSource(QIODevice& device, const SourceOptions& options,
                                                     std::unique_ptr<QIODevice> owned)
{
    auto source = std::make_unique<VCardSource>(device, options, std::move(owned));
    if (auto s = source->open(); !s)
        return s.error();
    return std::unique_ptr<TableSource>(std::move(source));
}

QStringList vCardColumns()
{
    return { QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("mobile"), QStringLiteral("phone"),
             QStringLiteral("email"), QStringLiteral("website"), QStringLiteral("address"), QStringLiteral("city"),
             QStringLiteral("province"), QStringLiteral("postal_code"), QStringLiteral("notes") };
}

} // namespace peyvand::io
