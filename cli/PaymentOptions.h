#pragma once

#include "common/Error.h"

namespace peyvand::cli {

// PaymentService's and Receivables' field ids ("amount", "due_date",
// "sayad_id", …) named as the options of the payments commands.
Error asPaymentOptionError(Error error);

} // namespace peyvand::cli
