#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUuid>

namespace peyvand::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdftotextPath() { return QStringLiteral(PEYVAND_PDFTOTEXT); }
QString pdffontsPath() { return QStringLiteral(PEYVAND_PDFFONTS); }
QString pdfinfoPath() { return QStringLiteral(PEYVAND_PDFINFO); }

PdfFile::PdfFile(const QByteArray& pdf)
    : m_path(QDir::temp().filePath(QStringLiteral("peyvand-test-%1.pdf")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))))
{
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

PdfFile::~PdfFile() { QFile::remove(m_path); }

QString PdfFile::text(int first, int last) const
{
    QStringList arguments = { QStringLiteral("-enc"), QStringLiteral("UTF-8") };
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last > 0 ? last : first);
    arguments << m_path << QStringLiteral("-");
    return run(pdftotextPath(), arguments);
}

QString PdfFile::fonts() const { return run(pdffontsPath(), { m_path }); }
QString PdfFile::info() const { return run(pdfinfoPath(), { m_path }); }

QString comparable(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200C || u == 0x200F
            || u == 0x200E)
            continue;
        result.append(c);
    }
    result = result.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression ignored(QStringLiteral("[\\s()]"));
    return result.remove(ignored);
}

} // namespace peyvand::test
