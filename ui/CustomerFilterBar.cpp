#include "CustomerFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace peyvand::ui {

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_city(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Show archived"), this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, mobile, company, city, tag… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_city->setObjectName(QStringLiteral("cityFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_archived->setObjectName(QStringLiteral("showArchived"));
    m_tag->setToolTip(tr("Only customers with this tag"));
    m_city->setToolTip(tr("Only customers in this city"));
    m_source->setToolTip(tr("Only customers who came from this source"));
    for (QComboBox* combo : { m_tag, m_city, m_source })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices({}, {}, {});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_tag);
    layout->addWidget(m_city);
    layout->addWidget(m_source);
    layout->addWidget(m_archived);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerFilterBar::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    for (QComboBox* combo : { m_tag, m_city, m_source })
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::filtersChanged);
    connect(m_archived, &QCheckBox::toggled, this, &CustomerFilterBar::filtersChanged);
}

customers::CustomerQuery CustomerFilterBar::filters() const
{
    customers::CustomerQuery query;
    query.text = m_search->text().trimmed();
    query.tag = m_tag->currentData().toString();
    query.city = m_city->currentData().toString();
    query.source = m_source->currentData().toString();
    query.archive = m_archived->isChecked() ? customers::CustomerQuery::Archive::All
                                            : customers::CustomerQuery::Archive::Active;
    return query;
}

bool CustomerFilterBar::hasFilters() const
{
    const customers::CustomerQuery query = filters();
    return !query.tag.isEmpty() || !query.city.isEmpty() || !query.source.isEmpty();
}

void CustomerFilterBar::setChoices(const QStringList& tags, const QStringList& cities, const QStringList& sources)
{
    fillCombo(m_tag, tr("All tags"), tags);
    fillCombo(m_city, tr("All cities"), cities);
    fillCombo(m_source, tr("All sources"), sources);
}

void CustomerFilterBar::fillCombo(QComboBox* combo, const QString& allText, const QStringList& values)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& value : values)
        combo->addItem(value, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void CustomerFilterBar::flushPendingSearch()
{
    if (!m_debounce.isActive())
        return;
    m_debounce.stop();
    emit filtersChanged();
}

} // namespace peyvand::ui
