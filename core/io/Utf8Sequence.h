#pragma once

namespace peyvand::io::detail {

// How a well-formed UTF-8 sequence (RFC 3629) continues after its lead byte:
// how many continuation bytes follow, the range allowed for the first of them
// (which excludes overlong forms, surrogates and code points above
// U+10FFFF), and the lead's payload bits. Later continuations are 80..BF.
struct Utf8Lead {
    int need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    char32_t bits = 0;
};

// For a byte >= 0x80: false when it cannot start a sequence.
inline bool utf8Lead(unsigned char b, Utf8Lead& lead)
{
    lead = Utf8Lead {};
    if (b >= 0xC2 && b <= 0xDF) {
        lead.need = 1;
        lead.bits = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        lead.need = 2;
        lead.bits = b & 0x0F;
        if (b == 0xE0)
            lead.low = 0xA0;
        else if (b == 0xED)
            lead.high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        lead.need = 3;
        lead.bits = b & 0x07;
        if (b == 0xF0)
            lead.low = 0x90;
        else if (b == 0xF4)
            lead.high = 0x8F;
    } else {
        return false;
    }
    return true;
}

} // namespace peyvand::io::detail
