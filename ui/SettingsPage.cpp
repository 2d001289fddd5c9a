#include "SettingsPage.h"

#include "CompanyProfileForm.h"
#include "DocumentSettingsForm.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "IndustriesPanel.h"
#include "ScoringSettingsTab.h"
#include "SecuritySettingsTab.h"
#include "Settings.h"
#include "StagePanel.h"
#include "TaxRatePanel.h"
#include "sales/CompanyProfileService.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace peyvand::ui {

SettingsPage::SettingsPage(sales::CompanyProfileService& profiles, const QString& databasePath, QWidget* parent,
                           const Clock& clock)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_tabs(new QTabWidget(this))
    , m_company(new CompanyProfileForm)
    , m_documents(new DocumentSettingsForm(clock))
    , m_taxRates(new TaxRatePanel(profiles))
    , m_saveBar(new QWidget(this))
    , m_message(new QLabel(m_saveBar))
    , m_save(new QPushButton(tr("Save"), m_saveBar))
    , m_discard(new QPushButton(tr("Discard changes"), m_saveBar))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createProfileTab(m_company), tr("Company"));
    m_tabs->addTab(createProfileTab(m_documents), tr("Documents"));
    m_tabs->addTab(m_taxRates, tr("Tax rates"));
    m_tabs->addTab(createGeneralTab(databasePath), tr("General"));

    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_discard->setObjectName(QStringLiteral("discardProfileButton"));
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_message->hide();
    auto* bar = new QHBoxLayout(m_saveBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_message, 1);
    bar->addStretch(0);
    bar->addWidget(m_discard);
    bar->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_saveBar);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_discard, &QPushButton::clicked, this, &SettingsPage::reloadProfile);
    connect(m_company, &CompanyProfileForm::edited, this, [this] { setDirty(true); });
    connect(m_documents, &DocumentSettingsForm::edited, this, [this] { setDirty(true); });
    connect(m_taxRates, &TaxRatePanel::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_saveBar->setVisible(currentTab() == Tab::Company || currentTab() == Tab::Documents);
    });
    reloadProfile();
}

QWidget* SettingsPage::createProfileTab(QWidget* form)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(form);
    scroll->setWidget(content);
    return scroll;
}

QWidget* SettingsPage::createGeneralTab(const QString& databasePath)
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_note = new QLabel(page);
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

    auto* languageGroup = new QGroupBox(tr("Language"), page);
    auto* languageForm = new QFormLayout(languageGroup);
    languageForm->addRow(tr("Interface language"), m_language);
    languageForm->addRow(m_note);

    auto* dataGroup = new QGroupBox(tr("Data"), page);
    auto* dataForm = new QFormLayout(dataGroup);
    auto* path = new QLabel(QDir::toNativeSeparators(databasePath), dataGroup);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setLayoutDirection(Qt::LeftToRight);
    dataForm->addRow(tr("Database file"), path);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(languageGroup);
    layout->addWidget(dataGroup);
    layout->addStretch(1);
    m_generalLayout = layout;
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);
    return page;
}

void SettingsPage::addLeadTabs(storage::Database& db)
{
    if (m_scoring)
        return;
    m_scoring = new ScoringSettingsTab(db, this);
    m_industries = new IndustriesPanel(m_scoring->service(), this);
    m_tabs->addTab(m_scoring, tr("Lead scoring"));
    m_tabs->addTab(m_industries, tr("Industries"));
    connect(m_scoring, &ScoringSettingsTab::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_industries, &IndustriesPanel::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_industries, &IndustriesPanel::industriesChanged, m_scoring, &ScoringSettingsTab::setIndustries);
}

void SettingsPage::addGeneralGroup(QWidget* group)
{
    m_generalLayout->insertWidget(m_generalLayout->count() - 1, group);
}

StagePanel* SettingsPage::addStagesTab(pipeline::DealService& deals)
{
    if (m_stages)
        return m_stages;
    m_stages = new StagePanel(deals);
    m_tabs->addTab(m_stages, tr("Pipeline stages"));
    connect(m_stages, &StagePanel::statusMessage, this, &SettingsPage::statusMessage);
    return m_stages;
}

SecuritySettingsTab* SettingsPage::addSecurityTab(security::AppLock& lock)
{
    if (m_security)
        return m_security;
    m_security = new SecuritySettingsTab(lock, this);
    m_tabs->addTab(m_security, tr("Security"));
    connect(m_security, &SecuritySettingsTab::statusMessage, this, &SettingsPage::statusMessage);
    return m_security;
}

// The tabs added later (lead scoring, industries, pipeline stages) come in
// whatever order the window adds them: they are found by their widget.
void SettingsPage::showTab(Tab tab)
{
    const std::pair<Tab, QWidget*> added[] = { { Tab::LeadScoring, m_scoring },
                                               { Tab::Industries, m_industries },
                                               { Tab::PipelineStages, m_stages },
                                               { Tab::Security, m_security } };
    for (const auto& [which, page] : added) {
        if (which == tab) {
            if (page)
                m_tabs->setCurrentWidget(page);
            return;
        }
    }
    m_tabs->setCurrentIndex(int(tab));
}

SettingsPage::Tab SettingsPage::currentTab() const
{
    QWidget* current = m_tabs->currentWidget();
    if (current && current == m_scoring)
        return Tab::LeadScoring;
    if (current && current == m_industries)
        return Tab::Industries;
    if (current && current == m_stages)
        return Tab::PipelineStages;
    if (current && current == m_security)
        return Tab::Security;
    return static_cast<Tab>(m_tabs->currentIndex());
}

void SettingsPage::reloadProfile()
{
    m_message->hide();
    const Result<sales::CompanyProfile> loaded = m_profiles.load();
    if (!loaded) {
        m_message->setText(ErrorText::describe(loaded.error()));
        m_message->show();
        return;
    }
    m_profile = *loaded;
    m_company->load(m_profile);
    m_documents->load(m_profile);
    m_taxRates->reload();
    setDirty(false);
}

bool SettingsPage::saveProfile()
{
    m_message->hide();
    m_company->feedback()->clearAll();
    sales::CompanyProfile changed = m_profile;
    m_company->collectInto(changed);
    m_documents->collectInto(changed);
    const Result<sales::CompanyProfile> saved = m_profiles.save(changed);
    if (!saved) {
        // The forms keep what was typed; only the message is added.
        const Error& error = saved.error();
        if (m_company->showError(error)) {
            showTab(Tab::Company);
        } else if (m_documents->showError(error)) {
            showTab(Tab::Documents);
        } else {
            m_message->setText(ErrorText::describe(error));
            m_message->show();
        }
        emit statusMessage(tr("The settings were not saved."));
        return false;
    }
    m_profile = *saved;
    m_company->load(m_profile);   // the normalised form core stored
    m_documents->load(m_profile);
    setDirty(false);
    emit profileSaved(m_profile);
    emit statusMessage(tr("Company settings saved"));
    return true;
}

void SettingsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
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
