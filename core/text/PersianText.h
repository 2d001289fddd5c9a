#pragma once

#include <QString>
#include <QStringView>

namespace peyvand::text {

// The storage form of domain.md §1: what is saved, shown and printed.
QString normalizeForStorage(QStringView text);
// The same; shares `text` when it already is in storage form.
QString normalizeForStorage(const QString& text);

// A quick scan: true when normalizeForStorage(text) is `text` itself because
// it holds only printable ASCII and Arabic-block letters, digits and signs
// that the storage form keeps, with single spaces or ZWNJs between words. The
// normalisers skip their work for such text. False says nothing.
bool isStorageForm(QStringView text);

// The storage form of a text that may span several lines (notes, reasons,
// descriptions): each line normalised on its own, CR LF and CR read as line
// breaks, blank lines at either end dropped.
QString normalizeMultilineForStorage(QStringView text);

// The search key of domain.md §1 (computed from any text; applies the storage
// form first). Never shown. Equal keys mean "the same to a searching user".
QString searchKey(QStringView text);

// Digits only (after digit normalisation): the key of phone-like fields.
QString digitsOnly(QStringView text);

// A key whose binary (code point) order is Persian alphabetical order
// (ا آ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی), with Latin
// letters after Persian ones, case-insensitive. Built from the search key, so
// variants sort together. A prefix of a text maps to a prefix of its key.
QString sortKey(QStringView text);
// sortKey from a search key already computed: sortKey(t) == sortKeyOfSearchKey(searchKey(t)).
QString sortKeyOfSearchKey(QStringView key);

namespace detail {
// normalizeForStorage and searchKey without the isStorageForm shortcut, for
// the tests that prove both ways give the same.
QString fullStorageForm(QStringView text);
QString fullSearchKey(QStringView text);
} // namespace detail

} // namespace peyvand::text
