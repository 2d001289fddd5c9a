#include "PipelineServices.h"

namespace peyvand::ui {

PipelineServices::PipelineServices(storage::Database& db, const Clock& time)
    : clock(time)
    , deals(db, time)
    , tasks(db, time)
    , leads(db)
    , customerSearch(db)
    , profile(db, time)
{
}

bool PipelineServices::displayToman()
{
    return profile.load().valueOr({}).displayToman;
}

} // namespace peyvand::ui
