#pragma once

#include "common/Error.h"

namespace peyvand::cli {

// Exit status of peyvand-cli (docs/architecture.md, "Command line tool").
enum ExitCode : int {
    Success = 0,   // the command did what was asked
    Failure = 1,   // failed while working: I/O, database, a file that is not
                   // a usable Peyvand database (not SQLite, newer schema, corrupt)
    BadInput = 2,  // bad usage or input: unknown command or option, invalid
                   // value, an ID that does not exist
};

// InvalidInput, NotFound, Conflict and Overflow are about what the user gave
// (2); everything else happened while working (1).
inline int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::Overflow:
        return BadInput;
    default:
        return Failure;
    }
}

} // namespace peyvand::cli
