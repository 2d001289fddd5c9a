#include "CollectionServices.h"

namespace peyvand::ui {

CollectionServices::CollectionServices(storage::Database& db, const Clock& time)
    : clock(time)
    , payments(db, time)
    , receivables(db, time)
    , profile(db, time)
{
}

bool CollectionServices::displayToman()
{
    return profile.load().valueOr({}).displayToman;
}

} // namespace peyvand::ui
