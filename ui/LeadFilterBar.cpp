#include "LeadFilterBar.h"

#include "Display.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace peyvand::ui {

namespace {
// Data of the status choices that are not one status.
const QString kOpen = QStringLiteral("*open");
const QString kAll = QStringLiteral("*all");
} // namespace

LeadFilterBar::LeadFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_qualified(new QCheckBox(tr("Qualified only"), this))
{
    m_search->setObjectName(QStringLiteral("leadSearch"));
    m_search->setPlaceholderText(tr("Search name, company, mobile, email…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_status->setObjectName(QStringLiteral("leadStatusFilter"));
    m_band->setObjectName(QStringLiteral("leadBandFilter"));
    m_source->setObjectName(QStringLiteral("leadSourceFilter"));
    m_owner->setObjectName(QStringLiteral("leadOwnerFilter"));
    m_qualified->setObjectName(QStringLiteral("qualifiedOnly"));
    m_qualified->setToolTip(tr("The priority queue: leads at or above the qualification threshold, "
                               "best score first, then the next follow-up"));
    m_qualified->setChecked(true);

    m_status->addItem(tr("Open leads"), kOpen);
    m_status->addItem(tr("All leads"), kAll);
    for (leads::LeadStatus status : leads::allLeadStatuses())
        m_status->addItem(leads::displayName(status), leads::toKey(status));
    m_band->addItem(tr("All bands"), QString());
    for (leads::Band band : { leads::Band::Hot, leads::Band::Warm, leads::Band::Cold })
        m_band->addItem(leads::displayName(band), leads::toKey(band));
    m_source->addItem(tr("All sources"), QString());
    for (leads::LeadSource source : leads::allLeadSources())
        m_source->addItem(leads::displayName(source), leads::toKey(source));
    setOwners({});
    for (QComboBox* combo : { m_status, m_band, m_source, m_owner })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_band);
    layout->addWidget(m_source);
    layout->addWidget(m_owner);
    layout->addWidget(m_qualified);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LeadFilterBar::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    for (QComboBox* combo : { m_status, m_band, m_source, m_owner })
        connect(combo, &QComboBox::currentIndexChanged, this, &LeadFilterBar::filtersChanged);
    connect(m_qualified, &QCheckBox::toggled, this, &LeadFilterBar::filtersChanged);
}

leads::LeadFilter LeadFilterBar::filter() const
{
    leads::LeadFilter filter;
    filter.text = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (status == kAll)
        filter.includeClosed = true;
    else if (const auto one = leads::leadStatusFromKey(status))
        filter.statuses = { *one };
    filter.qualifiedOnly = m_qualified->isChecked();
    filter.band = leads::bandFromKey(m_band->currentData().toString());
    filter.source = leads::leadSourceFromKey(m_source->currentData().toString());
    filter.owner = m_owner->currentData().toString();
    return filter;
}

bool LeadFilterBar::hasFilters() const
{
    return !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0 || m_band->currentIndex() > 0
        || m_source->currentIndex() > 0 || m_owner->currentIndex() > 0 || m_qualified->isChecked();
}

void LeadFilterBar::setOwners(const QStringList& owners)
{
    const QSignalBlocker blocker(m_owner);
    const QString current = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const QString& owner : owners)
        m_owner->addItem(Display::digits(owner), owner);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
}

void LeadFilterBar::flushPendingSearch()
{
    if (!m_debounce.isActive())
        return;
    m_debounce.stop();
    emit filtersChanged();
}

} // namespace peyvand::ui
