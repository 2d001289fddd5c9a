#pragma once

#include "common/Result.h"

#include <QString>

namespace peyvand::security {

// Argon2id cost of a password hash (libsodium's crypto_pwhash_str).
struct PasswordCost {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    static PasswordCost interactive(); // libsodium's INTERACTIVE: 2 passes, 64 MiB (the app)
    static PasswordCost minimum();     // the cheapest libsodium allows: for tests only
};

// The form of a password that is hashed and verified, so that the same Persian
// password typed on another keyboard layout verifies. It is the storage form of
// text (text::normalizeForStorage):
// - NFC, and Arabic presentation forms folded to ordinary letters;
// - Arabic yeh and alef maksura read as Persian yeh (ی), Arabic kaf as Persian kaf (ک);
// - Persian and Arabic-Indic digits read as ASCII digits;
// - tatweel, bidi marks, ZWSP and BOM removed; NBSP read as a space;
// - runs of spaces read as one space, spaces and ZWNJ at either end dropped,
//   runs of ZWNJ read as one ZWNJ.
// Not folded: letter case, harakat, alef/hamza variants (آ أ إ ا stay distinct),
// heh/teh marbuta: those are different keys a user means to type.
QString normalizePassword(const QString& password);

// A "$argon2id$…" string (crypto_pwhash_str) of the normalised password.
Result<QString> hashPassword(const QString& password, const PasswordCost& cost);
// True when the password (normalised) matches the stored hash.
bool passwordMatches(const QString& storedHash, const QString& password);

} // namespace peyvand::security
