#pragma once

#include <QString>
#include <Qt>

class QFormLayout;
class QLabel;
class QWidget;

namespace peyvand::ui {

class FieldFeedback;

// A form row whose editor has its inline message (FieldFeedback) right under
// it: the caption is the editor's buddy. Returns the caption. `compact`:
// the editor keeps its own width at the start of the row instead of growing.
QLabel* addFieldRow(QFormLayout* form, FieldFeedback* feedback, const QString& field, const QString& caption,
                    QWidget* editor, bool compact = false);

} // namespace peyvand::ui
