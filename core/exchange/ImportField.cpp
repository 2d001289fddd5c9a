#include "ImportField.h"

#include "FieldNames.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::exchange {

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct FieldInfo {
    ImportField field;
    const char* key;
    const char* label;   // English source, translated in context "Import"
    const char* persian; // the Persian column title exports write
    // Other header spellings, English and Persian (normalised by headerKey).
    std::initializer_list<const char*> synonyms;
};

const std::initializer_list<FieldInfo>& fieldTable()
{
    static const std::initializer_list<FieldInfo> table = {
        { ImportField::Name, "name", QT_TRANSLATE_NOOP("Import", "Name"), "نام و نام خانوادگی",
          { "full name", "fullname", "customer", "customer name", "contact", "contact name", "display name", "fn",
            "نام", "نام کامل", "نام مشتری", "مشتری", "نام و نام‌خانوادگی", "نام شخص" } },
        { ImportField::FirstName, "first_name", QT_TRANSLATE_NOOP("Import", "First name"), "نام کوچک",
          { "first name", "firstname", "given name", "forename", "نام کوچک", "اسم" } },
        { ImportField::LastName, "last_name", QT_TRANSLATE_NOOP("Import", "Last name"), "نام خانوادگی",
          { "last name", "lastname", "surname", "family", "family name", "نام خانوادگی", "نام‌خانوادگی", "فامیلی",
            "فامیل" } },
        { ImportField::Kind, "kind", QT_TRANSLATE_NOOP("Import", "Kind (person or company)"), "نوع",
          { "type", "customer type", "نوع", "نوع مشتری", "نوع شخص" } },
        { ImportField::Company, "company", QT_TRANSLATE_NOOP("Import", "Company"), "شرکت",
          { "company name", "organization", "organisation", "org", "employer", "business", "شرکت", "نام شرکت",
            "سازمان", "محل کار" } },
        { ImportField::NationalId, "national_id", QT_TRANSLATE_NOOP("Import", "National ID"), "کد ملی",
          { "national id", "nationalid", "national code", "national number", "melli code", "کد ملی", "کدملی",
            "شماره ملی" } },
        { ImportField::LegalId, "legal_id", QT_TRANSLATE_NOOP("Import", "Legal ID"), "شناسه ملی",
          { "legal id", "company id", "شناسه ملی", "شناسه‌ملی" } },
        { ImportField::EconomicCode, "economic_code", QT_TRANSLATE_NOOP("Import", "Economic code"), "کد اقتصادی",
          { "economic code", "tax id", "کد اقتصادی" } },
        { ImportField::RegistrationNumber, "registration_number", QT_TRANSLATE_NOOP("Import", "Registration number"),
          "شماره ثبت", { "registration number", "registration no", "شماره ثبت" } },
        { ImportField::Mobile, "mobile", QT_TRANSLATE_NOOP("Import", "Mobile"), "موبایل",
          { "mobile phone", "mobile number", "cell", "cellphone", "cell phone", "موبایل", "تلفن همراه", "شماره همراه",
            "همراه", "شماره موبایل", "موبایل مشتری" } },
        { ImportField::Phone, "phone", QT_TRANSLATE_NOOP("Import", "Other phones"), "تلفن",
          { "phones", "telephone", "tel", "other phones", "other_phones", "landline", "work phone", "home phone",
            "تلفن", "تلفن ثابت", "شماره تلفن", "تلفن‌ها", "تلفن محل کار" } },
        { ImportField::Email, "email", QT_TRANSLATE_NOOP("Import", "Email"), "ایمیل",
          { "e-mail", "email address", "mail", "ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه" } },
        { ImportField::Website, "website", QT_TRANSLATE_NOOP("Import", "Website"), "وب‌سایت",
          { "web", "web site", "site", "url", "homepage", "وب سایت", "وبسایت", "سایت" } },
        { ImportField::Instagram, "instagram", QT_TRANSLATE_NOOP("Import", "Instagram"), "اینستاگرام",
          { "insta", "اینستاگرام", "اینستا" } },
        { ImportField::Telegram, "telegram", QT_TRANSLATE_NOOP("Import", "Telegram"), "تلگرام", { "تلگرام" } },
        { ImportField::WhatsApp, "whatsapp", QT_TRANSLATE_NOOP("Import", "WhatsApp"), "واتس‌اپ",
          { "whats app", "واتساپ", "واتس اپ" } },
        { ImportField::Linkedin, "linkedin", QT_TRANSLATE_NOOP("Import", "LinkedIn"), "لینکدین", { "لینکدین" } },
        { ImportField::Address, "address", QT_TRANSLATE_NOOP("Import", "Address"), "نشانی",
          { "street", "street address", "آدرس", "نشانی" } },
        { ImportField::City, "city", QT_TRANSLATE_NOOP("Import", "City"), "شهر", { "town", "شهر" } },
        { ImportField::Province, "province", QT_TRANSLATE_NOOP("Import", "Province"), "استان",
          { "state", "region", "استان" } },
        { ImportField::PostalCode, "postal_code", QT_TRANSLATE_NOOP("Import", "Postal code"), "کد پستی",
          { "postal code", "postcode", "post code", "zip", "zip code", "کد پستی", "کدپستی" } },
        { ImportField::Source, "source", QT_TRANSLATE_NOOP("Import", "Source"), "منبع",
          { "lead source", "referral", "منبع", "نحوه آشنایی", "روش آشنایی" } },
        { ImportField::Tags, "tags", QT_TRANSLATE_NOOP("Import", "Tags"), "برچسب‌ها",
          { "tag", "labels", "label", "categories", "برچسب", "برچسب ها", "تگ", "تگ‌ها" } },
        { ImportField::Since, "since", QT_TRANSLATE_NOOP("Import", "Customer since"), "مشتری از",
          { "customer since", "date added", "join date", "مشتری از", "تاریخ عضویت", "تاریخ ثبت" } },
        { ImportField::Notes, "notes", QT_TRANSLATE_NOOP("Import", "Notes"), "یادداشت",
          { "note", "comment", "comments", "remarks", "description", "یادداشت", "یادداشت‌ها", "توضیحات", "ملاحظات",
            "توضیح" } },
    };
    return table;
}

