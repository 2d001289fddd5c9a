#include "CompanyProfileService.h"

#include "DocumentNumbering.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"
#include "text/Validators.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>

namespace peyvand::sales {

namespace {

struct ProfileText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

const QString kPng = QStringLiteral("image/png");
const QString kJpeg = QStringLiteral("image/jpeg");
const QString kSvg = QStringLiteral("image/svg+xml");

const QString kColumns = QStringLiteral(
    "name, economic_code, national_id, registration_number, address, city, province, postal_code, phone, email, "
    "website, logo, logo_mime, stamp, stamp_mime, default_terms, quote_number_pattern, invoice_number_pattern, "
    "default_validity_days, display_toman, tax_rounding, updated_at");

bool looksLikeSvg(const QByteArray& data)
{
    const QByteArray head = data.left(4096);
    return head.contains("<svg") && !head.contains("<!ENTITY");
}

QString sniffMime(const QByteArray& data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return kPng;
    if (data.startsWith("\xff\xd8\xff"))
        return kJpeg;
    if (looksLikeSvg(data))
        return kSvg;
    return {};
}

// Accepts PNG, JPEG and SVG up to the size limit; PNG and JPEG must decode.
Status checkImage(Image& image, const QString& field)
{
    if (image.isNull()) {
        image.mimeType.clear();
        return {};
    }
    if (image.data.size() > CompanyProfileService::kMaxImageBytes) {
        return Error::invalid(field, ProfileText::tr("The image is larger than %1 MB; choose a smaller file.")
                                         .arg(CompanyProfileService::kMaxImageBytes / (1024 * 1024)));
    }
    QString mime = image.mimeType.trimmed().toLower();
    if (mime == QLatin1String("image/jpg") || mime == QLatin1String("image/pjpeg"))
        mime = kJpeg;
    if (mime.isEmpty())
        mime = sniffMime(image.data);
    if (mime == kSvg) {
        if (!looksLikeSvg(image.data))
            return Error::invalid(field, ProfileText::tr("The file is not a readable SVG image."));
    } else if (mime == kPng || mime == kJpeg) {
        if (QImage::fromData(image.data).isNull())
            return Error::invalid(field, ProfileText::tr("The image cannot be read; use a PNG, JPEG or SVG file."));
    } else {
        return Error::invalid(field, ProfileText::tr("Only PNG, JPEG and SVG images can be used."));
    }
    image.mimeType = mime;
    return {};
}

template <typename T>
Status cleanField(QString& value, const QString& field, Result<T> (*normalise)(QStringView, const QString&),
                  QString (*canonical)(const T&))
{
    if (text::normalizeForStorage(value).isEmpty()) {
        value.clear();
        return {};
    }
    auto r = normalise(value, field);
    if (!r)
        return r.error();
    value = canonical(*r);
    return {};
}

QString same(const QString& s) { return s; }
QString postalDigits(const text::PostalCode& p) { return p.digits; }

// A person's national ID (10 digits) or a company's legal ID (11 digits).
Status cleanNationalOrLegalId(QString& value)
{
    if (text::normalizeForStorage(value).isEmpty()) {
        value.clear();
        return {};
    }
    const QString field = QStringLiteral("national_id");
    const qsizetype digits = text::digitsOnly(value).size();
    Result<QString> r = QString();
    if (digits == 11)
        r = text::normalizeLegalId(value, field);
    else if (digits >= 8 && digits <= 10)
        r = text::normalizeNationalId(value, field); // left-pads 8 and 9 digits
    else
        return Error::invalid(field, ProfileText::tr("Enter the 10-digit national ID or the 11-digit legal entity ID."));
    if (!r)
        return r.error();
    value = *r;
    return {};
}

Status cleanProfile(CompanyProfile& p)
{
    for (QString* t : { &p.name, &p.registrationNumber, &p.address, &p.city, &p.province, &p.website })
        *t = text::normalizeForStorage(*t);
    p.defaultTerms = text::normalizeMultilineForStorage(p.defaultTerms);
    if (auto s = cleanField<QString>(p.economicCode, QStringLiteral("economic_code"), text::normalizeEconomicCode, same); !s)
        return s;
    if (auto s = cleanNationalOrLegalId(p.nationalId); !s)
        return s;
    if (auto s = cleanField<text::PostalCode>(p.postalCode, QStringLiteral("postal_code"), text::normalizePostalCode, postalDigits); !s)
        return s;
    if (auto s = cleanField<QString>(p.phone, QStringLiteral("phone"), text::normalizePhone, same); !s)
        return s;
    if (auto s = cleanField<QString>(p.email, QStringLiteral("email"), text::normalizeEmail, same); !s)
        return s;
    const std::pair<QString*, QString> patterns[] = {
        { &p.quoteNumberPattern, QStringLiteral("quote_number_pattern") },
        { &p.invoiceNumberPattern, QStringLiteral("invoice_number_pattern") },
    };
    for (const auto& [pattern, field] : patterns) {
        *pattern = text::normalizeForStorage(*pattern);
        if (auto s = validateNumberPattern(*pattern); !s) {
            Error e = s.error();
            e.field = field;
            return e;
        }
    }
    if (p.defaultValidityDays < 0 || p.defaultValidityDays > 3650) {
        return Error::invalid(QStringLiteral("default_validity_days"),
                              ProfileText::tr("The validity of pre-invoices must be between 0 and 3650 days."));
    }
    if (auto s = checkImage(p.logo, QStringLiteral("logo")); !s)
        return s;
    return checkImage(p.stamp, QStringLiteral("stamp"));
}

QVariant blobOrNull(const Image& image)
{
    return image.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(image.data);
}

// Images are audited by type and size, not by their bytes.
QString imageSummary(const Image& image)
{
    return image.isNull() ? QString() : QStringLiteral("%1, %2 bytes").arg(image.mimeType).arg(image.data.size());
}

QJsonObject toAuditJson(const CompanyProfile& p)
{
    return QJsonObject {
        { QStringLiteral("name"), p.name },
        { QStringLiteral("economic_code"), p.economicCode },
        { QStringLiteral("national_id"), p.nationalId },
        { QStringLiteral("registration_number"), p.registrationNumber },
        { QStringLiteral("address"), p.address },
        { QStringLiteral("city"), p.city },
        { QStringLiteral("province"), p.province },
        { QStringLiteral("postal_code"), p.postalCode },
        { QStringLiteral("phone"), p.phone },
        { QStringLiteral("email"), p.email },
        { QStringLiteral("website"), p.website },
        { QStringLiteral("logo"), imageSummary(p.logo) },
        { QStringLiteral("stamp"), imageSummary(p.stamp) },
        { QStringLiteral("default_terms"), p.defaultTerms },
        { QStringLiteral("quote_number_pattern"), p.quoteNumberPattern },
        { QStringLiteral("invoice_number_pattern"), p.invoiceNumberPattern },
        { QStringLiteral("default_validity_days"), p.defaultValidityDays },
        { QStringLiteral("display_toman"), p.displayToman },
        { QStringLiteral("tax_rounding"), toKey(p.taxRounding) },
    };
}

} // namespace

CompanyProfileService::CompanyProfileService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<CompanyProfile> CompanyProfileService::load()
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM company_profile WHERE id = 1"));
    if (!q)
        return q.error();
    CompanyProfile p;
    if (!q->next())
        return p; // the migration inserts the row; an empty profile if someone removed it
    int i = 0;
    for (QString* t : { &p.name, &p.economicCode, &p.nationalId, &p.registrationNumber, &p.address, &p.city, &p.province,
                        &p.postalCode, &p.phone, &p.email, &p.website }) {
        *t = q->value(i++).toString();
    }
    for (Image* image : { &p.logo, &p.stamp }) {
        image->data = q->value(i++).toByteArray();
        image->mimeType = q->value(i++).toString();
    }
    p.defaultTerms = q->value(i++).toString();
    p.quoteNumberPattern = q->value(i++).toString();
    p.invoiceNumberPattern = q->value(i++).toString();
    p.defaultValidityDays = q->value(i++).toInt();
    p.displayToman = q->value(i++).toInt() != 0;
    p.taxRounding = roundingFromKey(q->value(i++).toString()).value_or(Rounding::TowardZero);
    p.updatedAt = storage::timestampFromIso(q->value(i++));
    return p;
}

