#include "InstalmentPlanDialog.h"

#include "AmountText.h"
#include "Dialogs.h"
#include "Display.h"
#include "DocumentServices.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "InstalmentScheduleModel.h"
#include "JalaliDateEdit.h"
#include "PaymentRatingBadge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::Interval;

namespace {
const QString kDown = QStringLiteral("down");
const QString kCount = QStringLiteral("count");
const QString kEvery = QStringLiteral("every");
const QString kStart = QStringLiteral("start");
const QString kDates = QStringLiteral("dates");

QTableView* scheduleTable(QWidget* parent, InstalmentScheduleModel* model, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(InstalmentScheduleModel::SeqColumn, QHeaderView::ResizeToContents);
    table->setMinimumHeight(200);
    return table;
}
} // namespace

InstalmentPlanDialog::InstalmentPlanDialog(DocumentServices& services, qint64 invoiceId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_invoiceId(invoiceId)
    , m_feedback(new FieldFeedback(this))
    , m_planModel(new InstalmentScheduleModel(this))
    , m_preview(new InstalmentScheduleModel(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("instalmentPlanDialog"));
    setWindowTitle(tr("Instalment plan"));
    m_toman = services.profile.load().valueOr({}).displayToman;
    m_planModel->setDisplayToman(m_toman);
    m_preview->setDisplayToman(m_toman);
    m_planModel->setToday(services.today());

    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setAlignment(Display::leadingAlignment());
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    m_pages = new QStackedWidget(this);
    m_viewPage = createViewPage();
    m_editPage = createEditPage();
    m_pages->addWidget(m_viewPage);
    m_pages->addWidget(m_editPage);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save plan"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePlanButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &InstalmentPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstalmentPlanDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    load();
    resize(760, 640);
}

QWidget* InstalmentPlanDialog::createHeader()
{
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("planHeader"));
    box->setFrameShape(QFrame::StyledPanel);
    box->setStyleSheet(QStringLiteral("#planHeader { background: #f8fafc; border: 1px solid #cbd5e1; "
                                      "border-radius: 4px; }"));
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("planTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAlignment(Display::leadingAlignment());
    m_balance = new QLabel(box);
    m_balance->setObjectName(QStringLiteral("planBalance"));
    m_balance->setAlignment(Display::leadingAlignment());
    m_rating = new PaymentRatingBadge(box, true);
    QFont larger = m_rating->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_rating->setFont(larger);
    auto* ratingRow = new QHBoxLayout;
    auto* ratingCaption = new QLabel(tr("Payment rating:"), box);
    ratingCaption->setFont(bold);
    ratingRow->addWidget(ratingCaption);
    ratingRow->addWidget(m_rating, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_title);
    layout->addWidget(m_balance);
    layout->addLayout(ratingRow);
    return box;
}

QWidget* InstalmentPlanDialog::createViewPage()
{
    auto* page = new QWidget(this);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("planState"));
    m_state->setWordWrap(true);
    m_state->setAlignment(Display::leadingAlignment());
    m_edit = new QPushButton(tr("Change plan…"), page);
    m_edit->setObjectName(QStringLiteral("editPlanButton"));
    m_remove = new QPushButton(tr("Remove plan…"), page);
    m_remove->setObjectName(QStringLiteral("removePlanButton"));
    connect(m_edit, &QPushButton::clicked, this, &InstalmentPlanDialog::startEditing);
    connect(m_remove, &QPushButton::clicked, this, &InstalmentPlanDialog::removePlan);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(scheduleTable(page, m_planModel, QStringLiteral("planTable")), 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* InstalmentPlanDialog::createEditPage()
{
    auto* page = new QWidget(this);
    auto* fields = new QWidget(page);
    auto* form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);

    auto* downRow = new QWidget(fields);
    auto* downLayout = new QHBoxLayout(downRow);
    downLayout->setContentsMargins(0, 0, 0, 0);
    m_down = new QLineEdit(downRow);
    m_down->setObjectName(QStringLiteral("edit_down"));
    m_down->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_down->setMinimumWidth(m_down->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    downLayout->addWidget(m_down);
    downLayout->addWidget(new QLabel(AmountText::unitName(false), downRow));
    downLayout->addStretch(1);

    m_count = new QSpinBox(fields);
    m_count->setObjectName(QStringLiteral("edit_count"));
    m_count->setRange(1, 360);
    m_count->setValue(6);

    auto* everyRow = new QWidget(fields);
    auto* everyLayout = new QHBoxLayout(everyRow);
    everyLayout->setContentsMargins(0, 0, 0, 0);
    m_every = new QComboBox(everyRow);
    m_every->setObjectName(QStringLiteral("edit_every"));
    m_every->addItem(tr("Every month"), int(Every::Monthly));
    m_every->addItem(tr("Every few months"), int(Every::Months));
    m_every->addItem(tr("Every few weeks"), int(Every::Weeks));
    m_every->addItem(tr("Every few days"), int(Every::Days));
    m_every->addItem(tr("Dates of my choice"), int(Every::Custom));
    m_everyCount = new QSpinBox(everyRow);
    m_everyCount->setObjectName(QStringLiteral("edit_every_count"));
    m_everyCount->setRange(1, 3650);
    m_everyCount->setValue(2);
    everyLayout->addWidget(m_every);
    everyLayout->addWidget(m_everyCount);
    everyLayout->addStretch(1);

    m_start = new JalaliDateEdit(fields);
    m_start->setObjectName(QStringLiteral("edit_start"));
    m_start->setField(kStart);

    addFieldRow(form, m_feedback, kDown, tr("Down payment"), downRow);
    addFieldRow(form, m_feedback, kCount, tr("Instalments after it"), m_count, true);
    addFieldRow(form, m_feedback, kEvery, tr("How often"), everyRow);
    addFieldRow(form, m_feedback, kStart, tr("Down payment due on"), m_start);

    m_previewTable = scheduleTable(page, m_preview, QStringLiteral("previewTable"));
    m_previewTable->setColumnHidden(InstalmentScheduleModel::PaidColumn, true);
    m_previewTable->setColumnHidden(InstalmentScheduleModel::StateColumn, true);
    m_previewTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed);
    auto* previewBox = new QWidget(page);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(2);
    previewLayout->addWidget(m_previewTable, 1);
    previewLayout->addWidget(m_feedback->addField(kDates, m_previewTable, previewBox));
    m_sum = new QLabel(page);
    m_sum->setObjectName(QStringLiteral("planSum"));
    m_sum->setAlignment(Display::leadingAlignment());
    QFont bold = m_sum->font();
    bold.setBold(true);
    m_sum->setFont(bold);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fields);
    layout->addWidget(new QLabel(tr("Preview"), page));
    layout->addWidget(previewBox, 1);
    layout->addWidget(m_sum);

    connect(m_down, &QLineEdit::textEdited, this, &InstalmentPlanDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &InstalmentPlanDialog::updatePreview);
    connect(m_everyCount, &QSpinBox::valueChanged, this, &InstalmentPlanDialog::updatePreview);
    connect(m_every, &QComboBox::currentIndexChanged, this, &InstalmentPlanDialog::onEveryChanged);
    connect(m_start, &JalaliDateEdit::editingFinished, this, &InstalmentPlanDialog::updatePreview);
    // A typed date: the schedule follows once the editor has closed.
    connect(m_preview, &InstalmentScheduleModel::dateEdited, this, [this](int, const QString& message) {
        if (message.isEmpty())
            updatePreview();
        else
            m_feedback->showError(kDates, message);
    }, Qt::QueuedConnection);
    onEveryChanged();
    return page;
}

