#pragma once

#include "customers/Customer.h"
#include "exchange/ImportField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace peyvand::ui {

// How the import wizard shows one field of a customer as it would be stored
// (preview, side-by-side duplicates): Persian digits in Persian, lists joined
// with the language's comma, Jalali dates.
class ImportFieldText final {
    Q_DECLARE_TR_FUNCTIONS(ImportFieldText)
public:
    // The column a field's values appear under: first and last names are
    // stored joined, so they show as the name.
    static exchange::ImportField shownAs(exchange::ImportField field);
    // The field's value in `customer`; Notes are not part of a customer (empty).
    static QString text(const customers::Customer& customer, exchange::ImportField field);
    // The fields compared side by side for a duplicate, in form order.
    static QList<exchange::ImportField> comparedFields();
    // The label of an import field key ("mobile" → "Mobile"); "row" and
    // unknown keys → "Whole row".
    static QString labelOfKey(const QString& key);

private:
    ImportFieldText() = delete;
};

} // namespace peyvand::ui
