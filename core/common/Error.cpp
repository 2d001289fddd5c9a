#include "Error.h"

namespace peyvand {

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Overflow: return QStringLiteral("overflow");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::NotADatabase: return QStringLiteral("not_a_database");
    case ErrorCode::SchemaTooNew: return QStringLiteral("schema_too_new");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::ReadOnly: return QStringLiteral("read_only");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace peyvand
