#include "Dialogs.h"

#include <QMessageBox>
#include <QPushButton>

namespace peyvand::ui {

namespace {
struct DialogsState {
    QList<Dialogs::Answer> scripted;
    bool interactive = true;
    QStringList shown;
};

DialogsState& state()
{
    static DialogsState s;
    return s;
}
} // namespace

Dialogs::Answer Dialogs::ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                             Answer defaultAnswer, const QString& noText)
{
    state().shown << text;
    if (!state().scripted.isEmpty())
        return state().scripted.takeFirst();
    if (!state().interactive)
        return defaultAnswer;

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton* no = noText.isEmpty() ? box.addButton(QMessageBox::Cancel) : box.addButton(noText, QMessageBox::RejectRole);
    box.setDefaultButton(defaultAnswer == Answer::Yes ? yes : no);
    box.exec();
    return box.clickedButton() == yes ? Answer::Yes : Answer::No;
}

void Dialogs::inform(QWidget* parent, const QString& title, const QString& text)
{
    state().shown << text;
    if (!state().interactive)
        return;
    QMessageBox::information(parent, title, text);
}

void Dialogs::error(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    state().shown << text;
    if (!state().interactive)
        return;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

void Dialogs::scriptAnswers(const QList<Answer>& answers)
{
    state().scripted = answers;
}

void Dialogs::setInteractive(bool interactive)
{
    state().interactive = interactive;
}

bool Dialogs::isInteractive()
{
    return state().interactive;
}

QStringList Dialogs::takeShownTexts()
{
    return std::exchange(state().shown, {});
}

} // namespace peyvand::ui
