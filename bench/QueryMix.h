#pragma once

#include "customers/Customer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand::bench {

// A set of queries of one length class.
struct QueryClass {
    QString name;        // "1char", "2char", "3plus"
    QStringList queries;
};

// Realistic queries drawn from customers that exist in the database: first
// names, surnames, full names, a name plus the start of the surname, company
// words, cities, tags and mobile fragments. About a third are typed with
// Arabic Yeh/Kaf and digit fragments in Persian digits half of the time, as
// users do. Classes by length in characters: 1, 2 and 3 or more. Deterministic
// for a seed.
QList<QueryClass> buildQueryMix(const QList<customers::Customer>& sample, int perClass, quint32 seed);

} // namespace peyvand::bench
