#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace peyvand::sales {

enum class DocumentType { Quote, Invoice };

struct Image {
    QByteArray data;   // PNG, JPEG or SVG bytes as the user gave them
    QString mimeType;  // "image/png", "image/jpeg", "image/svg+xml"
    bool isNull() const { return data.isEmpty(); }
};

// The seller: printed on every document, set up once in Settings.
struct CompanyProfile {
    QString name;
    QString economicCode;
    QString nationalId;          // national ID of a person or legal ID of a company
    QString registrationNumber;
    QString address;
    QString city;
    QString province;
    QString postalCode;
    QString phone;
    QString email;
    QString website;
    Image logo;
    Image stamp;                 // stamp and/or signature
    QString defaultTerms;
    QString quoteNumberPattern = QStringLiteral("PF-{year}-{seq:4}");
    QString invoiceNumberPattern = QStringLiteral("INV-{year}-{seq:4}");
    int defaultValidityDays = 7;
    bool displayToman = false;   // show amounts in Toman (Rial / 10); stored values stay Rial
    Rounding taxRounding = Rounding::TowardZero;
    QDateTime updatedAt;

    const QString& numberPattern(DocumentType type) const
    {
        return type == DocumentType::Quote ? quoteNumberPattern : invoiceNumberPattern;
    }
};

QString toKey(Rounding rounding);    // "toward_zero", "half_up", "floor", "ceiling"
std::optional<Rounding> roundingFromKey(const QString& key);

} // namespace peyvand::sales
