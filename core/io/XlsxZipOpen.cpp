#include "XlsxZipOpen.h"

#include <QtGlobal>

#if defined(__ELF__)

#include <cstdio>
#include <quazip/zip.h> // QuaZip's minizip fork

namespace {

voidpf ZCALLBACK openFile(voidpf, voidpf path, int mode)
{
    const char* how = "r+b";
    if (mode & ZLIB_FILEFUNC_MODE_CREATE)
        how = "wb";
    else if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) == ZLIB_FILEFUNC_MODE_READ)
        how = "rb";
    return std::fopen(static_cast<const char*>(path), how);
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void* buffer, uLong size)
{
    return uLong(std::fread(buffer, 1, size, static_cast<FILE*>(stream)));
}

uLong ZCALLBACK writeFile(voidpf, voidpf stream, const void* buffer, uLong size)
{
    return uLong(std::fwrite(buffer, 1, size, static_cast<FILE*>(stream)));
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    const auto position = ftello(static_cast<FILE*>(stream));
    return position < 0 ? ZPOS64_T(-1) : ZPOS64_T(position);
}

int ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    int whence = SEEK_SET;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        whence = SEEK_CUR;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        whence = SEEK_END;
    return fseeko(static_cast<FILE*>(stream), off_t(offset), whence) == 0 ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    return std::fclose(static_cast<FILE*>(stream)) == 0 ? 0 : -1;
}

int ZCALLBACK keepFile(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return std::ferror(static_cast<FILE*>(stream));
}

} // namespace

// libminizip's zipOpen: a zip file at a path (see XlsxZipOpen.h).
extern "C" zipFile ZEXPORT zipOpen(voidpf path, int append)
{
    zlib_filefunc64_32_def functions {};
    functions.zfile_func64.zopen64_file = openFile;
    functions.zfile_func64.zread_file = readFile;
    functions.zfile_func64.zwrite_file = writeFile;
    functions.zfile_func64.ztell64_file = tellFile;
    functions.zfile_func64.zseek64_file = seekFile;
    functions.zfile_func64.zclose_file = closeFile;
    functions.zfile_func64.zerror_file = fileError;
    functions.zfile_func64.zfakeclose_file = keepFile;
    return zipOpen3(path, append, nullptr, &functions, ZIP_AUTO_CLOSE);
}

namespace peyvand::io::xlsx {

bool zipOpenForPathsInstalled()
{
    return true;
}

} // namespace peyvand::io::xlsx

#else

namespace peyvand::io::xlsx {

bool zipOpenForPathsInstalled()
{
    return false; // each library binds its own minizip
}

} // namespace peyvand::io::xlsx

#endif
