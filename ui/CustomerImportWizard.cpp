#include "CustomerImportWizard.h"

#include "CustomerImportJob.h"
#include "Display.h"
#include "ImportDuplicatePage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportReportPage.h"
#include "ImportRunPage.h"
#include "ImportSession.h"

#include <QCheckBox>
#include <QPushButton>

namespace peyvand::ui {

CustomerImportWizard::CustomerImportWizard(storage::Database& db, QWidget* parent)
    : QWizard(parent)
    , m_session(new ImportSession(db, this))
    , m_job(new CustomerImportJob(db, this))
    , m_previewModel(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("customerImportWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoDefaultButton);
    // The model first: the pages read it when the preview changes.
    connect(m_session, &ImportSession::previewChanged, this, [this] {
        if (m_session->hasPreview())
            m_previewModel->setPreview(m_session->preview());
        else
            m_previewModel->clear();
    });

    m_filePage = new ImportFilePage(*m_session, this);
    m_previewPage = new ImportPreviewPage(*m_session, *m_previewModel, this);
    m_mappingPage = new ImportMappingPage(*m_session, *m_previewModel, this);
    m_duplicatePage = new ImportDuplicatePage(*m_session, this);
    m_runPage = new ImportRunPage(*m_session, *m_job, this);
    m_reportPage = new ImportReportPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(DuplicatePageId, m_duplicatePage);
    setPage(RunPageId, m_runPage);
    setPage(ReportPageId, m_reportPage);
    setStartId(FilePageId);

    connect(m_runPage, &ImportRunPage::importFinished, this, &CustomerImportWizard::onImportFinished);
    connect(m_reportPage, &ImportReportPage::importNowRequested, this, &CustomerImportWizard::importNow);
    connect(m_reportPage, &ImportReportPage::statusMessage, this, &CustomerImportWizard::statusMessage);
    resize(1040, 700);
}

CustomerImportWizard::~CustomerImportWizard() = default;

bool CustomerImportWizard::openFile(const QString& path)
{
    m_filePage->setFile(path);
    m_session->waitForPreview();
    if (!m_session->hasPreview() || currentId() != FilePageId)
        return false;
    next();
    return true;
}

void CustomerImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_runPage->cancelButton()->click();
        return;
    }
    QWizard::reject();
}

void CustomerImportWizard::onImportFinished(const ImportOutcome& outcome)
{
    m_reportPage->showOutcome(outcome);
    if (!outcome.status)
        return;
    const exchange::ImportReport& report = outcome.report;
    if (report.dryRun) {
        emit statusMessage(tr("Check finished: nothing was imported."));
        return;
    }
    if (report.imported > 0 || report.updated > 0)
        emit customersChanged();
    emit statusMessage(tr("Import finished: %1 new customers, %2 updated.")
                           .arg(Display::number(report.imported), Display::number(report.updated)));
}

void CustomerImportWizard::importNow()
{
    m_session->setDryRun(false);
    m_duplicatePage->dryRunBox()->setChecked(false);
    // Back to the running step (the report page has no Back button of its own).
    back();
    m_runPage->startImport();
}

} // namespace peyvand::ui
