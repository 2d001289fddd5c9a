#include "DocumentServices.h"

namespace peyvand::ui {

DocumentServices::DocumentServices(storage::Database& db, const Clock& theClock)
    : clock(theClock)
    , documents(db, theClock)
    , query(db)
    , catalog(db, theClock)
    , profile(db, theClock)
    , customers(db, theClock)
    , customerSearch(db)
    , payments(db, theClock)
    , paymentRecords(db, theClock)
    , history(db)
{
}

} // namespace peyvand::ui
