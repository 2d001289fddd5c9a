#include "DocumentTestSupport.h"

#include "AttachmentListModel.h"
#include "AttachmentsDialog.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "DocumentPrinting.h"
#include "FileDialogs.h"
#include "PrintOptionsDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QTemporaryDir>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;
using ui::FileDialogs;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

TEST_CASE("Printing paints through core's renderer, Export PDF writes the file", "[ui][documents][print]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::DocumentFixture f;
    const sales::Document quote = f.issue(f.quote(f.customer(u8("شرکت فناوران پارس"))).id);
    ui::DocumentPrinting printing(*f.services);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const Result<documents::Printable> printable = printing.printable(quote.id);
    REQUIRE(printable.hasValue());
    CHECK(printable->document.number == quote.number);
    CHECK(printable->document.buyer.name == u8("شرکت فناوران پارس"));
    CHECK_FALSE(printing.printable(9999).hasValue());

    SECTION("the default options follow the interface language")
    {
        CHECK(printing.defaultOptions().language == documents::DocumentLanguage::Persian);
        test::UiLanguage english(i18n::Language::English);
        CHECK(printing.defaultOptions().language == documents::DocumentLanguage::English);
        CHECK(printing.defaultOptions().paper == documents::Paper::A4);
    }

    SECTION("a QPrinter is a paged paint device for the renderer")
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        const Result<int> pages = ui::DocumentPrinting::paint(*printable, printing.defaultOptions(), printer);
        REQUIRE(pages.hasValue());
        CHECK(*pages >= 1);
        CHECK(readAll(dir.filePath(QStringLiteral("printed.pdf"))).startsWith("%PDF"));
    }

    SECTION("Export PDF asks for a file and writes it")
    {
        const QString path = dir.filePath(QStringLiteral("quote.pdf"));
        FileDialogs::scriptPaths({ path });
        CHECK(printing.exportPdfInteractively(nullptr, quote.id));
        CHECK(readAll(path).startsWith("%PDF"));
        FileDialogs::scriptPaths({ QString() }); // cancelled
        CHECK_FALSE(printing.exportPdfInteractively(nullptr, quote.id));
        CHECK(ui::DocumentPrinting::suggestedFileName(quote) == quote.number + QStringLiteral(".pdf"));
    }

    SECTION("the print options dialog gives back what was chosen")
    {
        documents::RenderOptions options;
        options.paper = documents::Paper::A5;
        options.orientation = QPageLayout::Landscape;
        options.copy = documents::CopyLabel::Accounting;
        options.language = documents::DocumentLanguage::English;
        options.displayToman = true;
        ui::PrintOptionsDialog dialog(options);
        documents::RenderOptions back = dialog.options();
        CHECK(back.paper == documents::Paper::A5);
        CHECK(back.orientation == QPageLayout::Landscape);
        CHECK(back.copy == documents::CopyLabel::Accounting);
        CHECK(back.language == documents::DocumentLanguage::English);
        CHECK(back.displayToman);
        dialog.copyBox()->setCurrentIndex(dialog.copyBox()->findData(int(documents::CopyLabel::Archive)));
        dialog.languageBox()->setCurrentIndex(0);
        back = dialog.options();
        CHECK(back.copy == documents::CopyLabel::Archive);
        CHECK(back.language == documents::DocumentLanguage::Persian);
    }
}

TEST_CASE("Attachments: add, save a copy, remove, core's size limit is shown", "[ui][documents][attachments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::DocumentFixture f;
    const sales::Document quote = f.quote(f.customer(QStringLiteral("Ali")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString contract = dir.filePath(QStringLiteral("contract.txt"));
    REQUIRE(writeFile(contract, QByteArray("signed by both parties")));
    Dialogs::takeShownTexts();

    ui::DocumentActions actions(*f.services, nullptr);
    actions.setDocument(quote.id);
    REQUIRE(actions.attachmentsAction()->isVisible());
    ui::AttachmentsDialog* dialog = actions.openAttachments();
    REQUIRE(dialog);
    CHECK(dialog->model()->rowCount() == 0);

    REQUIRE(dialog->addFile(contract, sales::Attachment::Purpose::Contract));
    REQUIRE(dialog->model()->rowCount() == 1);
    const sales::Attachment* listed = dialog->model()->attachmentAt(0);
    CHECK(listed->fileName == QStringLiteral("contract.txt"));
    CHECK(listed->purpose == sales::Attachment::Purpose::Contract);
    CHECK(listed->size == 22);
    CHECK(f.services->documents.attachments(quote.id).valueOr({}).size() == 1);

    SECTION("a copy on disk has the same bytes")
    {
        const QString copy = dir.filePath(QStringLiteral("copy.txt"));
        REQUIRE(dialog->saveCopy(0, copy));
        CHECK(readAll(copy) == QByteArray("signed by both parties"));
        CHECK(dialog->messageLabel()->text().contains(QStringLiteral("copy.txt")));
    }

    SECTION("removing asks first")
    {
        Dialogs::scriptAnswers({ Dialogs::Answer::No });
        CHECK_FALSE(dialog->removeAt(0));
        CHECK(dialog->model()->rowCount() == 1);
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        CHECK(dialog->removeAt(0));
        CHECK(dialog->model()->rowCount() == 0);
        CHECK(f.services->documents.attachments(quote.id).valueOr({}).isEmpty());
    }

    SECTION("a file over the limit is refused with core's message")
    {
        const QString big = dir.filePath(QStringLiteral("scan.bin"));
        REQUIRE(writeFile(big, QByteArray(int(sales::DocumentService::kMaxAttachmentBytes) + 10, 'x')));
        CHECK_FALSE(dialog->addFile(big, sales::Attachment::Purpose::AccountingInvoice));
        CHECK(dialog->model()->rowCount() == 1);
        CHECK(dialog->messageLabel()->isVisibleTo(dialog));
        CHECK_FALSE(dialog->messageLabel()->text().isEmpty());
        CHECK_FALSE(dialog->addFile(dir.filePath(QStringLiteral("missing.pdf")), sales::Attachment::Purpose::Other));
    }
    dialog->close();
    test::settle();
}
