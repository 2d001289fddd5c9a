#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace peyvand::io {

// One content line of a vCard (2.1, 3.0 or 4.0), already unfolded:
// `[group.]NAME *(;PARAM) : value`.
struct VCardProperty {
    QString name;       // upper-case, without its group
    QStringList types;  // lower-case TYPE values, bare 2.1 parameters too
    bool preferred = false; // PREF=n (4.0) or TYPE=pref (3.0)
    bool quotedPrintable = false;
    QString value;      // quoted-printable decoded (in its CHARSET); still escaped
};

// nullopt when the line has no ':' or no name.
std::optional<VCardProperty> parseVCardProperty(QStringView line);

// Whether an unfolded line is quoted-printable, so that a final '=' is a
// soft line break joining the next line.
bool isQuotedPrintableLine(QStringView line);

// Text values: \, \; \n \N \\ unescaped (any other backslash is kept).
QString vCardText(QStringView value);
// Structured values (N, ADR, ORG): split on unescaped ';', each unescaped.
QStringList vCardComponents(QStringView value);

} // namespace peyvand::io
