#include "ImagePicker.h"

#include "FileChooser.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
constexpr int kPreviewWidth = 180;
constexpr int kPreviewHeight = 110;
// Files are read whole; anything this large is refused before reading (core's
// own limit is far below it and gives the exact message on save).
constexpr qint64 kReadLimit = 64ll * 1024 * 1024;
} // namespace

ImagePicker::ImagePicker(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_preview->setObjectName(QStringLiteral("imagePreview"));
    m_preview->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("QLabel { border: 1px dashed #94a3b8; border-radius: 4px; color: #64748b; }"));
    m_choose->setObjectName(QStringLiteral("chooseImageButton"));
    m_remove->setObjectName(QStringLiteral("removeImageButton"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &ImagePicker::choose);
    connect(m_remove, &QPushButton::clicked, this, &ImagePicker::clear);
    showPreview();
}

void ImagePicker::setImage(const sales::Image& image)
{
    m_image = image;
    m_problem.clear();
    showPreview();
}

bool ImagePicker::loadFile(const QString& path)
{
    QFile file(path);
    if (file.size() > kReadLimit) {
        m_problem = tr("The file is too large for an image.");
        showPreview();
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("The file could not be read.");
        showPreview();
        return false;
    }
    sales::Image image;
    image.data = file.readAll();
    image.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, image.data).name();
    m_image = image;
    m_problem.clear();
    showPreview();
    emit changed();
    return true;
}

void ImagePicker::choose()
{
    const QString path = FileChooser::openFile(this, m_title, tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImagePicker::clear()
{
    if (m_image.isNull())
        return;
    m_image = {};
    m_problem.clear();
    showPreview();
    emit changed();
}

void ImagePicker::showPreview()
{
    m_remove->setEnabled(!m_image.isNull());
    if (!m_problem.isEmpty()) {
        m_preview->setPixmap({});
        m_preview->setText(m_problem);
        return;
    }
    if (m_image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No image"));
        return;
    }
    QPixmap pixmap;
    if (!pixmap.loadFromData(m_image.data)) {
        m_preview->setPixmap({});
        m_preview->setText(tr("This file cannot be shown as an image."));
        return;
    }
    m_preview->setPixmap(pixmap.scaled(kPreviewWidth - 8, kPreviewHeight - 8, Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation));
}

} // namespace peyvand::ui
