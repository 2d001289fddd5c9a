#include "XlsxTestSupport.h"
#include "io/XlsxPackage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::io;
using namespace peyvand::test;

namespace {

std::unique_ptr<XlsxWriter> created(const QString& path, const QString& sheet = QStringLiteral("Customers"))
{
    auto writer = XlsxWriter::create(path, sheet);
    REQUIRE(writer);
    return std::move(*writer);
}

void writeRows(XlsxWriter& writer, const QList<QStringList>& rows)
{
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row));
}

QString partText(const QString& path, const QString& part)
{
    auto package = xlsx::XlsxPackage::open(path, XlsxLimits {});
    REQUIRE(package);
    auto device = (*package)->openPart(part);
    REQUIRE(device);
    return QString::fromUtf8((*device)->readAll());
}

QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("Written rows read back as the same text", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    const QList<QStringList> rows {
        strings({ "name", "mobile", "national_id", "notes" }),
        strings({ "علی رضایی", "09121234567", "0012345678", "=SUM(A1:A2)" }),
        strings({ "Sara", "+989351234567", "", "  spaces kept  " }),
        strings({ "Ünïcode ✓", "12.50", "1e5", "line\nbreak\tand tab" }),
    };
    auto writer = created(path);
    writeRows(*writer, rows);
    REQUIRE(writer->close());

    auto source = openXlsx(path);
    REQUIRE(source);
    CHECK((*source)->headers() == rows.at(0));
    const auto read = readAllRows(**source);
    REQUIRE(read.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(read.at(i).line == i + 2);
        CHECK(read.at(i).cells == rows.at(i + 1));
    }
}

TEST_CASE("A Persian file name is written and read", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u8("مشتری‌ها.xlsx"));
    auto writer = created(path);
    writeRows(*writer, { strings({ "name" }), strings({ "علی" }) });
    REQUIRE(writer->close());
    CHECK(filesIn(dir) == QStringList { u8("مشتری‌ها.xlsx") });
    auto source = openXlsx(path);
    REQUIRE(source);
    CHECK(readAllRows(**source).at(0).cells == strings({ "علی" }));
}

TEST_CASE("Every cell is written as text, never as a number or formula", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.xlsx"));
    auto writer = created(path);
    writeRows(*writer, { strings({ "mobile", "f" }), strings({ "09121234567", "=1+1" }) });
    REQUIRE(writer->close());
    const QString sheet = partText(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains(u"t=\"inlineStr\""));
    CHECK_FALSE(sheet.contains(u"<f>"));
    CHECK_FALSE(sheet.contains(u"<v>"));
}

TEST_CASE("The first row is bold and frozen, right to left on request", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString ltrPath = dir.filePath(QStringLiteral("ltr.xlsx"));
    const QString rtlPath = dir.filePath(QStringLiteral("rtl.xlsx"));
    for (const QString& path : { ltrPath, rtlPath }) {
        auto writer = created(path);
        writer->setRightToLeft(path == rtlPath);
        writeRows(*writer, { strings({ "name" }), strings({ "Ali" }) });
        REQUIRE(writer->close());
    }
    const QString ltr = partText(ltrPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString rtl = partText(rtlPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(ltr.contains(u"state=\"frozen\""));
    CHECK(ltr.contains(u"ySplit=\"1\""));
    CHECK_FALSE(ltr.contains(u"rightToLeft"));
    CHECK(rtl.contains(u"rightToLeft=\"1\""));
    CHECK(partText(ltrPath, QStringLiteral("xl/styles.xml")).contains(u"<b/>"));
    // The header cell has the bold format; the data cell has none.
    CHECK(ltr.contains(u"<c r=\"A1\" s=\"1\""));
    CHECK(ltr.contains(u"<c r=\"A2\" t="));
}

TEST_CASE("The sheet is named as asked, made valid when it is not", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString persian = dir.filePath(QStringLiteral("fa.xlsx"));
    auto writer = created(persian, u8("مشتریان"));
    writeRows(*writer, { strings({ "a" }) });
    REQUIRE(writer->close());
    CHECK(xlsxSheetNames(persian).valueOr({}) == strings({ "مشتریان" }));

    const QString odd = dir.filePath(QStringLiteral("odd.xlsx"));
    writer = created(odd, QStringLiteral("a/b:c*d?[e]' and a name far longer than thirty-one"));
    REQUIRE(writer->close());
    const auto names = xlsxSheetNames(odd);
    REQUIRE(names);
    REQUIRE(names->size() == 1);
    CHECK(names->at(0) == QStringLiteral("a_b_c_d__e_' and a name far lon"));

    const QString empty = dir.filePath(QStringLiteral("empty.xlsx"));
    writer = created(empty, QString());
    REQUIRE(writer->close());
    CHECK(xlsxSheetNames(empty).valueOr({}) == strings({ "Sheet1" }));
}

TEST_CASE("Empty cells are gaps that read back empty", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gaps.xlsx"));
    auto writer = created(path);
    writeRows(*writer,
        { strings({ "a", "b", "c", "d" }), strings({ "", "2", "", "" }), strings({ "", "", "", "" }),
            strings({ "1" }) });
    REQUIRE(writer->close());
    auto source = openXlsx(path);
    REQUIRE(source);
    const auto rows = readAllRows(**source);
    REQUIRE(rows.size() == 2); // the empty row is not a record
    CHECK(rows.at(0).cells == strings({ "", "2", "", "" }));
    CHECK(rows.at(0).line == 2);
    CHECK(rows.at(1).cells == strings({ "1", "", "", "" }));
    CHECK(rows.at(1).line == 4);
}

TEST_CASE("Control characters and literal escapes survive a round trip", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("escapes.xlsx"));
    const QStringList values { QStringLiteral("a\rb"), QString(QChar(1)) + QStringLiteral("x"),
        QStringLiteral("_x0041_"), QStringLiteral("x\x1F\x0B"), QString(QChar(0xFFFE)) };
    auto writer = created(path);
    writeRows(*writer, { strings({ "1", "2", "3", "4", "5" }), values });
    REQUIRE(writer->close());
    auto source = openXlsx(path);
    REQUIRE(source);
    const auto rows = readAllRows(**source);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells == values);
}

