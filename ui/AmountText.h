#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QString>

namespace peyvand::ui {

// How an amount reads on screen: grouped digits of the language, in Rial or,
// when the company profile asks for it, in Toman (Rial / 10). Toman is a
// display option only; a Rial amount that does not divide by ten keeps its
// last digit after the decimal separator rather than being rounded.
class AmountText final {
    Q_DECLARE_TR_FUNCTIONS(AmountText)
public:
    // 1234560 -> "1,234,560" (Rial) or "123,456" (Toman).
    static QString amount(Money money, bool toman);
    // The amount followed by its unit: "123,456 Toman".
    static QString withUnit(Money money, bool toman);
    // "Rial" or "Toman".
    static QString unitName(bool toman);

private:
    AmountText() = delete;
};

} // namespace peyvand::ui
