#include "ImportRunPage.h"

#include "Display.h"
#include "ImportSession.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace peyvand::ui {

namespace {
constexpr int kBarSteps = 1000;
// Rates and estimates before this are noise.
constexpr qint64 kSettleMs = 500;
} // namespace

ImportRunPage::ImportRunPage(ImportSession& session, CustomerImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_job(job)
    , m_what(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rows(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Every row is read, cleaned and checked for duplicates."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Report"));
    m_what->setWordWrap(true);
    m_what->setAlignment(Display::leadingAlignment());
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, kBarSteps);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setAlignment(Display::leadingAlignment());
    m_rate->setObjectName(QStringLiteral("importRate"));
    m_rate->setAlignment(Display::leadingAlignment());
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto* note = new QLabel(tr("The whole file is imported in one step: if you cancel, or if anything goes wrong, "
                               "your customers stay exactly as they were."),
                            this);
    note->setWordWrap(true);
    note->setAlignment(Display::leadingAlignment());

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_rows);
    layout->addWidget(m_rate);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addLayout(buttonRow);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job.cancel();
        m_cancel->setEnabled(false);
        m_rate->setText(tr("Cancelling…"));
    });
    connect(&m_job, &CustomerImportJob::progress, this, &ImportRunPage::onProgress);
    connect(&m_job, &CustomerImportJob::finished, this, &ImportRunPage::onFinished);
}

void ImportRunPage::initializePage()
{
    // Started from the event loop, not while the wizard is still switching pages.
    QTimer::singleShot(0, this, &ImportRunPage::startImport);
}

bool ImportRunPage::isComplete() const
{
    return m_outcome.has_value() && !m_job.isRunning();
}

bool ImportRunPage::isRunning() const
{
    return m_job.isRunning();
}

void ImportRunPage::startImport()
{
    if (m_job.isRunning())
        return;
    m_outcome.reset();
    const bool check = m_session.options().dryRun;
    setTitle(check ? tr("Checking") : tr("Importing"));
    const QString file = QFileInfo(m_session.path()).fileName();
    m_what->setText(check ? tr("Checking every row of “%1”; nothing is imported.").arg(file)
                          : tr("Importing the customers of “%1”.").arg(file));
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(0);
    m_rows->setText(tr("Reading the file…"));
    m_rate->clear();
    m_cancel->setEnabled(true);
    emit completeChanged();
    m_job.start(m_session.path(), m_session.options());
}

QString ImportRunPage::rateText(const ImportRunProgress& p)
{
    if (p.elapsedMs < kSettleMs || p.rowsRead <= 0 || p.position <= 0)
        return {};
    const qint64 perSecond = p.rowsRead * 1000 / p.elapsedMs;
    const qint64 leftMs = p.size > p.position ? p.elapsedMs * (p.size - p.position) / p.position : 0;
    const qint64 leftSeconds = (leftMs + 999) / 1000;
    QString left;
    if (leftSeconds <= 1)
        left = tr("almost done");
    else if (leftSeconds < 90)
        left = tr("about %1 s left").arg(Display::number(leftSeconds));
    else
        left = tr("about %1 min left").arg(Display::number((leftSeconds + 30) / 60));
    return tr("%1 rows/s — %2").arg(Display::number(perSecond), left);
}

void ImportRunPage::onProgress(const ImportRunProgress& p)
{
    if (p.finishing) {
        // No fraction to show: a busy bar, and nothing left to cancel.
        m_bar->setRange(0, 0);
        m_rows->setText(tr("%1 rows read. Completing the search index and saving…").arg(Display::number(p.rowsRead)));
        m_rate->clear();
        m_cancel->setEnabled(false);
        if (wizard())
            wizard()->button(QWizard::CancelButton)->setEnabled(false);
        return;
    }
    if (p.size > 0)
        m_bar->setValue(int(std::min<qint64>(kBarSteps, p.position * kBarSteps / p.size)));
    m_rows->setText(tr("%1 rows read").arg(Display::number(p.rowsRead)));
    if (m_cancel->isEnabled())
        m_rate->setText(rateText(p));
}

void ImportRunPage::onFinished(const ImportOutcome& outcome)
{
    m_outcome = outcome;
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(kBarSteps);
    m_cancel->setEnabled(false);
    if (wizard())
        wizard()->button(QWizard::CancelButton)->setEnabled(true);
    emit completeChanged();
    emit importFinished(outcome);
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace peyvand::ui
