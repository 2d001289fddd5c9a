#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace peyvand::ui {

// The one place the UI asks the user a question or tells them something in a
// message box. Tests script the answers (like KeePassXC's
// MessageBox::setNextAnswer) and switch interaction off so that no test ever
// blocks on a modal dialog.
class Dialogs final {
public:
    enum class Answer { Yes, No };

    // A yes/no question; `yesText` names the action ("Delete", "Create demo data").
    // `noText` names the other choice ("Quit"); empty: Cancel.
    static Answer ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                      Answer defaultAnswer = Answer::No, const QString& noText = {});
    static void inform(QWidget* parent, const QString& title, const QString& text);
    static void error(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});

    // --- for tests -------------------------------------------------------
    // Answers given, in order, to the next questions instead of showing them.
    static void scriptAnswers(const QList<Answer>& answers);
    // When off, nothing is ever shown: questions take the scripted answer or
    // their default, messages are only recorded.
    static void setInteractive(bool interactive);
    static bool isInteractive();
    // Texts of every question and message since the last call (then cleared).
    static QStringList takeShownTexts();

private:
    Dialogs() = delete;
};

} // namespace peyvand::ui
