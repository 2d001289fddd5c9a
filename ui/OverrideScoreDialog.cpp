#include "OverrideScoreDialog.h"

#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "LeadDisplay.h"
#include "leads/LeadService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kScore = QStringLiteral("override_score");
const QString kReason = QStringLiteral("override_reason");
} // namespace

OverrideScoreDialog::OverrideScoreDialog(leads::LeadService& service, const leads::Lead& lead, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_leadId(lead.id)
    , m_score(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("overrideScoreDialog"));
    setWindowTitle(tr("Set score by hand"));
    m_score->setObjectName(QStringLiteral("overrideScore"));
    m_score->setRange(-1000, 1000);
    m_score->setValue(lead.overrideScore.value_or(lead.computedScore));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Why, e.g. the CEO asked for a demo"));
    m_reason->setText(Display::digits(lead.overrideReason));

    auto* intro = new QLabel(tr("The computed score is %1. The score set here is shown and queued instead "
                                "until you clear it; the breakdown keeps the computed points.")
                                 .arg(LeadDisplay::score(lead.computedScore)),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    addFieldRow(form, m_feedback, kScore, tr("Score"), m_score, true);
    addFieldRow(form, m_feedback, kReason, tr("Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Set score"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideScoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OverrideScoreDialog::reject);
    connect(m_reason, &QLineEdit::textEdited, this, [this] { m_feedback->clear(kReason); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    m_reason->setFocus();
}

void OverrideScoreDialog::accept()
{
    m_feedback->clearAll();
    const Result<leads::Lead> saved = m_service.setOverride(m_leadId, m_score->value(), m_reason->text());
    if (!saved) {
        const Error& error = saved.error();
        const QString field = error.field == kScore ? kScore : kReason;
        m_feedback->showError(field, ErrorText::describe(error));
        m_feedback->editor(field)->setFocus();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace peyvand::ui
