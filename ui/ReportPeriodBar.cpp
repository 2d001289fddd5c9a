#include "ReportPeriodBar.h"

#include "Display.h"
#include "ErrorText.h"
#include "JalaliDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace peyvand::ui {

using namespace reports;

ReportPeriodBar::ReportPeriodBar(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (PeriodPreset preset : allPeriodPresets())
        m_preset->addItem(displayName(preset), int(preset));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_year->setRange(1300, 1500);
    if (auto j = text::jalali::fromGregorian(m_today))
        m_year->setValue(j->year);
    m_custom = new QWidget(this);
    m_from = new JalaliDateEdit(m_custom);
    m_from->setField(QStringLiteral("from"));
    m_to = new JalaliDateEdit(m_custom);
    m_to->setField(QStringLiteral("to"));
    auto* customLayout = new QHBoxLayout(m_custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(new QLabel(tr("From"), m_custom));
    customLayout->addWidget(m_from);
    customLayout->addWidget(new QLabel(tr("To"), m_custom));
    customLayout->addWidget(m_to);
    m_groupingLabel = new QLabel(tr("Group by"), this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (Grouping grouping : allGroupings())
        m_grouping->addItem(displayName(grouping), int(grouping));
    m_grouping->setCurrentIndex(m_grouping->findData(int(Grouping::Month)));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("periodError"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period"), this));
    layout->addWidget(m_preset);
    layout->addWidget(m_year);
    layout->addWidget(m_custom);
    layout->addWidget(m_groupingLabel);
    layout->addWidget(m_grouping);
    layout->addWidget(m_error, 1);

    m_preset->setCurrentIndex(m_preset->findData(int(PeriodPreset::ThisMonth)));
    updateVisibility();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &ReportPeriodBar::changed);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportPeriodBar::changed);
    connect(m_from, &JalaliDateEdit::editingFinished, this, &ReportPeriodBar::changed);
    connect(m_to, &JalaliDateEdit::editingFinished, this, &ReportPeriodBar::changed);
}

void ReportPeriodBar::configure(ReportId id)
{
    setVisible(usesPeriod(id));
    m_usesGrouping = usesGrouping(id);
    updateVisibility();
}

void ReportPeriodBar::updateVisibility()
{
    const PeriodPreset current = preset();
    m_year->setVisible(current == PeriodPreset::FiscalYear);
    m_custom->setVisible(current == PeriodPreset::Custom);
    m_groupingLabel->setVisible(m_usesGrouping);
    m_grouping->setVisible(m_usesGrouping);
    const Result<QDate> from = m_from->date();
    if (current == PeriodPreset::Custom && (!from || !from->isValid())) {
        const DateRange month = presetRange(PeriodPreset::ThisMonth, m_today);
        m_from->setDate(month.from);
        m_to->setDate(month.to);
    }
}

void ReportPeriodBar::setPreset(PeriodPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

PeriodPreset ReportPeriodBar::preset() const
{
    return static_cast<PeriodPreset>(m_preset->currentData().toInt());
}

void ReportPeriodBar::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void ReportPeriodBar::setCustomRange(const DateRange& range)
{
    const QSignalBlocker blockPreset(m_preset);
    setPreset(PeriodPreset::Custom);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    updateVisibility();
}

void ReportPeriodBar::setFiscalYear(int jalaliYear)
{
    m_year->setValue(jalaliYear);
}

Result<ReportRequest> ReportPeriodBar::request() const
{
    ReportRequest request;
    request.grouping = static_cast<Grouping>(m_grouping->currentData().toInt());
    const PeriodPreset current = preset();
    if (current == PeriodPreset::Custom) {
        const Result<QDate> from = m_from->date();
        if (!from)
            return from.error();
        const Result<QDate> to = m_to->date();
        if (!to)
            return to.error();
        request.range = DateRange { *from, *to };
        if (!from->isValid())
            return Error::invalid(QStringLiteral("from"), tr("Enter the first day of the period."));
        if (!to->isValid())
            return Error::invalid(QStringLiteral("to"), tr("Enter the last day of the period."));
        if (Status s = checkRange(request.range, QStringLiteral("to")); !s)
            return s.error();
    } else {
        request.range = presetRange(current, m_today, current == PeriodPreset::FiscalYear ? m_year->value() : 0);
    }
    return request;
}

void ReportPeriodBar::showError(const Error& error)
{
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
}

} // namespace peyvand::ui
