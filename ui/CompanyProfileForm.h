#pragma once

#include "common/Error.h"
#include "sales/CompanyProfile.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace peyvand::ui {

class FieldFeedback;
class ImagePicker;

// The seller as printed on every document: name, identifiers, address and
// contact, logo and stamp. Edits a sales::CompanyProfile; saving and checking
// are the settings page's and core's business.
class CompanyProfileForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyProfileForm)

public:
    explicit CompanyProfileForm(QWidget* parent = nullptr);

    void load(const sales::CompanyProfile& profile);
    // Writes the fields of this form into `profile`, leaving the others.
    void collectInto(sales::CompanyProfile& profile) const;
    // Shows a core error next to the field it names; false when the field is not on this form.
    bool showError(const Error& error);

    // The editor of a text field by its core identifier ("name", "economic_code", …).
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    ImagePicker* logoPicker() const { return m_logo; }
    ImagePicker* stampPicker() const { return m_stamp; }
    FieldFeedback* feedback() const { return m_feedback; }

signals:
    void edited();

private:
    QWidget* createIdentityGroup();
    QWidget* createContactGroup();
    QWidget* createImagesGroup();
    QLineEdit* addLine(QFormLayout* form, const QString& field, const QString& caption);

    FieldFeedback* m_feedback = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    ImagePicker* m_logo = nullptr;
    ImagePicker* m_stamp = nullptr;
};

} // namespace peyvand::ui
