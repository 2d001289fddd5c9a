#include "CustomerExporter.h"
#include "CustomerImporter.h"
#include "io/Csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace peyvand::exchange {

Status saveRejectedRowsCsv(const ImportReport& report, const QString& path)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error::make(ErrorCode::Io, QCoreApplication::translate("Import", "The file “%1” cannot be written: %2")
                                              .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    QByteArray out("\xEF\xBB\xBF");
    out += "line,field,value,reason\r\n";
    for (const RejectedRow& r : report.rejected) {
        const QStringList cells { QString::number(r.line), r.field, escapeFormula(r.value), escapeFormula(r.reason) };
        QStringList quoted;
        for (const QString& cell : cells)
            quoted << io::csvField(cell);
        out += quoted.join(u',').toUtf8() + "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit())
        return failed();
    return {};
}

} // namespace peyvand::exchange