void InstalmentPlanDialog::load()
{
    m_account.reset();
    m_plan.reset();
    Result<payments::InvoiceAccount> account = m_services.payments.account(m_invoiceId);
    if (!account) {
        m_title->setText(tr("Instalment plan"));
        m_general->setText(ErrorText::describe(account.error()));
        m_general->show();
        m_pages->setEnabled(false);
        m_save->hide();
        return;
    }
    m_account = *account;
    m_plan = account->plan;
    const payments::InvoiceAccount& a = *m_account;
    m_title->setText(tr("Invoice %1 — %2", "invoice number — customer")
                         .arg(Display::isolate(Display::digits(a.number)),
                              Display::isolate(Display::digits(a.customerName))));
    m_balance->setText(tr("Total %1, paid %2, balance %3", "amounts with their unit")
                           .arg(AmountText::withUnit(a.total, m_toman), AmountText::withUnit(a.paid, m_toman),
                                AmountText::withUnit(a.balance, m_toman)));
    const Result<payments::PaymentRecord> record = m_services.paymentRecords.record(a.customerId);
    m_rating->setRecord(record ? std::optional(*record) : std::nullopt);
    if (m_plan) {
        showPlan();
        return;
    }
    m_filling = true;
    m_down->setText(Display::number(0));
    m_start->setDate(m_services.today());
    m_filling = false;
    m_pages->setCurrentWidget(m_editPage);
    m_save->show();
    updatePreview();
}

