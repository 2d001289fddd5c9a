#pragma once

namespace peyvand::io::xlsx {

// QuaZip (the reader) and libxlsxwriter (the writer) both come with minizip:
// QuaZip exports its own fork of minizip's zip* functions, in which zipOpen
// takes a QIODevice*, while libxlsxwriter calls zipOpen(path) of the
// distribution's libminizip. On ELF systems one process has one zipOpen, and
// QuaZip's comes first: libxlsxwriter's call would crash. XlsxZipOpen.cpp
// therefore defines zipOpen itself: a path opened through stdio, then the
// fork's zipOpen3, so that the zip* calls libxlsxwriter makes next (bound to
// the same fork) get a zip handle of their own kind. Returns whether that
// zipOpen is compiled in; the writer calls it so that the linker keeps it.
bool zipOpenForPathsInstalled();

} // namespace peyvand::io::xlsx
