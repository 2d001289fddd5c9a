#include "FormRows.h"

#include "FieldFeedback.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand::ui {

QLabel* addFieldRow(QFormLayout* form, FieldFeedback* feedback, const QString& field, const QString& caption,
                    QWidget* editor, bool compact)
{
    QWidget* parent = form->parentWidget();
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor, 0, compact ? Qt::AlignLeft : Qt::Alignment()); // AlignLeft is the start side in RTL
    layout->addWidget(feedback->addField(field, editor, box));
    auto* label = new QLabel(caption, parent);
    label->setBuddy(editor);
    form->addRow(label, box);
    return label;
}

} // namespace peyvand::ui
