#include "ScoringSettingsTab.h"

#include "Display.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"
#include "LeadRescoreJob.h"
#include "ScoringProfileEditor.h"
#include "storage/Database.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peyvand::ui {

ScoringSettingsTab::ScoringSettingsTab(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_service(db)
    , m_query(db)
    , m_rescorer(db)
    , m_editor(new ScoringProfileEditor)
    , m_job(new LeadRescoreJob(db, this))
    , m_progress(new QProgressDialog(this))
    , m_preview(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save and rescore"), this))
    , m_discard(new QPushButton(tr("Discard changes"), this))
{
    setObjectName(QStringLiteral("scoringSettings"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);

    m_preview->setObjectName(QStringLiteral("qualifyPreview"));
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    m_message->setObjectName(QStringLiteral("scoringMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_message->hide();
    m_save->setObjectName(QStringLiteral("saveScoringButton"));
    m_save->setToolTip(tr("Save the profile and rescore every lead with it"));
    m_discard->setObjectName(QStringLiteral("discardScoringButton"));
    auto* reset = new QPushButton(tr("Reset to defaults"), this);
    reset->setObjectName(QStringLiteral("resetScoringButton"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportScoringButton"));
    auto* importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importScoringButton"));
    auto* rescore = new QPushButton(tr("Rescore now"), this);
    rescore->setObjectName(QStringLiteral("rescoreButton"));
    rescore->setToolTip(tr("Rescore every lead with the saved profile"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_preview, 1);
    bar->addWidget(reset);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    bar->addWidget(rescore);
    bar->addSpacing(12);
    bar->addWidget(m_discard);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(bar);

    m_progress->setObjectName(QStringLiteral("rescoreProgress"));
    m_progress->setWindowTitle(tr("Rescoring leads"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, m_job, &LeadRescoreJob::cancel);
    connect(m_job, &LeadRescoreJob::progress, this, [this](int done, int total) {
        if (m_progress->maximum() != total)
            m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Rescoring lead %1 of %2…").arg(Display::number(done), Display::number(total)));
    });
    connect(m_job, &LeadRescoreJob::finished, this, &ScoringSettingsTab::onRescoreFinished);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ScoringSettingsTab::updatePreview);
    connect(m_editor, &ScoringProfileEditor::edited, this, [this] {
        setDirty(true);
        m_message->hide();
        m_previewTimer.start();
    });
    connect(m_save, &QPushButton::clicked, this, &ScoringSettingsTab::save);
    connect(m_discard, &QPushButton::clicked, this, &ScoringSettingsTab::reload);
    connect(reset, &QPushButton::clicked, this, &ScoringSettingsTab::resetToDefaults);
    connect(exportButton, &QPushButton::clicked, this, &ScoringSettingsTab::exportProfile);
    ExportPolicy::guard(exportButton, ExportPolicy::Kind::Export);
    connect(importButton, &QPushButton::clicked, this, &ScoringSettingsTab::importProfile);
    connect(rescore, &QPushButton::clicked, this, &ScoringSettingsTab::rescoreNow);
    reload();
}

void ScoringSettingsTab::reload()
{
    m_message->hide();
    const Result<leads::ScoringProfile> profile = m_service.profile();
    if (!profile)
        showMessage(ErrorText::describe(profile.error()));
    m_editor->setIndustries(m_service.industries().valueOr({}));
    m_editor->load(profile.valueOr(leads::ScoringProfile::defaults()));
    setDirty(false);
    updatePreview();
}

void ScoringSettingsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updatePreview(); // leads may have changed since
}

void ScoringSettingsTab::setIndustries(const QList<leads::Industry>& industries)
{
    m_editor->setIndustries(industries);
}

void ScoringSettingsTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
}

void ScoringSettingsTab::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

void ScoringSettingsTab::updatePreview()
{
    m_previewTimer.stop();
    const leads::ScoringProfile profile = m_editor->profile();
    const int open = m_query.count(leads::LeadFilter {}).valueOr(0);
    if (!leads::validateProfile(profile)) {
        m_preview->setText(tr("Fix the profile to see how many leads would qualify"));
        return;
    }
    const Result<int> qualifying = m_rescorer.countQualifying(profile);
    if (!qualifying) {
        m_preview->setText(ErrorText::describe(qualifying.error()));
        return;
    }
    m_preview->setText(tr("%1 of %2 open leads would qualify").arg(Display::number(*qualifying), Display::number(open)));
}

bool ScoringSettingsTab::save()
{
    m_message->hide();
    m_editor->clearErrors();
    const leads::ScoringProfile profile = m_editor->profile();
    const Status saved = m_service.saveProfile(profile);
    if (!saved) {
        if (!m_editor->showError(saved.error()))
            showMessage(ErrorText::describe(saved.error()));
        emit statusMessage(tr("The scoring profile was not saved."));
        return false;
    }
    setDirty(false);
    emit statusMessage(tr("Scoring profile saved"));
    startRescore(profile);
    return true;
}

bool ScoringSettingsTab::rescoreNow()
{
    const Result<leads::ScoringProfile> profile = m_service.profile();
    if (!profile) {
        showMessage(ErrorText::describe(profile.error()));
        return false;
    }
    startRescore(*profile);
    return true;
}

void ScoringSettingsTab::startRescore(const leads::ScoringProfile& profile)
{
    m_progress->setLabelText(tr("Rescoring leads…"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    if (!m_job->start(profile, profile.name))
        emit statusMessage(tr("Leads are being rescored already."));
}

void ScoringSettingsTab::onRescoreFinished()
{
    m_progress->reset();
    m_progress->hide();
    const Result<leads::RescoreSummary>& result = m_job->lastResult();
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled) {
            emit statusMessage(tr("Rescoring cancelled: the leads keep their earlier scores until they are rescored."));
            return;
        }
        showMessage(ErrorText::describe(result.error()));
        return;
    }
    updatePreview();
    emit statusMessage(tr("Rescored %1 leads: %2 scores changed, %3 qualified")
                           .arg(Display::number(result->leads), Display::number(result->changed),
                                Display::number(result->nowQualified)));
    emit leadsRescored();
}

void ScoringSettingsTab::resetToDefaults()
{
    m_editor->load(leads::ScoringProfile::defaults());
    setDirty(true);
    updatePreview();
    emit statusMessage(tr("Default profile loaded: save to use it."));
}

bool ScoringSettingsTab::exportProfile()
{
    if (!ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return false;
    m_message->hide();
    const leads::ScoringProfile profile = m_editor->profile();
    if (const Status valid = leads::validateProfile(profile); !valid) {
        if (!m_editor->showError(valid.error()))
            showMessage(ErrorText::describe(valid.error()));
        return false;
    }
    const QString path = FileDialogs::saveFile(this, tr("Export scoring profile"),
                                               QStringLiteral("scoring-profile.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(leads::profileToJson(profile)) < 0 || !file.commit()) {
        showMessage(tr("The profile could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Scoring profile exported"));
    return true;
}

bool ScoringSettingsTab::importProfile()
{
    m_message->hide();
    const QString path = FileDialogs::openFile(this, tr("Import scoring profile"), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    const Result<leads::ScoringProfile> profile = leads::profileFromJson(file.readAll());
    if (!profile) {
        showMessage(tr("The profile was not imported: %1").arg(ErrorText::describe(profile.error())));
        return false;
    }
    m_editor->load(*profile);
    setDirty(true);
    updatePreview();
    emit statusMessage(tr("Profile imported: check it and save to use it."));
    return true;
}

} // namespace peyvand::ui
