#include "TextPrompt.h"

#include "Dialogs.h"

#include <QInputDialog>

namespace peyvand::ui {

namespace {
QList<std::optional<QString>>& scripted()
{
    static QList<std::optional<QString>> answers;
    return answers;
}
} // namespace

std::optional<QString> TextPrompt::ask(QWidget* parent, const QString& title, const QString& label,
                                       const QString& initial)
{
    if (!scripted().isEmpty())
        return scripted().takeFirst();
    if (!Dialogs::isInteractive())
        return std::nullopt;
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void TextPrompt::scriptAnswers(const QList<std::optional<QString>>& answers)
{
    scripted() = answers;
}

bool TextPrompt::hasScriptedAnswers()
{
    return !scripted().isEmpty();
}

} // namespace peyvand::ui
