#include "StageDialog.h"

#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "pipeline/DealService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kName = QStringLiteral("name");
const QString kProbability = QStringLiteral("probability");
const QString kOutcome = QStringLiteral("outcome");
} // namespace

StageDialog::StageDialog(pipeline::DealService& deals, const pipeline::Stage& existing, QWidget* parent)
    : QDialog(parent)
    , m_deals(deals)
    , m_original(existing)
    , m_feedback(new FieldFeedback(this))
    , m_name(new QLineEdit(this))
    , m_probability(new QSpinBox(this))
    , m_outcome(new QComboBox(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("stageDialog"));
    setWindowTitle(isNew() ? tr("Add a stage") : tr("Change stage"));
    m_name->setObjectName(QStringLiteral("edit_name"));
    m_probability->setObjectName(QStringLiteral("edit_probability"));
    m_outcome->setObjectName(QStringLiteral("edit_outcome"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr("%", "suffix of a percentage"));
    for (const pipeline::StageOutcome outcome :
         { pipeline::StageOutcome::Open, pipeline::StageOutcome::Won, pipeline::StageOutcome::Lost })
        m_outcome->addItem(pipeline::displayName(outcome), pipeline::toKey(outcome));

    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    addFieldRow(form, m_feedback, kName, tr("Name"), m_name);
    addFieldRow(form, m_feedback, kProbability, tr("Probability of winning"), m_probability, true);
    addFieldRow(form, m_feedback, kOutcome, tr("Kind"), m_outcome, true);

    if (isNew()) {
        m_probability->setValue(50);
    } else {
        m_name->setText(existing.displayName());
        m_probability->setValue(existing.probability);
        m_outcome->setCurrentIndex(m_outcome->findData(pipeline::toKey(existing.outcome)));
        m_outcome->setEnabled(false);
    }

    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &StageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StageDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_feedback->clear(kName); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
    m_name->setFocus();
}

void StageDialog::showError(const Error& error)
{
    if (!m_feedback->hasField(error.field)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(error.field, ErrorText::describe(error));
    m_feedback->editor(error.field)->setFocus(Qt::OtherFocusReason);
}

void StageDialog::accept()
{
    m_general->hide();
    m_feedback->clearAll();
    if (isNew()) {
        const pipeline::StageOutcome outcome =
            pipeline::stageOutcomeFromKey(m_outcome->currentData().toString()).value_or(pipeline::StageOutcome::Open);
        const Result<pipeline::Stage> added = m_deals.addStage(m_name->text(), m_probability->value(), outcome);
        if (!added) {
            showError(added.error());
            return;
        }
        m_saved = *added;
        QDialog::accept();
        return;
    }
    pipeline::Stage changed = m_original;
    // A built-in stage keeps its translated name unless the user gave another.
    const QString typed = m_name->text();
    if (typed != m_original.displayName())
        changed.name = typed;
    changed.probability = m_probability->value();
    const Status updated = m_deals.updateStage(changed);
    if (!updated) {
        showError(updated.error());
        return;
    }
    m_saved = changed;
    QDialog::accept();
}

} // namespace peyvand::ui