Result<CompanyProfile> CompanyProfileService::save(CompanyProfile profile)
{
    if (auto s = cleanProfile(profile); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    profile.updatedAt = now;
    return m_db.writeValue<CompanyProfile>([&]() -> Result<CompanyProfile> {
        auto before = load();
        if (!before)
            return before.error();
        const QString sql = QStringLiteral(
            "INSERT INTO company_profile (id, %1) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET (%1) = (excluded.name, excluded.economic_code, excluded.national_id, "
            "excluded.registration_number, excluded.address, excluded.city, excluded.province, excluded.postal_code, "
            "excluded.phone, excluded.email, excluded.website, excluded.logo, excluded.logo_mime, excluded.stamp, "
            "excluded.stamp_mime, excluded.default_terms, excluded.quote_number_pattern, excluded.invoice_number_pattern, "
            "excluded.default_validity_days, excluded.display_toman, excluded.tax_rounding, excluded.updated_at)")
                                  .arg(kColumns);
        auto q = storage::prepare(m_db.connection(), sql);
        if (!q)
            return q.error();
        storage::bindAll(*q, {
            profile.name, profile.economicCode, profile.nationalId, profile.registrationNumber, profile.address,
            profile.city, profile.province, profile.postalCode, profile.phone, profile.email, profile.website,
            blobOrNull(profile.logo), profile.logo.mimeType, blobOrNull(profile.stamp), profile.stamp.mimeType,
            profile.defaultTerms, profile.quoteNumberPattern, profile.invoiceNumberPattern, profile.defaultValidityDays,
            profile.displayToman ? 1 : 0, toKey(profile.taxRounding), storage::isoTimestamp(now),
        });
        if (auto s = storage::exec(*q); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, QStringLiteral("company_profile"), 1, QStringLiteral("update"),
                                                    toAuditJson(*before), toAuditJson(profile));
            !s) {
            return s.error();
        }
        return profile;
    });
}

} // namespace peyvand::sales
