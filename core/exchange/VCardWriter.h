#pragma once

// Internal to core/exchange: vCard 3.0 text of one customer.

#include "ExportRecords.h"

#include <QByteArray>

namespace peyvand::exchange {

// BEGIN:VCARD … END:VCARD with CRLF line ends, values escaped (\\ \, \; \n)
// and lines folded at 75 octets without splitting a UTF-8 character: FN, N,
// ORG, TEL (CELL for the mobile), EMAIL, ADR (street, city, province,
// postal code), URL, CATEGORIES, NOTE.
QByteArray vCardOf(const ExportRecord& record);

} // namespace peyvand::exchange
