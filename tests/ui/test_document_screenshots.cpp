// Hidden test case ([.screenshots]) rendering the document dialogs and the
// print preview to PNG files for a human to look at:
//   PEYVAND_SHOTS=/tmp/shots ./test_ui "[.screenshots]"
#include "DocumentTestSupport.h"

#include "AttachmentsDialog.h"
#include "DocumentActions.h"
#include "DocumentPrinting.h"
#include "PrintOptionsDialog.h"

#include <QDir>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>

using namespace peyvand;
using peyvand::test::u8;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}
} // namespace

TEST_CASE("Screenshots of the print options, the print preview and the attachments", "[.screenshots]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        test::DocumentFixture f;
        const sales::Document quote = f.issue(
            f.quote(f.customer(u8("شرکت فناوران پارس")),
                    { test::documentLine(u8("لپ‌تاپ ایسوس"), 185000000, 2000),
                      test::documentLine(u8("کابل شبکه Cat6"), 4500000, 12750) })
                .id);
        ui::DocumentPrinting printing(*f.services);

        ui::PrintOptionsDialog options(printing.defaultOptions());
        options.show();
        save(options, QStringLiteral("print-options-") + suffix);

        const Result<documents::Printable> printable = printing.printable(quote.id);
        REQUIRE(printable.hasValue());
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewWidget preview(&printer);
        QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview, [&](QPrinter* target) {
            CHECK(ui::DocumentPrinting::paint(*printable, printing.defaultOptions(), *target).hasValue());
        });
        preview.resize(900, 1000);
        preview.show();
        preview.updatePreview();
        preview.fitInView();
        save(preview, QStringLiteral("print-preview-") + suffix);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contract.pdf"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4 signed contract");
        out.close();
        ui::AttachmentsDialog attachments(f.services->documents, quote.id, quote.number);
        REQUIRE(attachments.addFile(file, sales::Attachment::Purpose::Contract));
        attachments.show();
        save(attachments, QStringLiteral("attachments-") + suffix);
    }
}
