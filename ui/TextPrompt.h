#pragma once

#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace peyvand::ui {

// Asks for one line of text (such as why a deal was lost). Like Dialogs,
// tests script the answers so that no test blocks on a modal dialog.
class TextPrompt final {
public:
    // The text typed (possibly empty), or nothing when the user cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& label,
                                      const QString& initial = {});

    // --- for tests -------------------------------------------------------
    // Answers given, in order, instead of showing the prompt; std::nullopt
    // stands for "cancelled". With none scripted and Dialogs not interactive,
    // the prompt answers "cancelled".
    static void scriptAnswers(const QList<std::optional<QString>>& answers);
    static bool hasScriptedAnswers();

private:
    TextPrompt() = delete;
};

} // namespace peyvand::ui
