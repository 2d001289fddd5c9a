#include "SettingsPage.h"

#include "Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace peyvand::ui {

SettingsPage::SettingsPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    // Each language is named in itself so that a user can always find their own.
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QStringLiteral("\u0641\u0627\u0631\u0633\u06CC"), i18n::languageCode(i18n::Language::Persian));
    m_language->addItem(QStringLiteral("English"), i18n::languageCode(i18n::Language::English));
    const i18n::Language current = i18n::languageFromCode(QLocale().name());
    const i18n::Language chosen = Settings().language().value_or(current);
    m_language->setCurrentIndex(m_language->findData(i18n::languageCode(chosen)));
    m_note->setObjectName(QStringLiteral("restartNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The new language is used the next time Peyvand starts."));
    m_note->setVisible(chosen != current);

    auto* languageGroup = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageGroup);
    languageForm->addRow(tr("Interface language"), m_language);
    languageForm->addRow(m_note);

    auto* dataGroup = new QGroupBox(tr("Data"), this);
    auto* dataForm = new QFormLayout(dataGroup);
    auto* path = new QLabel(QDir::toNativeSeparators(databasePath), dataGroup);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setLayoutDirection(Qt::LeftToRight);
    dataForm->addRow(tr("Database file"), path);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageGroup);
    layout->addWidget(dataGroup);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);
}

void SettingsPage::saveLanguage()
{
    const i18n::Language chosen = i18n::languageFromCode(m_language->currentData().toString());
    Settings().setLanguage(chosen);
    const bool changed = chosen != i18n::languageFromCode(QLocale().name());
    m_note->setVisible(changed);
    emit statusMessage(changed ? m_note->text() : tr("Language saved"));
}

} // namespace peyvand::ui