void InstalmentPlanDialog::showPlan()
{
    const payments::Plan& plan = *m_plan;
    m_planModel->setInstalments(plan.instalments);
    m_state->setText(plan.started
                         ? tr("The plan has started: money was received under it or its first instalment has "
                              "fallen due, so it can no longer be changed or removed.")
                         : tr("Nothing has been received under this plan yet: it can still be changed or removed."));
    m_edit->setEnabled(!plan.started);
    m_remove->setEnabled(!plan.started);
    const QString why = tr("A plan that has started can no longer be changed");
    m_edit->setToolTip(plan.started ? why : QString());
    m_remove->setToolTip(plan.started ? why : QString());
    m_pages->setCurrentWidget(m_viewPage);
    m_save->hide();
}

bool InstalmentPlanDialog::isEditing() const
{
    return m_pages->currentWidget() == m_editPage;
}

void InstalmentPlanDialog::setEvery(Every every, int count)
{
    m_filling = true;
    m_everyCount->setValue(count);
    m_filling = false;
    m_every->setCurrentIndex(std::max(0, m_every->findData(int(every))));
    onEveryChanged();
}

void InstalmentPlanDialog::fillFromPlan(const payments::Plan& plan)
{
    m_filling = true;
    const QList<payments::Instalment>& rows = plan.instalments;
    m_down->setText(Display::number(rows.isEmpty() ? 0 : rows.first().amount.rial()));
    m_count->setValue(std::max(1, int(rows.size()) - 1));
    m_start->setDate(plan.start);
    Every every = Every::Custom;
    switch (plan.every.unit) {
    case Interval::Unit::Month:
        every = plan.every.count == 1 ? Every::Monthly : Every::Months;
        break;
    case Interval::Unit::Week:
        every = Every::Weeks;
        break;
    case Interval::Unit::Day:
        every = Every::Days;
        break;
    case Interval::Unit::Custom:
        every = Every::Custom;
        break;
    }
    m_everyCount->setValue(plan.every.count);
    m_every->setCurrentIndex(std::max(0, m_every->findData(int(every))));
    m_preview->setInstalments(rows);
    m_filling = false;
    onEveryChanged();
}

void InstalmentPlanDialog::startEditing()
{
    if (!m_plan || m_plan->started)
        return;
    fillFromPlan(*m_plan);
    m_pages->setCurrentWidget(m_editPage);
    m_save->show();
    updatePreview();
}

void InstalmentPlanDialog::onEveryChanged()
{
    const Every every = Every(m_every->currentData().toInt());
    m_everyCount->setVisible(every == Every::Months || every == Every::Weeks || every == Every::Days);
    m_everyCount->setSuffix(every == Every::Months ? tr(" months") : every == Every::Weeks ? tr(" weeks")
                                                                                          : tr(" days"));
    m_preview->setDatesEditable(every == Every::Custom);
    m_previewTable->setToolTip(every == Every::Custom ? tr("Double-click a due date to change it") : QString());
    m_feedback->clear(kEvery);
    updatePreview();
}

