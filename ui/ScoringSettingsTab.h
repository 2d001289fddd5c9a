#pragma once

#include "leads/LeadQuery.h"
#include "leads/LeadRescorer.h"
#include "leads/LeadService.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressDialog;
class QPushButton;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class LeadRescoreJob;
class ScoringProfileEditor;

// Settings → Lead scoring: the profile editor with a live preview of how many
// open leads would qualify (debounced), Save (core validates; the error is
// shown at its group), then every lead is rescored off the GUI thread with a
// progress dialog and Cancel; Discard, Reset to defaults, Export and Import
// JSON (errors name the JSON path).
class ScoringSettingsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringSettingsTab)

public:
    static constexpr int kPreviewDelayMs = 300;

    explicit ScoringSettingsTab(storage::Database& db, QWidget* parent = nullptr);

    // Reads the stored profile and the industries again, dropping edits.
    void reload();
    void setIndustries(const QList<leads::Industry>& industries);
    // Saves and starts rescoring; false (with the error shown) when core refused.
    bool save();
    void resetToDefaults();
    bool exportProfile();
    bool importProfile();
    bool rescoreNow();
    // Computes the preview now instead of after the pause.
    void updatePreview();
    bool hasUnsavedChanges() const { return m_dirty; }

    leads::LeadService& service() { return m_service; }
    ScoringProfileEditor* editor() const { return m_editor; }
    QLabel* previewLabel() const { return m_preview; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* discardButton() const { return m_discard; }
    LeadRescoreJob* rescoreJob() const { return m_job; }
    QProgressDialog* progressDialog() const { return m_progress; }

signals:
    void statusMessage(const QString& message);
    // Every lead was rescored (after a save or "Rescore now").
    void leadsRescored();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setDirty(bool dirty);
    void showMessage(const QString& text);
    void startRescore(const leads::ScoringProfile& profile);
    void onRescoreFinished();

    storage::Database& m_db;
    leads::LeadService m_service;
    leads::LeadQuery m_query;
    leads::LeadRescorer m_rescorer;
    ScoringProfileEditor* m_editor = nullptr;
    LeadRescoreJob* m_job = nullptr;
    QProgressDialog* m_progress = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QTimer m_previewTimer;
    bool m_dirty = false;
};

} // namespace peyvand::ui
