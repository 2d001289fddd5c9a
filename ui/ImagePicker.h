#pragma once

#include "sales/CompanyProfile.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace peyvand::ui {

// An image field of the company profile (logo, stamp): a preview, "Choose…"
// to read an image file and "Remove". It only holds the bytes and their type;
// whether they are acceptable (size, format) is decided by core on save.
class ImagePicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePicker)

public:
    // `title` names the image in the file dialog ("Choose the logo").
    ImagePicker(const QString& title, QWidget* parent = nullptr);

    const sales::Image& image() const { return m_image; }
    void setImage(const sales::Image& image);
    // Reads an image file; false (with the reason shown) when it cannot be read.
    bool loadFile(const QString& path);
    // Asks for a file (FileChooser) and loads it.
    void choose();
    void clear();

    QLabel* preview() const { return m_preview; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* removeButton() const { return m_remove; }
    // Why the last file could not be read, empty when it could.
    QString problem() const { return m_problem; }

signals:
    void changed();

private:
    void showPreview();

    QString m_title;
    sales::Image m_image;
    QString m_problem;
    QLabel* m_preview = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace peyvand::ui
