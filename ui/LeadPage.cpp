#include "LeadPage.h"

#include "AmountText.h"
#include "ContactDetails.h"
#include "Display.h"
#include "ErrorText.h"
#include "InteractionListModel.h"
#include "LeadHeader.h"
#include "LeadScoreBox.h"
#include "LeadTasksModel.h"
#include "NoteListModel.h"
#include "RecordHistoryDialog.h"
#include "ScoreHistoryModel.h"
#include "leads/LeadService.h"
#include "tasks/TaskService.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace peyvand::ui {

LeadPage::LeadPage(leads::LeadService& service, tasks::TaskService& tasks, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_taskService(tasks)
    , m_header(new LeadHeader(this))
    , m_scoreBox(new LeadScoreBox(this))
    , m_contacts(new ContactDetails(this))
    , m_history(new ScoreHistoryModel(this))
    , m_notes(new NoteListModel(this))
    , m_interactions(new InteractionListModel(this))
    , m_tasks(new LeadTasksModel(this))
{
    setObjectName(QStringLiteral("leadPage"));

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scoreBox);
    rightLayout->addWidget(createActivityTabs(), 1);

    auto* columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(createDetailsColumn());
    columns->addWidget(right);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 5);
    columns->setChildrenCollapsible(false);
    columns->setSizes({ 420, 900 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createActionBar());
    layout->addWidget(columns, 1);

    connect(m_scoreBox, &LeadScoreBox::overrideRequested, this, &LeadPage::openOverride);
    connect(m_scoreBox, &LeadScoreBox::clearOverrideRequested, this, &LeadPage::clearOverride);
    connect(m_contacts, &ContactDetails::copied, this,
            [this](const QString& label) { emit statusMessage(tr("%1 copied").arg(label)); });
}

QWidget* LeadPage::createActionBar()
{
    auto* bar = new QWidget(this);
    auto* back = new QToolButton(bar);
    back->setObjectName(QStringLiteral("backButton"));
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setText(tr("Leads"));
    back->setToolTip(tr("Back to the lead list (Esc)"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &LeadPage::backRequested);

    m_log = new QPushButton(tr("Log interaction…"), bar);
    m_log->setObjectName(QStringLiteral("logInteractionButton"));
    m_edit = new QPushButton(tr("Edit…"), bar);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_convert = new QPushButton(bar);
    m_convert->setObjectName(QStringLiteral("convertButton"));
    m_delete = new QPushButton(tr("Delete…"), bar);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_changes = new QPushButton(tr("History…"), bar);
    m_changes->setObjectName(QStringLiteral("historyButton"));
    m_changes->setToolTip(tr("Every change of this lead, its notes, interactions and score"));
    m_changes->setVisible(false);
    connect(m_changes, &QPushButton::clicked, this, &LeadPage::openHistory);
    connect(m_log, &QPushButton::clicked, this, &LeadPage::openLogInteraction);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_lead.id); });
    connect(m_convert, &QPushButton::clicked, this, [this] {
        if (m_lead.convertedCustomerId > 0)
            emit openCustomerRequested(m_lead.convertedCustomerId);
        else
            convertToCustomer();
    });
    connect(m_delete, &QPushButton::clicked, this, &LeadPage::deleteLead);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_convert);
    buttons->addWidget(m_changes);
    buttons->addWidget(m_delete);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(back, 0, Qt::AlignTop);
    layout->addSpacing(12);
    layout->addWidget(m_header, 1);
    layout->addLayout(buttons);
    return bar;
}

