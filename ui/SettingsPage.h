#pragma once

#include "common/Clock.h"
#include "sales/CompanyProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace peyvand::pipeline {
class DealService;
}

namespace peyvand::sales {
class CompanyProfileService;
}
namespace peyvand::security {
class AppLock;
}
namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class CompanyProfileForm;
class DocumentSettingsForm;
class IndustriesPanel;
class ScoringSettingsTab;
class SecuritySettingsTab;
class StagePanel;
class TaxRatePanel;

// Preferences, in tabs: the company printed on documents, how documents are
// numbered and priced, the tax-rate table, and general settings (the
// interface language, applied on the next start, and where the database is).
// The company and document tabs edit one profile, saved together; on an error
// the tab and field it concerns are shown and nothing typed is lost.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    enum class Tab { Company, Documents, TaxRates, General, LeadScoring, Industries, PipelineStages, Security };

    SettingsPage(sales::CompanyProfileService& profiles, const QString& databasePath, QWidget* parent = nullptr,
                 const Clock& clock = SystemClock::instance());

    // Adds the "Lead scoring" and "Industries" tabs (they work on the database directly).
    void addLeadTabs(storage::Database& db);
    // Adds a group to the General tab, above its free space.
    void addGeneralGroup(QWidget* group);
    // Adds the "Pipeline stages" tab (the window owns the deal service).
    StagePanel* addStagesTab(pipeline::DealService& deals);
    // Adds the "Security" tab (the app lock's password and the switches behind it).
    SecuritySettingsTab* addSecurityTab(security::AppLock& lock);
    void showTab(Tab tab);
    Tab currentTab() const;
    // Reads the saved profile again, dropping unsaved edits.
    void reloadProfile();
    // Saves the company and document tabs; false (with the error shown) when core refused.
    bool saveProfile();
    bool hasUnsavedChanges() const { return m_dirty; }
    const sales::CompanyProfile& savedProfile() const { return m_profile; }

    QTabWidget* tabs() const { return m_tabs; }
    CompanyProfileForm* companyForm() const { return m_company; }
    DocumentSettingsForm* documentForm() const { return m_documents; }
    TaxRatePanel* taxRates() const { return m_taxRates; }
    ScoringSettingsTab* scoringTab() const { return m_scoring; }
    IndustriesPanel* industriesPanel() const { return m_industries; }
    StagePanel* stagePanel() const { return m_stages; }
    SecuritySettingsTab* securityTab() const { return m_security; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* discardButton() const { return m_discard; }
    // The error about no particular field (or the database), hidden when none.
    QLabel* saveMessage() const { return m_message; }
    QComboBox* languageBox() const { return m_language; }
    QLabel* restartNote() const { return m_note; }

signals:
    void statusMessage(const QString& message);
    void profileSaved(const sales::CompanyProfile& profile);

private:
    QWidget* createProfileTab(QWidget* form);
    QWidget* createGeneralTab(const QString& databasePath);
    void saveLanguage();
    void setDirty(bool dirty);

    sales::CompanyProfileService& m_profiles;
    sales::CompanyProfile m_profile;
    bool m_dirty = false;
    QTabWidget* m_tabs = nullptr;
    CompanyProfileForm* m_company = nullptr;
    DocumentSettingsForm* m_documents = nullptr;
    TaxRatePanel* m_taxRates = nullptr;
    StagePanel* m_stages = nullptr;
    QWidget* m_saveBar = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_note = nullptr;
    QVBoxLayout* m_generalLayout = nullptr;
    ScoringSettingsTab* m_scoring = nullptr;
    IndustriesPanel* m_industries = nullptr;
    SecuritySettingsTab* m_security = nullptr;
};

} // namespace peyvand::ui
