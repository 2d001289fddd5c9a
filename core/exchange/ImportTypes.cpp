#include "ImportTypes.h"

#include <QCoreApplication>

namespace peyvand::exchange {

QString policyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicatePolicy> policyFromKey(QStringView key)
{
    for (DuplicatePolicy p : { DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create }) {
        if (key == policyKey(p))
            return p;
    }
    return std::nullopt;
}

QString duplicateReasonKey(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Mobile: return QStringLiteral("mobile");
    case DuplicateReason::NationalId: return QStringLiteral("national_id");
    case DuplicateReason::Email: return QStringLiteral("email");
    case DuplicateReason::NameAndCity: return QStringLiteral("name_city");
    }
    return {};
}

QString duplicateReasonLabel(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Mobile: return QCoreApplication::translate("Import", "same mobile");
    case DuplicateReason::NationalId: return QCoreApplication::translate("Import", "same national ID");
    case DuplicateReason::Email: return QCoreApplication::translate("Import", "same email");
    case DuplicateReason::NameAndCity: return QCoreApplication::translate("Import", "same name and city");
    }
    return {};
}

} // namespace peyvand::exchange