QTableView* LeadPage::createTable(const QString& name)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QWidget* LeadPage::createDetailsColumn()
{
    m_detailsBox = new QGroupBox(tr("About the lead"));
    m_details = new QFormLayout(m_detailsBox);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* tasksBox = new QGroupBox(tr("Follow-ups"));
    m_taskTable = createTable(QStringLiteral("leadTasks"));
    m_taskTable->setModel(m_tasks);
    m_taskTable->horizontalHeader()->setSectionResizeMode(LeadTasksModel::TitleColumn, QHeaderView::Stretch);
    m_taskTable->setMinimumHeight(120);
    m_followUp = new QPushButton(tr("Add follow-up…"), tasksBox);
    m_followUp->setObjectName(QStringLiteral("addFollowUpButton"));
    m_done = new QPushButton(tr("Done"), tasksBox);
    m_done->setObjectName(QStringLiteral("taskDoneButton"));
    m_done->setToolTip(tr("Mark the selected follow-up as done"));
    connect(m_followUp, &QPushButton::clicked, this, &LeadPage::openFollowUp);
    connect(m_done, &QPushButton::clicked, this, &LeadPage::markTaskDone);
    auto* taskButtons = new QHBoxLayout;
    taskButtons->addStretch(1);
    taskButtons->addWidget(m_done);
    taskButtons->addWidget(m_followUp);
    auto* tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->addWidget(m_taskTable, 1);
    tasksLayout->addLayout(taskButtons);

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_detailsBox);
    layout->addWidget(m_contacts);
    layout->addWidget(tasksBox, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(column);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(360);
    return scroll;
}

QWidget* LeadPage::createActivityTabs()
{
    m_activity = new QTabWidget;
    m_activity->setObjectName(QStringLiteral("leadActivity"));
    m_activity->addTab(createNotesTab(), tr("Notes"));
    QTableView* interactions = createTable(QStringLiteral("leadInteractions"));
    interactions->setModel(m_interactions);
    interactions->horizontalHeader()->setSectionResizeMode(InteractionListModel::SummaryColumn, QHeaderView::Stretch);
    interactions->hideColumn(InteractionListModel::FollowUpColumn); // a lead's follow-ups are tasks
    m_activity->addTab(interactions, tr("Interactions"));
    QTableView* history = createTable(QStringLiteral("scoreHistory"));
    history->setModel(m_history);
    history->horizontalHeader()->setSectionResizeMode(ScoreHistoryModel::CriteriaColumn, QHeaderView::Stretch);
    m_activity->addTab(history, tr("Score history"));
    return m_activity;
}

