#include "TodayPanel.h"

#include "AgendaModel.h"
#include "Display.h"
#include "ErrorText.h"
#include "PaymentRemindersBox.h"
#include "PipelineServices.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace peyvand::ui {

TodayPanel::TodayPanel(PipelineServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new AgendaModel(services.tasks, this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("todayPanel"));
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->setMouseTracking(true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // Wide enough for a date and time (with the Gregorian date in English) and the check box.
    header->setSectionResizeMode(AgendaModel::DueColumn, QHeaderView::Interactive);
    header->resizeSection(AgendaModel::DueColumn,
                          fontMetrics().horizontalAdvance(Display::dateTime(services.clock.nowUtc())) + 56);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::SubjectColumn, QHeaderView::Interactive);
    header->resizeSection(AgendaModel::SubjectColumn, 190);
    m_empty->setObjectName(QStringLiteral("agendaEmptyText"));
    m_empty->setText(tr("Nothing due in the next seven days — add a task or a follow-up."));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_view, &QTreeView::clicked, this, &TodayPanel::activateSubject);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(AgendaModel::TaskIdRole).toLongLong();
        if (id > 0 && index.column() != AgendaModel::SubjectColumn)
            emit editRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentTaskChanged(currentTaskId()); });
    connect(m_model, &AgendaModel::failed, this, &TodayPanel::statusMessage);
    connect(m_model, &AgendaModel::taskDone, this, [this](qint64, bool done) {
        emit statusMessage(done ? tr("Task done") : tr("Task opened again"));
        emit tasksChanged();
        // Done tasks leave the agenda, after the click that checked them.
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, [this] {
                if (m_reloadPending)
                    reload();
            });
        }
    });
}

void TodayPanel::addPaymentReminders(PaymentRemindersBox* payments)
{
    if (m_payments || !payments)
        return;
    m_payments = payments;
    payments->setParent(this);
    layout()->addWidget(payments);
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(payments, 1);
    connect(payments, &PaymentRemindersBox::statusMessage, this, &TodayPanel::statusMessage);
    payments->reload();
}

void TodayPanel::reload()
{
    m_reloadPending = false;
    if (m_payments)
        m_payments->reload();
    const qint64 selected = currentTaskId();
    const Result<tasks::Agenda> agenda = m_services.tasks.agenda(kUpcomingDays);
    if (!agenda)
        emit statusMessage(ErrorText::describe(agenda.error()));
    m_model->setAgenda(agenda.valueOr({}), m_services.clock.today(), m_services.clock.nowUtc());
    for (int group = 0; group < AgendaModel::GroupCount; ++group) {
        const QModelIndex index = m_model->groupIndex(AgendaModel::Group(group));
        m_view->setFirstColumnSpanned(group, {}, true);
        m_view->expand(index);
    }
    const bool empty = agenda && agenda->overdue.isEmpty() && agenda->today.isEmpty() && agenda->upcoming.isEmpty();
    m_empty->setVisible(empty);
    if (selected > 0)
        select(selected);
}

qint64 TodayPanel::currentTaskId() const
{
    return m_view->currentIndex().data(AgendaModel::TaskIdRole).toLongLong();
}

void TodayPanel::select(qint64 taskId)
{
    const QModelIndex index = m_model->indexOf(taskId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void TodayPanel::activateSubject(const QModelIndex& index)
{
    if (index.column() != AgendaModel::SubjectColumn)
        return;
    const auto subject = static_cast<tasks::Subject>(index.data(AgendaModel::SubjectRole).toInt());
    const qint64 id = index.data(AgendaModel::SubjectIdRole).toLongLong();
    if (subject != tasks::Subject::None && id > 0)
        emit openSubjectRequested(subject, id);
}

} // namespace peyvand::ui
