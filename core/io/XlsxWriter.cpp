#include "Xlsx.h"
#include "XlsxCells.h"
#include "XlsxZipOpen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <optional>
#include <system_error>
#include <xlsxwriter.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace peyvand::io {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

constexpr int sheetNameMax = 31;
constexpr double columnWidth = 18;
constexpr int cellTextMax = 32767; // what libxlsxwriter and Excel allow

Error writeError(const QString& path, const QString& detail)
{
    return Error::make(ErrorCode::Io,
        XlsxText::tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)), detail);
}

// Sheet names: at most 31 characters, none of []:*?/\ and no quote at either end.
QString validSheetName(const QString& name)
{
    QString valid;
    for (const QChar c : name)
        valid += QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20 ? QChar(u'_') : c;
    while (valid.startsWith(u'\''))
        valid.remove(0, 1);
    valid.truncate(sheetNameMax);
    if (valid.size() == sheetNameMax && valid.back().isHighSurrogate())
        valid.chop(1);
    while (valid.endsWith(u'\''))
        valid.chop(1);
    return valid.trimmed().isEmpty() ? QStringLiteral("Sheet1") : valid;
}

void syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

struct XlsxWriter::State
{
    QString path;
    QString tempPath;
    QByteArray tempPathBytes;
    QByteArray tempDirBytes;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_row_t row = 0;
    bool rightToLeft = false;
    bool closed = false;
    std::optional<Error> failure;

    void discard()
    {
        if (workbook)
            lxw_workbook_free(workbook);
        workbook = nullptr;
        if (!tempPath.isEmpty())
            QFile::remove(tempPath);
    }
};

XlsxWriter::XlsxWriter(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

XlsxWriter::~XlsxWriter()
{
    if (!m_state->closed)
        m_state->discard();
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::create(const QString& path, const QString& sheetName)
{
    [[maybe_unused]] static const bool zipOpenReady = xlsx::zipOpenForPathsInstalled();
    auto state = std::make_unique<State>();
    const QFileInfo target(path);
    state->path = target.absoluteFilePath();
    // Claim a unique name beside the target now, so that a folder that
    // cannot be written is reported before any row is.
    QFile temp;
    for (int attempt = 0; attempt < 8; ++attempt) {
        temp.setFileName(target.absolutePath() + QStringLiteral("/.") + target.fileName() + u'.'
            + QString::number(QRandomGenerator::global()->generate(), 16) + QStringLiteral(".tmp"));
        if (temp.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
    }
    if (!temp.isOpen())
        return writeError(path, temp.errorString());
    temp.close();
    state->tempPath = temp.fileName();
    state->tempPathBytes = QFile::encodeName(state->tempPath);
    state->tempDirBytes = QFile::encodeName(target.absolutePath());

    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go straight to a temporary file
    options.tmpdir = state->tempDirBytes.data();
    options.use_zip64 = LXW_FALSE;
    state->workbook = workbook_new_opt(state->tempPathBytes.constData(), &options);
    if (!state->workbook) {
        state->discard();
        return writeError(path, QStringLiteral("workbook_new_opt failed"));
    }
    const QByteArray name = validSheetName(sheetName).toUtf8();
    state->sheet = workbook_add_worksheet(state->workbook, name.constData());
    if (!state->sheet)
        state->sheet = workbook_add_worksheet(state->workbook, nullptr);
    state->bold = workbook_add_format(state->workbook);
    if (!state->sheet || !state->bold) {
        state->discard();
        return writeError(path, QStringLiteral("workbook_add_worksheet failed"));
    }
    format_set_bold(state->bold);
    worksheet_freeze_panes(state->sheet, 1, 0);
    return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(state)));
}

Status XlsxWriter::writeRow(const QStringList& cells)
{
    State& s = *m_state;
    if (s.failure)
        return *s.failure;
    if (s.closed || !s.workbook)
        return Error::make(ErrorCode::Internal, XlsxText::tr("The XLSX file was already closed."));
    if (s.row >= LXW_ROW_MAX) {
        s.failure = Error::invalid(
            QStringLiteral("file"), XlsxText::tr("An XLSX sheet holds at most %1 rows.").arg(LXW_ROW_MAX));
        return *s.failure;
    }
    if (cells.size() > LXW_COL_MAX) {
        s.failure = Error::invalid(
            QStringLiteral("file"), XlsxText::tr("An XLSX sheet holds at most %1 columns.").arg(LXW_COL_MAX));
        return *s.failure;
    }
    if (s.row == 0 && !cells.isEmpty())
        worksheet_set_column(s.sheet, 0, lxw_col_t(cells.size() - 1), columnWidth, nullptr);
    lxw_format* format = s.row == 0 ? s.bold : nullptr;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (cells.at(c).isEmpty())
            continue;
        const QByteArray text = xlsx::encodeEscapes(cells.at(c)).toUtf8();
        const lxw_error error
            = worksheet_write_string(s.sheet, s.row, lxw_col_t(c), text.constData(), format);
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
            s.failure = Error::invalid(QStringLiteral("file"),
                XlsxText::tr(
                    "Row %1, column %2: the text is longer than the %3 characters an XLSX cell holds.")
                    .arg(s.row + 1)
                    .arg(xlsx::columnLetters(int(c)))
                    .arg(cellTextMax));
            return *s.failure;
        }
        if (error != LXW_NO_ERROR) {
            s.failure = writeError(s.path, QString::fromUtf8(lxw_strerror(error)));
            return *s.failure;
        }
    }
    ++s.row;
    return {};
}

void XlsxWriter::setRightToLeft(bool rtl)
{
    m_state->rightToLeft = rtl;
}

Status XlsxWriter::close()
{
    State& s = *m_state;
    if (s.closed)
        return {};
    if (s.failure) {
        s.discard();
        s.closed = true;
        return *s.failure;
    }
    if (s.rightToLeft)
        worksheet_right_to_left(s.sheet);
    const lxw_error error = workbook_close(s.workbook); // frees the workbook
    s.workbook = nullptr;
    s.closed = true;
    if (error != LXW_NO_ERROR) {
        s.discard();
        return writeError(s.path, QString::fromUtf8(lxw_strerror(error)));
    }
    syncFile(s.tempPath);
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(s.tempPath.toStdU16String()),
        std::filesystem::path(s.path.toStdU16String()), renameError);
    if (renameError) {
        s.discard();
        return writeError(s.path, QString::fromStdString(renameError.message()));
    }
    syncFile(QFileInfo(s.path).absolutePath());
    return {};
}

} // namespace peyvand::io