QWidget* LeadPage::createNotesTab()
{
    auto* page = new QWidget;
    m_noteEdit = new QPlainTextEdit(page);
    m_noteEdit->setObjectName(QStringLiteral("noteEditor"));
    m_noteEdit->setPlaceholderText(tr("A note on this lead: what they need, who decides, how to approach them…"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_noteEdit->installEventFilter(this);
    auto* add = new QPushButton(tr("Add note"), page);
    add->setObjectName(QStringLiteral("addNoteButton"));
    add->setToolTip(tr("Save the note (Ctrl+Enter)"));
    connect(add, &QPushButton::clicked, this, &LeadPage::addNote);
    m_noteError = new QLabel(page);
    m_noteError->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_noteError->hide();
    auto* list = new QListView(page);
    list->setObjectName(QStringLiteral("noteList"));
    list->setModel(m_notes);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSpacing(2);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_noteEdit, 1);
    entry->addWidget(add, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(entry);
    layout->addWidget(m_noteError);
    layout->addWidget(list, 1);
    return page;
}

bool LeadPage::showLead(qint64 leadId)
{
    Result<leads::Lead> lead = m_service.get(leadId);
    if (!lead) {
        emit statusMessage(ErrorText::describe(lead.error()));
        return false;
    }
    m_lead = *lead;
    m_profile = m_service.profile().valueOr(leads::ScoringProfile::defaults());
    m_header->setLead(m_lead);
    m_scoreBox->setLead(m_lead, m_profile);
    m_contacts->setCustomer(m_lead.contact);
    fillDetails();
    const bool converted = m_lead.convertedCustomerId > 0;
    m_convert->setText(converted ? tr("Open customer") : tr("Convert to customer…"));
    m_convert->setToolTip(converted ? tr("This lead became a customer on %1").arg(Display::dateTime(m_lead.convertedAt))
                                    : tr("Make a customer of this lead, keeping its notes and interactions"));
    m_log->setEnabled(!converted);
    m_followUp->setEnabled(!converted);
    m_noteEdit->clear();
    m_noteError->hide();
    loadActivity();
    return true;
}

void LeadPage::reload()
{
    if (m_lead.id > 0)
        showLead(m_lead.id);
}

void LeadPage::fillDetails()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    const auto add = [this](const QString& label, const QString& value) {
        if (value.isEmpty())
            return;
        auto* shown = new QLabel(value, m_detailsBox);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        shown->setAlignment(Display::leadingAlignment());
        m_details->addRow(label, shown);
    };
    add(tr("Status"), m_lead.status == leads::LeadStatus::Lost && !m_lead.lostReason.isEmpty()
            ? tr("%1: %2", "status: reason").arg(leads::displayName(m_lead.status), Display::isolate(Display::digits(m_lead.lostReason)))
            : leads::displayName(m_lead.status));
    add(tr("Source"), leads::displayName(m_lead.source));
    add(tr("Owner"), Display::digits(m_lead.owner));
    add(tr("Best time to call"), Display::isolate(Display::digits(m_lead.bestTimeToCall)));
    add(tr("Next follow-up"), Display::dateTime(m_lead.nextFollowUp));
    add(tr("Budget"), m_lead.budget ? AmountText::withUnit(*m_lead.budget, false) : tr("Unknown"));
    add(tr("Purchase timeline"), leads::displayName(m_lead.timeline));
    add(tr("Contact's authority"), leads::displayName(m_lead.authority));
    QString industry = m_lead.industry;
    for (const leads::Industry& each : m_service.industries().valueOr({})) {
        if (each.key == m_lead.industry)
            industry = each.name;
    }
    add(tr("Industry"), industry.isEmpty() ? tr("Unknown") : Display::digits(industry));
    add(tr("Need"), leads::displayName(m_lead.need));
    for (const leads::ChoiceCriterion& criterion : m_profile.custom) {
        const QString option = m_lead.custom.value(criterion.key);
        QString label = option;
        for (const leads::OptionPoints& each : criterion.options) {
            if (each.option == option && !each.label.isEmpty())
                label = each.label;
        }
        add(Display::digits(criterion.label), label.isEmpty() ? tr("Unknown") : Display::digits(label));
    }
    add(tr("Added"), Display::dateTime(m_lead.createdAt));
    if (m_lead.qualifiedAt.isValid())
        add(tr("Qualified since"), Display::dateTime(m_lead.qualifiedAt));
}

QString LeadPage::detailText(const QString& label) const
{
    for (int row = 0; row < m_details->rowCount(); ++row) {
        const auto* caption = qobject_cast<QLabel*>(m_details->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto* value = qobject_cast<QLabel*>(m_details->itemAt(row, QFormLayout::FieldRole)->widget());
        if (caption && value && caption->text() == label)
            return value->text();
    }
    return {};
}

void LeadPage::loadActivity()
{
    m_history->setHistory(m_service.scoreHistory(m_lead.id).valueOr({}), m_profile);
    m_notes->setNotes(m_service.notes(m_lead.id).valueOr({}));
    m_interactions->setInteractions(m_service.interactions(m_lead.id).valueOr({}));
    m_tasks->setTasks(m_taskService.tasksOf(tasks::Subject::Lead, m_lead.id).valueOr({}),
                      QDateTime::currentDateTimeUtc());
    m_done->setEnabled(m_tasks->rowCount() > 0);
}

void LeadPage::changed(const QString& message)
{
    reload();
    emit statusMessage(message);
    emit leadChanged(m_lead.id);
}

bool LeadPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LeadPage::setRecordHistory(const history::RecordHistory& history)
{
    m_recordHistory.emplace(history);
    m_changes->setVisible(true);
}

RecordHistoryDialog* LeadPage::openHistory()
{
    if (!m_recordHistory)
        return nullptr;
    return RecordHistoryDialog::openFor(*m_recordHistory, history::RecordKind::Lead, m_lead.id, tr("lead %1").arg(m_lead.contact.name),
                                        this);
}

} // namespace peyvand::ui
