#include "TableSource.h"

#include "TextSources.h"
#include "Xlsx.h"
#include "common/EnumKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace peyvand::io {

namespace {

struct TableSourceText {
    Q_DECLARE_TR_FUNCTIONS(TableSource)
};

constexpr std::pair<SourceFormat, const char*> kKeys[] = {
    { SourceFormat::Csv, "csv" },
    { SourceFormat::Tsv, "tsv" },
    { SourceFormat::Xlsx, "xlsx" },
    { SourceFormat::VCard, "vcf" },
};

// File suffixes and other spellings of the same formats.
constexpr std::pair<SourceFormat, const char*> kAliases[] = {
    { SourceFormat::Tsv, "txt" },
    { SourceFormat::Tsv, "tab" },
    { SourceFormat::VCard, "vcard" },
};

} // namespace

SourceFormat formatFromKey(QStringView key, bool* ok)
{
    const QString lower = key.trimmed().toString().toLower();
    auto found = enumFromKey(QStringView(lower), kKeys);
    if (!found)
        found = enumFromKey(QStringView(lower), kAliases);
    if (ok)
        *ok = found.has_value();
    return found.value_or(SourceFormat::Csv);
}

SourceFormat formatFromPath(const QString& path, bool* ok)
{
    return formatFromKey(QFileInfo(path).suffix(), ok);
}

QString formatKey(SourceFormat format)
{
    return keyOf(format, kKeys);
}

Result<std::unique_ptr<TableSource>> openTableSource(const QString& path, const SourceOptions& options)
{
    if (options.format == SourceFormat::Xlsx)
        return openXlsx(path, options.sheet);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        const ErrorCode code = file->exists() ? ErrorCode::Io : ErrorCode::NotFound;
        return Error::make(code, TableSourceText::tr("The file “%1” cannot be opened.").arg(path), file->errorString());
    }
    QFile& device = *file;
    if (options.format == SourceFormat::VCard)
        return openVCardSource(device, options, std::move(file));
    return openDelimitedSource(device, options, std::move(file));
}

Result<std::unique_ptr<TableSource>> openTableSource(QIODevice& device, const SourceOptions& options)
{
    switch (options.format) {
    case SourceFormat::Xlsx:
        return openXlsx(device, options.sheet);
    case SourceFormat::VCard:
        return openVCardSource(device, options, nullptr);
    case SourceFormat::Csv:
    case SourceFormat::Tsv:
        break;
    }
    return openDelimitedSource(device, options, nullptr);
}

} // namespace peyvand::io
