#pragma once

#include <QByteArrayView>
#include <QString>

namespace peyvand::io {

// Windows-1256 as Windows defines it (every byte maps to a character), from
// our own table: Qt builds without ICU may not know the code page.
char16_t windows1256ToUnicode(unsigned char byte);
QString decodeWindows1256(QByteArrayView bytes);
// The byte for a character, or false when the code page has none.
bool unicodeToWindows1256(char16_t c, unsigned char& byte);

} // namespace peyvand::io
