#pragma once

#include "TableSource.h"

#include <memory>
#include <optional>

class QIODevice;

namespace peyvand::io {

class TextInput;

// The text formats behind openTableSource. `owned` (may be null) is the
// device when the source opened it itself, kept alive with the source.
Result<std::unique_ptr<TableSource>> openDelimitedSource(QIODevice& device, const SourceOptions& options,
                                                         std::unique_ptr<QIODevice> owned);
Result<std::unique_ptr<TableSource>> openVCardSource(QIODevice& device, const SourceOptions& options,
                                                     std::unique_ptr<QIODevice> owned);

// Remarks shared by the text sources: the fallback to Windows-1256 and
// replaced characters.
QStringList decodingNotices(const TextInput& input);
// An error when the first bytes show a ZIP archive (an XLSX given as text).
std::optional<Error> refuseZip(const TextInput& input);

} // namespace peyvand::io
