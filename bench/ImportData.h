#pragma once

#include <QString>

namespace peyvand::bench {

struct ImportDataStats {
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 duplicates = 0; // rows that repeat an earlier row's mobile
    qint64 invalid = 0;    // rows with an invalid mobile or national ID
};

// Writes a customer list as a spreadsheet program would export it (UTF-8
// CSV with a BOM and Persian headers): Persian names and cities, 10 % with
// Arabic Yeh/Kaf, mobiles in every form (09…, 9… with the zero dropped,
// +98…, Persian digits), national IDs (some with their leading zeros
// dropped), emails, phones, addresses, postal codes, tags, sources and notes,
// about 1 % duplicates and 0.5 % invalid rows.
bool writeImportCsv(const QString& path, qint64 rows, quint32 seed, ImportDataStats* stats, QString* error);

} // namespace peyvand::bench
