#include "SalesTargetsDialog.h"

#include "AmountText.h"
#include "Display.h"
#include "FieldFeedback.h"
#include "text/Jalali.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand::ui {

using namespace reports;
using Language = text::jalali::Language;

namespace {
constexpr int kMonths = 12;
constexpr int kQuarters = 4;

QString fieldName(int index)
{
    return index < kMonths ? QStringLiteral("month%1").arg(index + 1) : QStringLiteral("quarter%1").arg(index - kMonths + 1);
}
} // namespace

SalesTargetsDialog::SalesTargetsDialog(storage::Database& db, int jalaliYear, QWidget* parent)
    : QDialog(parent)
    , m_targets(db)
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("salesTargetsDialog"));
    setWindowTitle(tr("Sales targets"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("targetYear"));
    m_year->setRange(1300, 1500);
    m_year->setValue(jalaliYear);
    auto* intro = new QLabel(tr("Sales before tax you aim for, in Rial. Leave a field empty for no target."), this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Month"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Quarter"), this), 0, 3);
    const Language language = Display::persian() ? Language::Persian : Language::English;
    for (int i = 0; i < kMonths + kQuarters; ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(fieldName(i));
        edit->setAlignment(Qt::AlignRight);
        edit->setMinimumWidth(150);
        m_edits << edit;
        const bool month = i < kMonths;
        const QString title = month ? text::jalali::monthName(i + 1, language)
                                    : tr("Quarter %1").arg(Display::number(i - kMonths + 1));
        auto* holder = new QWidget(this);
        auto* column = new QVBoxLayout(holder);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(m_feedback->addField(fieldName(i), edit, holder));
        const int row = 1 + (month ? i : (i - kMonths) * 3);
        const int col = month ? 0 : 3;
        grid->addWidget(new QLabel(title, this), row, col);
        grid->addWidget(holder, row, col + 1);
        connect(edit, &QLineEdit::textEdited, this, [this, i] { m_feedback->clear(fieldName(i)); });
    }
    grid->setColumnMinimumWidth(2, 24);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("targetsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &SalesTargetsDialog::load);
    load();
}

int SalesTargetsDialog::year() const
{
    return m_year->value();
}

void SalesTargetsDialog::setYear(int jalaliYear)
{
    m_year->setValue(jalaliYear);
}

QString SalesTargetsDialog::periodKey(int index) const
{
    if (index < kMonths)
        return QStringLiteral("%1-%2").arg(year()).arg(index + 1, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1-Q%2").arg(year()).arg(index - kMonths + 1);
}

QLineEdit* SalesTargetsDialog::field(const QString& period) const
{
    for (int i = 0; i < m_edits.size(); ++i)
        if (periodKey(i) == period)
            return m_edits.at(i);
    return nullptr;
}

void SalesTargetsDialog::load()
{
    m_feedback->clearAll();
    m_error->hide();
    for (QLineEdit* edit : m_edits)
        edit->clear();
    const Result<QList<SalesTarget>> targets = m_targets.list(year());
    if (!targets) {
        m_error->setText(targets.error().message);
        m_error->show();
    } else {
        for (const SalesTarget& target : *targets)
            if (QLineEdit* edit = field(target.period))
                edit->setText(AmountText::amount(target.amount, false));
    }
    m_loaded.clear();
    for (QLineEdit* edit : m_edits)
        m_loaded << edit->text();
}

bool SalesTargetsDialog::save()
{
    m_feedback->clearAll();
    m_error->hide();
    bool ok = true;
    for (int i = 0; i < m_edits.size(); ++i) {
        const QString text = m_edits.at(i)->text().trimmed();
        if (text == m_loaded.value(i).trimmed())
            continue;
        Status status;
        if (text.isEmpty()) {
            status = m_targets.remove(periodKey(i));
            if (!status && status.error().code == ErrorCode::NotFound)
                status = {};
        } else {
            const Result<Money> amount = Money::parse(text);
            status = amount ? m_targets.set(periodKey(i), *amount) : Status(amount.error());
        }
        if (!status) {
            ok = false;
            if (status.error().field.isEmpty() || status.error().field == QStringLiteral("period")) {
                m_error->setText(status.error().message);
                m_error->show();
            } else {
                m_feedback->showError(fieldName(i), status.error().message);
            }
            continue;
        }
        m_loaded[i] = m_edits.at(i)->text();
    }
    return ok;
}

} // namespace peyvand::ui
