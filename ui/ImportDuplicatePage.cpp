#include "ImportDuplicatePage.h"

#include "Display.h"
#include "DuplicatesModel.h"
#include "ImportSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

namespace peyvand::ui {

using exchange::DuplicatePolicy;

namespace {
QTableView* createTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ImportDuplicatePage::ImportDuplicatePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_skip(new QRadioButton(tr("Skip the row and keep the customer as it is"), this))
    , m_update(new QRadioButton(tr("Update the customer: fill in the fields it does not have yet"), this))
    , m_create(new QRadioButton(tr("Import the row as a new customer anyway"), this))
    , m_policy(new QButtonGroup(this))
    , m_overwrite(new QCheckBox(tr("Also replace the values it has with those of the file"), this))
    , m_dryRun(new QCheckBox(tr("Check only, import nothing"), this))
    , m_none(new QLabel(this))
    , m_matches(new DuplicatesModel(this))
    , m_comparison(new DuplicateComparisonModel(this))
{
    setTitle(tr("Duplicates"));
    setSubTitle(tr("A row is a duplicate when its mobile, national ID or email, or its name and city, "
                   "match a customer you already have or an earlier row of the file."));
    setCommitPage(true);
    m_skip->setObjectName(QStringLiteral("policySkip"));
    m_update->setObjectName(QStringLiteral("policyUpdate"));
    m_create->setObjectName(QStringLiteral("policyCreate"));
    m_overwrite->setObjectName(QStringLiteral("policyOverwrite"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setToolTip(tr("Reads and checks every row and shows the report; the customer book is not changed."));
    m_none->setObjectName(QStringLiteral("noDuplicates"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Display::leadingAlignment());
    m_policy->addButton(m_skip, int(DuplicatePolicy::Skip));
    m_policy->addButton(m_update, int(DuplicatePolicy::Update));
    m_policy->addButton(m_create, int(DuplicatePolicy::Create));

    m_list = createTable(m_matches, this);
    m_list->setObjectName(QStringLiteral("duplicatesTable"));
    m_compare = createTable(m_comparison, this);
    m_compare->setObjectName(QStringLiteral("comparisonTable"));
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->horizontalHeader()->setSectionResizeMode(DuplicateComparisonModel::IncomingColumn, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(DuplicateComparisonModel::ExistingColumn, QHeaderView::Stretch);

    auto* policyBox = new QGroupBox(tr("When a row is a duplicate"), this);
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(m_skip);
    policyLayout->addWidget(m_update);
    auto* overwriteRow = new QHBoxLayout;
    overwriteRow->addSpacing(24);
    overwriteRow->addWidget(m_overwrite, 1);
    policyLayout->addLayout(overwriteRow);
    policyLayout->addWidget(m_create);

    auto* tables = new QHBoxLayout;
    tables->addWidget(m_list, 2);
    tables->addWidget(m_compare, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(policyBox);
    layout->addWidget(m_none);
    layout->addLayout(tables, 1);
    layout->addWidget(m_dryRun);

    connect(m_policy, &QButtonGroup::idClicked, this, &ImportDuplicatePage::applyChoices);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportDuplicatePage::applyChoices);
    connect(m_dryRun, &QCheckBox::toggled, this, &ImportDuplicatePage::applyChoices);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDuplicate(current.row()); });
    connect(&m_session, &ImportSession::previewChanged, this, &ImportDuplicatePage::showDuplicates);

    m_skip->setChecked(true);
    applyChoices();
    showDuplicates();
}

void ImportDuplicatePage::initializePage()
{
    showDuplicates();
    applyChoices();
}

void ImportDuplicatePage::applyChoices()
{
    const auto policy = DuplicatePolicy(m_policy->checkedId());
    m_overwrite->setEnabled(policy == DuplicatePolicy::Update);
    m_session.setPolicy(policy);
    m_session.setOverwrite(policy == DuplicatePolicy::Update && m_overwrite->isChecked());
    m_session.setDryRun(m_dryRun->isChecked());
    setButtonText(QWizard::CommitButton, m_dryRun->isChecked() ? tr("Check") : tr("Import"));
}

void ImportDuplicatePage::showDuplicates()
{
    QList<exchange::DuplicateMatch> matches;
    if (m_session.hasPreview()) {
        for (const exchange::PreviewRow& row : m_session.preview().rows) {
            if (row.duplicate)
                matches << *row.duplicate;
        }
    }
    m_matches->setMatches(matches);
    if (matches.isEmpty()) {
        m_none->setText(tr("No duplicates among the first %1 rows. The import checks every row of the file.")
                            .arg(Display::number(ImportSession::kPreviewRows)));
    } else {
        m_none->setText(tr("Duplicates among the first %1 rows; choose one to compare it with what it matches "
                           "(differences in amber).")
                            .arg(Display::number(ImportSession::kPreviewRows)));
    }
    m_list->setVisible(!matches.isEmpty());
    m_compare->setVisible(!matches.isEmpty());
    if (matches.isEmpty()) {
        m_comparison->clear();
        return;
    }
    m_list->setCurrentIndex(m_matches->index(0, 0));
    showDuplicate(0);
    m_list->resizeColumnsToContents();
}

void ImportDuplicatePage::showDuplicate(int row)
{
    const exchange::DuplicateMatch* match = m_matches->matchAt(row);
    if (!match) {
        m_comparison->clear();
        return;
    }
    m_comparison->setMatch(*match);
    m_compare->resizeColumnToContents(DuplicateComparisonModel::FieldColumn);
}

} // namespace peyvand::ui
