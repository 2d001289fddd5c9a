#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace peyvand::ui {

class FieldFeedback;

// A form row whose editor has its inline message (FieldFeedback) right under
// it: the caption is the editor's buddy. Returns the caption.
QLabel* addFieldRow(QFormLayout* form, FieldFeedback* feedback, const QString& field, const QString& caption,
                    QWidget* editor);

} // namespace peyvand::ui
