#pragma once

#include "TestSupport.h"
#include "io/Xlsx.h"

#include <QList>
#include <QString>

namespace peyvand::test {

// A sample written by tests/data/import/make_xlsx_samples.py.
inline QString importSample(const char* name)
{
    return QStringLiteral(PEYVAND_IMPORT_DATA "/") + QString::fromUtf8(name);
}

// Every data row of a source; fails the test on an error.
inline QList<io::SourceRow> readAllRows(io::TableSource& source)
{
    QList<io::SourceRow> rows;
    for (;;) {
        auto row = source.next();
        REQUIRE(row);
        if (!*row)
            return rows;
        rows << **row;
    }
}

// The error that ends reading a source (at open or at some row).
inline Error firstError(Result<std::unique_ptr<io::TableSource>> opened)
{
    if (!opened)
        return opened.error();
    for (;;) {
        auto row = (*opened)->next();
        if (!row)
            return row.error();
        REQUIRE(*row); // the source was expected to fail before its end
    }
}

inline QStringList strings(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << u8(v);
    return out;
}

} // namespace peyvand::test