TEST_CASE("The file appears at its path only on close", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.xlsx"));
    auto writer = created(path);
    writeRows(*writer, { strings({ "name" }), strings({ "Ali" }) });
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(writer->close());
    CHECK(QFile::exists(path));
    CHECK(filesIn(dir) == QStringList { QStringLiteral("late.xlsx") });
    CHECK(writer->close()); // a second close changes nothing
    CHECK_FALSE(writer->writeRow(strings({ "more" })));
}

TEST_CASE("Without close nothing is left behind", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.xlsx"));
    {
        auto writer = created(path);
        writeRows(*writer, { strings({ "name" }), strings({ "Ali" }) });
        CHECK(filesIn(dir).size() == 1); // the temporary file beside it
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("An existing file is replaced whole on close and kept until then", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.xlsx"));
    auto first = created(path);
    writeRows(*first, { strings({ "name" }), strings({ "old" }) });
    REQUIRE(first->close());

    auto second = created(path);
    writeRows(*second, { strings({ "name" }), strings({ "new" }) });
    {
        auto before = openXlsx(path);
        REQUIRE(before);
        CHECK(readAllRows(**before).at(0).cells == strings({ "old" }));
    }
    REQUIRE(second->close());
    auto after = openXlsx(path);
    REQUIRE(after);
    CHECK(readAllRows(**after).at(0).cells == strings({ "new" }));
}

TEST_CASE("A folder that is not there is an I/O error at once", "[xlsx][writer]")
{
    QTemporaryDir dir;
    auto writer = XlsxWriter::create(dir.filePath(QStringLiteral("missing/out.xlsx")), QStringLiteral("S"));
    REQUIRE_FALSE(writer);
    CHECK(writer.error().code == ErrorCode::Io);
    CHECK(writer.error().message.contains(u"out.xlsx"));
}

TEST_CASE("Text longer than a cell holds fails the export and leaves nothing", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    auto writer = created(path);
    REQUIRE(writer->writeRow(strings({ "notes" })));
    REQUIRE(writer->writeRow({ QString(32767, u'x') }));
    const auto tooLong = writer->writeRow({ QStringLiteral("a"), QString(32768, u'x') });
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().field == u"file");
    CHECK(tooLong.error().message.contains(u"Row 3, column B"));
    CHECK_FALSE(writer->writeRow(strings({ "later" })));
    CHECK_FALSE(writer->close());
    CHECK_FALSE(QFile::exists(path));
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("A longest cell reads back whole", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("longest.xlsx"));
    const QString longest = QString(32767, u8("ی").at(0));
    auto writer = created(path);
    writeRows(*writer, { strings({ "notes" }), { longest } });
    REQUIRE(writer->close());
    auto source = openXlsx(path);
    REQUIRE(source);
    const auto rows = readAllRows(**source);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(0) == longest);
}

TEST_CASE("Thousands of rows read back in order with their row numbers", "[xlsx][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    constexpr int count = 20000;
    auto writer = created(path);
    REQUIRE(writer->writeRow(strings({ "n", "name", "mobile" })));
    for (int i = 0; i < count; ++i) {
        REQUIRE(writer->writeRow({ QString::number(i), u8("مشتری ") + QString::number(i),
            QStringLiteral("0912%1").arg(i, 7, 10, QLatin1Char('0')) }));
    }
    REQUIRE(writer->close());

    auto source = openXlsx(path);
    REQUIRE(source);
    qint64 lastPosition = 0;
    for (int i = 0; i < count; ++i) {
        auto row = (*source)->next();
        REQUIRE(row);
        REQUIRE(*row);
        REQUIRE((*row)->line == i + 2);
        REQUIRE((*row)->cells.at(0) == QString::number(i));
        REQUIRE((*row)->cells.at(2) == QStringLiteral("0912%1").arg(i, 7, 10, QLatin1Char('0')));
        REQUIRE((*source)->position() >= lastPosition);
        lastPosition = (*source)->position();
    }
    auto end = (*source)->next();
    REQUIRE(end);
    CHECK_FALSE(*end);
    CHECK((*source)->position() == (*source)->size());
}