const FieldInfo* infoOf(ImportField field)
{
    for (const FieldInfo& info : fieldTable()) {
        if (info.field == field)
            return &info;
    }
    return nullptr;
}

// Header text → field, keyed by headerKey().
const QHash<QString, ImportField>& headerIndex()
{
    static const QHash<QString, ImportField> index = [] {
        QHash<QString, ImportField> out;
        for (const FieldInfo& info : fieldTable()) {
            out.insert(headerKey(QString::fromLatin1(info.key)), info.field);
            out.insert(headerKey(QString::fromLatin1(info.label)), info.field);
            out.insert(headerKey(QString::fromUtf8(info.persian)), info.field);
            for (const char* synonym : info.synonyms)
                out.insert(headerKey(QString::fromUtf8(synonym)), info.field);
        }
        return out;
    }();
    return index;
}

// Phones, tags and notes may come from several columns.
bool multiColumn(ImportField field)
{
    return field == ImportField::Phone || field == ImportField::Tags || field == ImportField::Notes;
}

int findColumn(const QStringList& headers, const QString& column)
{
    bool isNumber = false;
    const int number = text::digitsOnly(column).toInt(&isNumber);
    if (isNumber && text::digitsOnly(column).size() == column.trimmed().size())
        return number >= 1 && number <= headers.size() ? number - 1 : -2;
    const int exact = int(headers.indexOf(column));
    if (exact >= 0)
        return exact;
    const QString key = headerKey(column);
    for (int i = 0; i < headers.size(); ++i) {
        if (!key.isEmpty() && headerKey(headers.at(i)) == key)
            return i;
    }
    return -1;
}

} // namespace

