#include "Clock.h"

namespace peyvand {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace peyvand
