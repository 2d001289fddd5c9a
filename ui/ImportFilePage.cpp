#include "ImportFilePage.h"

#include "Display.h"
#include "ErrorText.h"
#include "FileDialogs.h"
#include "ImportSession.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace peyvand::ui {

using io::SourceFormat;
using io::TextEncoding;

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_format(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_notices(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A customer list saved as CSV, TSV, an Excel workbook (XLSX) or vCard contacts. "
                   "Nothing is imported until the last step."));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("CSV (values separated by commas or semicolons)"), int(SourceFormat::Csv));
    m_format->addItem(tr("TSV (values separated by tabs)"), int(SourceFormat::Tsv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(SourceFormat::Xlsx));
    m_format->addItem(tr("vCard contacts (VCF)"), int(SourceFormat::VCard));
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Automatic"), int(TextEncoding::Auto));
    for (TextEncoding e : { TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Windows1256 })
        m_encoding->addItem(io::encodingLabel(e), int(e));
    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Display::leadingAlignment());
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->setObjectName(QStringLiteral("importNotices"));
    m_notices->setWordWrap(true);
    m_notices->setAlignment(Display::leadingAlignment());
    m_notices->setStyleSheet(QStringLiteral("color: #92400e;"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    m_sheetLabel = new QLabel(tr("Sheet:"), this);
    form->addRow(m_sheetLabel, m_sheet);
    m_encodingLabel = new QLabel(tr("Text encoding:"), this);
    form->addRow(m_encodingLabel, m_encoding);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_notices);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_session.setFormat(SourceFormat(m_format->currentData().toInt()));
        showChoices();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        // The first sheet is what an empty choice reads.
        m_session.setSheet(m_sheet->currentIndex() <= 0 ? QString() : m_sheet->currentText());
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this,
            [this] { m_session.setEncoding(TextEncoding(m_encoding->currentData().toInt())); });
    connect(&m_session, &ImportSession::sheetsChanged, this, &ImportFilePage::showSheets);
    connect(&m_session, &ImportSession::previewChanged, this, [this] {
        showStatus();
        emit completeChanged();
    });
    connect(&m_session, &ImportSession::loadingChanged, this, [this] {
        showStatus();
        emit completeChanged();
    });
    showChoices();
    showStatus();
}

bool ImportFilePage::isComplete() const
{
    return m_session.hasPreview() && !m_session.isLoading();
}

bool ImportFilePage::chooseFile()
{
    const QString path = FileDialogs::openFile(
        this, tr("Import customers"),
        tr("Customer lists (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and TSV (*.csv *.tsv *.txt);;"
           "Excel workbooks (*.xlsx);;vCard contacts (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return false;
    setFile(path);
    return true;
}

void ImportFilePage::setFile(const QString& path)
{
    m_session.setFile(path);
    showChoices();
}

void ImportFilePage::showChoices()
{
    const io::SourceOptions& source = m_session.options().source;
    {
        const QSignalBlocker blockFormat(m_format);
        const QSignalBlocker blockEncoding(m_encoding);
        m_path->setText(QDir::toNativeSeparators(m_session.path()));
        m_format->setCurrentIndex(m_format->findData(int(source.format)));
        m_encoding->setCurrentIndex(m_encoding->findData(int(source.encoding)));
    }
    const bool workbook = source.format == SourceFormat::Xlsx;
    m_encodingLabel->setVisible(!workbook); // a workbook says its own encoding
    m_encoding->setVisible(!workbook);
    showSheets();
}

void ImportFilePage::showSheets()
{
    const bool workbook = m_session.options().source.format == SourceFormat::Xlsx;
    const QSignalBlocker block(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(m_session.sheets());
    const QString chosen = m_session.options().source.sheet;
    m_sheet->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, int(m_sheet->findText(chosen))));
    m_sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    m_sheet->setEnabled(m_sheet->count() > 1);
}

void ImportFilePage::showStatus()
{
    m_notices->clear();
    m_notices->setVisible(false);
    m_status->setStyleSheet(QString());
    if (m_session.path().isEmpty()) {
        m_status->setText(tr("Choose a file to see how it will be read."));
        return;
    }
    if (m_session.isLoading()) {
        m_status->setText(tr("Reading the file…"));
        return;
    }
    if (const std::optional<Error>& error = m_session.previewError()) {
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_status->setText(tr("The file cannot be imported: %1").arg(ErrorText::describe(*error)));
        return;
    }
    if (!m_session.hasPreview())
        return;
    const exchange::ImportPreview& preview = m_session.preview();
    QStringList lines;
    if (m_session.options().source.format != SourceFormat::Xlsx) {
        const QString encoding = io::encodingLabel(preview.encoding);
        lines << (m_session.options().source.encoding == TextEncoding::Auto
                      ? tr("Detected text encoding: %1.").arg(encoding)
                      : tr("Read as %1.").arg(encoding));
    }
    if (!preview.delimiter.isNull()) {
        const QString shown = preview.delimiter == QLatin1Char('\t') ? tr("tab") : QString(preview.delimiter);
        lines << tr("Values are separated by “%1”.").arg(shown);
    }
    lines << tr("%1 columns; the first %2 rows are shown on the next page.")
                 .arg(Display::number(preview.headers.size()), Display::number(preview.rows.size()));
    m_status->setText(lines.join(QLatin1Char(' ')));
    if (!preview.notices.isEmpty()) {
        m_notices->setText(Display::digits(preview.notices.join(QLatin1Char('\n'))));
        m_notices->setVisible(true);
    }
}

} // namespace peyvand::ui