QString headerKey(QStringView header)
{
    QString key = text::searchKey(header);
    QString out;
    out.reserve(key.size());
    for (QChar c : std::as_const(key)) {
        if (c == u' ' || c == u'_' || c == u'-' || c == u'.' || c == u':' || c == u'/' || c == u'*'
            || c == QChar(0x200C))
            continue;
        out += c;
    }
    return out;
}

QString persianHeader(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    return info ? QString::fromUtf8(info->persian) : QString();
}

QString fieldKey(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    return info ? QString::fromLatin1(info->key) : QStringLiteral("ignore");
}

std::optional<ImportField> fieldFromKey(QStringView key)
{
    if (key == QLatin1String("ignore"))
        return ImportField::Ignore;
    if (key == QLatin1String("other_phones"))
        return ImportField::Phone;
    for (const FieldInfo& info : fieldTable()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString fieldLabel(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    if (!info)
        return ImportText::tr("Do not import");
    return QCoreApplication::translate("Import", info->label);
}

QList<ImportField> importableFields()
{
    QList<ImportField> out;
    for (const FieldInfo& info : fieldTable())
        out << info.field;
    return out;
}

ColumnMapping autoMap(const QStringList& headers)
{
    ColumnMapping mapping;
    mapping.columns.fill(ImportField::Ignore, headers.size());
    const QHash<QString, ImportField>& index = headerIndex();
    for (int i = 0; i < headers.size(); ++i) {
        const auto it = index.constFind(headerKey(headers.at(i)));
        if (it == index.constEnd() || mapping.maps(it.value()))
            continue;
        mapping.columns[i] = it.value();
    }
    // "نام" next to "نام خانوادگی" is the first name, not the full name.
    const qsizetype nameColumn = mapping.columns.indexOf(ImportField::Name);
    if (nameColumn >= 0 && mapping.maps(ImportField::LastName) && !mapping.maps(ImportField::FirstName)) {
        const QString key = headerKey(headers.at(nameColumn));
        if (key == headerKey(u"name") || key == headerKey(u"نام"))
            mapping.columns[nameColumn] = ImportField::FirstName;
    }
    return mapping;
}

Result<MappingOverride> parseOverride(const QString& text)
{
    const qsizetype eq = text.lastIndexOf(u'=');
    if (eq <= 0 || eq == text.size() - 1) {
        return Error::invalid(QStringLiteral("map"),
                              ImportText::tr("The mapping “%1” must have the form COLUMN=FIELD.").arg(text));
    }
    return MappingOverride { text.left(eq).trimmed(), text.mid(eq + 1).trimmed() };
}

Result<ColumnMapping> applyOverrides(ColumnMapping mapping, const QStringList& headers,
                                     const QList<MappingOverride>& overrides)
{
    if (mapping.columns.size() < headers.size())
        mapping.columns.resize(headers.size(), ImportField::Ignore);
    for (const MappingOverride& o : overrides) {
        const std::optional<ImportField> field = fieldFromKey(o.field.trimmed().toLower());
        if (!field) {
            return Error::invalid(QStringLiteral("map"),
                                  ImportText::tr("The mapping “%1=%2” names an unknown field “%2”.").arg(o.column, o.field));
        }
        const int column = findColumn(headers, o.column);
        if (column == -2) {
            return Error::invalid(QStringLiteral("map"),
                                  ImportText::tr("The mapping “%1=%2” names column %1, but the file has %3 columns.")
                                      .arg(o.column, o.field)
                                      .arg(headers.size()));
        }
        if (column < 0) {
            return Error::invalid(QStringLiteral("map"),
                                  ImportText::tr("The mapping “%1=%2” names a column “%1” that the file does not have.")
                                      .arg(o.column, o.field));
        }
        if (*field != ImportField::Ignore && !multiColumn(*field)) {
            for (ImportField& f : mapping.columns) {
                if (f == *field)
                    f = ImportField::Ignore;
            }
        }
        mapping.columns[column] = *field;
    }
    return mapping;
}

} // namespace peyvand::exchange
