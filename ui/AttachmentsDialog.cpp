#include "AttachmentsDialog.h"

#include "AttachmentListModel.h"
#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using sales::Attachment;

AttachmentsDialog::AttachmentsDialog(sales::DocumentService& documents, qint64 documentId,
                                     const QString& documentName, QWidget* parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_documentId(documentId)
    , m_model(new AttachmentListModel(this))
    , m_table(new QTableView(this))
    , m_purpose(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentsDialog"));
    setWindowTitle(tr("Attachments of %1").arg(Display::isolate(documentName)));
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttachmentListModel::NameColumn, QHeaderView::Stretch);
    for (const Attachment::Purpose purpose :
         { Attachment::Purpose::Contract, Attachment::Purpose::AccountingInvoice, Attachment::Purpose::Other })
        m_purpose->addItem(AttachmentListModel::purposeName(purpose), int(purpose));
    m_message->setWordWrap(true);
    m_message->setAlignment(Display::leadingAlignment());
    m_message->hide();

    auto* add = new QPushButton(tr("Add file…"), this);
    add->setObjectName(QStringLiteral("addAttachmentButton"));
    m_save = new QPushButton(tr("Save a copy…"), this);
    m_remove = new QPushButton(tr("Remove…"), this);
    connect(add, &QPushButton::clicked, this, &AttachmentsDialog::chooseAndAdd);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsDialog::chooseAndSave);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAt(currentRow()); });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("New file is a:"), this));
    actions->addWidget(m_purpose);
    actions->addWidget(add);
    actions->addStretch(1);
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AttachmentsDialog::updateButtons);
    reload();
    resize(720, 380);
}

void AttachmentsDialog::reload()
{
    Result<QList<Attachment>> attachments = m_documents.attachments(m_documentId);
    if (!attachments) {
        showMessage(ErrorText::describe(attachments.error()), true);
        m_model->setAttachments({});
    } else {
        m_model->setAttachments(*attachments);
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

int AttachmentsDialog::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void AttachmentsDialog::updateButtons()
{
    const bool selected = m_model->attachmentAt(currentRow()) != nullptr;
    ExportPolicy::apply(m_save, ExportPolicy::Kind::Export, selected);
    m_remove->setEnabled(selected);
}

void AttachmentsDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b91c1c; }") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool AttachmentsDialog::addFile(const QString& path, Attachment::Purpose purpose)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("“%1” could not be read.").arg(QFileInfo(path).fileName()), true);
        return false;
    }
    Attachment attachment;
    attachment.purpose = purpose;
    attachment.fileName = QFileInfo(path).fileName();
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    // Reading one byte more than the limit is enough for core to refuse a
    // file that is too large, without loading all of it.
    attachment.data = file.read(sales::DocumentService::kMaxAttachmentBytes + 1);
    attachment.size = attachment.data.size();
    const Result<Attachment> added = m_documents.addAttachment(m_documentId, attachment);
    if (!added) {
        showMessage(ErrorText::describe(added.error()), true);
        return false;
    }
    reload();
    const int row = [this, id = added->id] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->attachmentAt(r)->id == id)
                return r;
        return 0;
    }();
    m_table->setCurrentIndex(m_model->index(row, 0));
    showMessage(tr("“%1” added.").arg(Display::isolate(attachment.fileName)), false);
    emit attachmentsChanged(m_documentId);
    return true;
}

void AttachmentsDialog::chooseAndAdd()
{
    const QString path = FileDialogs::openFile(this, tr("Attach a file"));
    if (!path.isEmpty())
        addFile(path, Attachment::Purpose(m_purpose->currentData().toInt()));
}

bool AttachmentsDialog::saveCopy(int row, const QString& path)
{
    const Attachment* listed = m_model->attachmentAt(row);
    if (!listed)
        return false;
    const Result<Attachment> full = m_documents.attachment(listed->id);
    if (!full) {
        showMessage(ErrorText::describe(full.error()), true);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(full->data) != full->data.size() || !out.commit()) {
        showMessage(tr("“%1” could not be written.").arg(QFileInfo(path).fileName()), true);
        return false;
    }
    showMessage(tr("Saved a copy as “%1”.").arg(Display::isolate(QFileInfo(path).fileName())), false);
    return true;
}

void AttachmentsDialog::chooseAndSave()
{
    if (!ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return;
    const Attachment* listed = m_model->attachmentAt(currentRow());
    if (!listed)
        return;
    const QString path = FileDialogs::saveFile(this, tr("Save a copy"), listed->fileName);
    if (!path.isEmpty())
        saveCopy(currentRow(), path);
}

bool AttachmentsDialog::removeAt(int row)
{
    const Attachment* listed = m_model->attachmentAt(row);
    if (!listed)
        return false;
    const QString question = tr("Remove “%1” from this document? The file is deleted from the database.")
                                 .arg(Display::isolate(listed->fileName));
    if (Dialogs::ask(this, tr("Remove attachment"), question, tr("Remove")) != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_documents.removeAttachment(listed->id);
    if (!removed) {
        showMessage(ErrorText::describe(removed.error()), true);
        return false;
    }
    reload();
    showMessage({}, false);
    emit attachmentsChanged(m_documentId);
    return true;
}

} // namespace peyvand::ui
