#include "PassphraseDialog.h"

#include "Dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
struct ScriptState {
    QStringList answers;
    QStringList prompts;
};

ScriptState& script()
{
    static ScriptState s;
    return s;
}
} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_first(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(prompt, this);
    text->setWordWrap(true);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase"), m_first);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    if (mode == Mode::Choose) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Again"), m_second);
        m_strength->setObjectName(QStringLiteral("passphraseStrength"));
        form->addRow(QString(), m_strength);
        auto* warning = new QLabel(tr("Write the passphrase down and keep it somewhere safe. Nobody can open the "
                                      "encrypted backups without it: a lost passphrase means lost backups."),
                                   this);
        warning->setObjectName(QStringLiteral("passphraseWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("background: #fef3c7; color: #78350f; padding: 8px; border-radius: 4px;"));
        layout->addWidget(warning);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    } else {
        m_strength->hide();
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    updateState();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

PassphraseDialog::Strength PassphraseDialog::strengthOf(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return Strength::Empty;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isDigit())
            digit = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else
            other = true; // Persian letters, spaces, symbols
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype length = passphrase.size();
    if (length >= 20 || (length >= 14 && kinds >= 2))
        return Strength::Strong;
    if (length >= 10 && kinds >= 2)
        return Strength::Fair;
    return Strength::Weak;
}

void PassphraseDialog::updateState()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_mode == Mode::Enter) {
        ok->setEnabled(!m_first->text().isEmpty());
        return;
    }
    static const char* const colours[] = { "#64748b", "#b91c1c", "#b45309", "#15803d" };
    const Strength strength = strengthOf(m_first->text());
    QString text;
    switch (strength) {
    case Strength::Empty:
        text = tr("Use a long passphrase: several words are easier to remember than symbols.");
        break;
    case Strength::Weak:
        text = tr("Strength: weak. Anyone with the backup file could guess it.");
        break;
    case Strength::Fair:
        text = tr("Strength: fair. A few more words would make it strong.");
        break;
    case Strength::Strong:
        text = tr("Strength: strong.");
        break;
    }
    if (!m_second->text().isEmpty() && m_second->text() != m_first->text())
        text = tr("The two passphrases are not the same.");
    m_strength->setText(text);
    m_strength->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colours[int(strength)])));
    ok->setEnabled(!m_first->text().isEmpty() && m_first->text() == m_second->text());
}

QString PassphraseDialog::ask(QWidget* parent, Mode mode, const QString& title, const QString& prompt,
                              const QString& problem)
{
    script().prompts << (problem.isEmpty() ? prompt : problem);
    if (!script().answers.isEmpty())
        return script().answers.takeFirst();
    if (!Dialogs::isInteractive())
        return {};
    PassphraseDialog dialog(mode, title, prompt, parent);
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.passphrase();
}

void PassphraseDialog::scriptPassphrases(const QStringList& answers)
{
    script().answers = answers;
}

QStringList PassphraseDialog::takeAskedPrompts()
{
    return std::exchange(script().prompts, {});
}

} // namespace peyvand::ui