bool InstalmentPlanDialog::buildRequest(payments::PlanRequest& request)
{
    QList<Error> errors;
    request.balance = m_account->balance;
    const Result<Money> down = Money::parse(m_down->text().trimmed().isEmpty() ? QStringLiteral("0") : m_down->text());
    if (down)
        request.downPayment = *down;
    else
        errors << Error::invalid(kDown, down.error().message);
    request.count = m_count->value();
    const Result<QDate> start = m_start->date();
    if (start)
        request.start = *start;
    else
        errors << start.error();
    switch (Every(m_every->currentData().toInt())) {
    case Every::Monthly:
        request.every = Interval { Interval::Unit::Month, 1 };
        break;
    case Every::Months:
        request.every = Interval { Interval::Unit::Month, m_everyCount->value() };
        break;
    case Every::Weeks:
        request.every = Interval { Interval::Unit::Week, m_everyCount->value() };
        break;
    case Every::Days:
        request.every = Interval { Interval::Unit::Day, m_everyCount->value() };
        break;
    case Every::Custom: {
        request.every = Interval { Interval::Unit::Custom, 1 };
        // The dates typed so far; more instalments continue monthly from the last one.
        QList<QDate> dates = m_preview->instalmentDates();
        while (dates.size() > request.count)
            dates.removeLast();
        const QDate first = request.start.isValid() ? request.start : m_services.today();
        while (dates.size() < request.count)
            dates << payments::addJalaliMonths(dates.isEmpty() ? first : dates.last(), 1);
        request.customDates = dates;
        break;
    }
    }
    for (const Error& error : std::as_const(errors))
        showError(error);
    return errors.isEmpty();
}

bool InstalmentPlanDialog::updatePreview()
{
    if (m_filling || !m_account || !isEditing())
        return false;
    m_feedback->clearAll();
    m_general->hide();
    payments::PlanRequest request;
    if (!buildRequest(request)) {
        m_sum->clear();
        return false;
    }
    const Result<QList<payments::Instalment>> schedule = payments::makeSchedule(request);
    if (!schedule) {
        showError(schedule.error());
        if (request.every.unit != Interval::Unit::Custom)
            m_preview->setInstalments({});
        m_sum->clear();
        return false;
    }
    m_preview->setInstalments(*schedule);
    const std::optional<Money> total = m_preview->total();
    m_sum->setText(total ? tr("Together %1, the balance of the invoice", "sum of the instalments")
                               .arg(AmountText::withUnit(*total, m_toman))
                         : QString());
    return true;
}

void InstalmentPlanDialog::showError(const Error& error)
{
    QString field = error.field;
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    if (bracket > 0)
        field = field.left(bracket);
    if (field == QLatin1String("amounts"))
        field = kDates;
    if (!m_feedback->hasField(field)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(field, ErrorText::describe(error));
}

void InstalmentPlanDialog::accept()
{
    if (!m_account || !isEditing()) {
        QDialog::accept();
        return;
    }
    m_feedback->clearAll();
    m_general->hide();
    payments::PlanRequest request;
    if (!buildRequest(request))
        return;
    const Result<payments::Plan> saved = m_plan ? m_services.payments.replacePlan(m_invoiceId, request)
                                                : m_services.payments.createPlan(m_invoiceId, request);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_plan = *saved;
    emit planChanged(m_invoiceId);
    QDialog::accept();
}

bool InstalmentPlanDialog::removePlan()
{
    if (!m_plan || m_plan->started)
        return false;
    if (Dialogs::ask(this, tr("Remove plan"),
                     tr("Remove the instalment plan of this invoice? Its balance stays as it is."),
                     tr("Remove plan")) != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_services.payments.removePlan(m_invoiceId);
    if (!removed) {
        showError(removed.error());
        return false;
    }
    emit planChanged(m_invoiceId);
    load();
    return true;
}

} // namespace peyvand::ui
