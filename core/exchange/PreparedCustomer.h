#pragma once

// Internal to core/exchange: a customer made ready for CustomerWriter on the
// import's worker thread.

#include "customers/Customer.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>

namespace peyvand::exchange {

// A cleaned customer with the derived keys its row needs (CustomerRepository's
// sort and search keys) and its column values as UTF-8, computed by derive()
// off the writing thread.
struct PreparedCustomer {
    // The text columns of CustomerRepository's insert, in its order, up to
    // since; then name_sort … search_text.
    static constexpr int kTextColumns = 29;

    qint64 line = 0;
    customers::Customer customer;
    QString note;
    QString nameSort;  // also the name's duplicate key
    QString cityKey;   // also the city's duplicate key
    QString sourceKey;
    QStringList tagKeys;
    std::array<QByteArray, kTextColumns> columns;

    // Fills the keys and columns; a customer without a since date gets `today`.
    void derive(QDate today);
};

} // namespace peyvand::exchange
