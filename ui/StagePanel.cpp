#include "StagePanel.h"

#include "Dialogs.h"
#include "ErrorText.h"
#include "StageDialog.h"
#include "StageListModel.h"
#include "pipeline/DealService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

StagePanel::StagePanel(pipeline::DealService& deals, QWidget* parent)
    : QWidget(parent)
    , m_deals(deals)
    , m_model(new StageListModel(this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("Add a stage…"), this))
    , m_change(new QPushButton(tr("Rename or change probability…"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("stagePanel"));
    auto* intro = new QLabel(tr("Deals move through these stages from top to bottom; the board shows them as "
                                "columns. A stage's probability weighs its deals in the pipeline value."), this);
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("stageError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setMinimumHeight(200);
    m_add->setObjectName(QStringLiteral("addStageButton"));
    m_change->setObjectName(QStringLiteral("changeStageButton"));
    m_up->setObjectName(QStringLiteral("stageUpButton"));
    m_down->setObjectName(QStringLiteral("stageDownButton"));
    m_remove->setObjectName(QStringLiteral("removeStageButton"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_add, m_change, m_up, m_down, m_remove })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &StagePanel::addStage);
    connect(m_change, &QPushButton::clicked, this, &StagePanel::changeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &StagePanel::removeCurrent);
    connect(m_table, &QTableView::activated, this, &StagePanel::changeCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StagePanel::updateButtons);
    reload();
}

void StagePanel::reload()
{
    const qint64 selected = currentStageId();
    const Result<QList<pipeline::Stage>> stages = m_deals.stages();
    if (!stages) {
        showError(ErrorText::describe(stages.error()));
        m_model->setStages({});
    } else {
        m_model->setStages(*stages);
    }
    if (selected > 0 && m_model->rowOf(selected) >= 0)
        selectStage(selected);
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

qint64 StagePanel::currentStageId() const
{
    return m_model->stage(m_table->currentIndex().row()).id;
}

void StagePanel::selectStage(qint64 stageId)
{
    const int row = m_model->rowOf(stageId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void StagePanel::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const bool current = currentStageId() > 0;
    m_change->setEnabled(current);
    m_remove->setEnabled(current);
    m_up->setEnabled(current && row > 0);
    m_down->setEnabled(current && row < m_model->rowCount() - 1);
}

void StagePanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

StageDialog* StagePanel::addStage()
{
    return openDialog(new StageDialog(m_deals, pipeline::Stage {}, this));
}

StageDialog* StagePanel::changeCurrent()
{
    if (currentStageId() <= 0)
        return nullptr;
    return openDialog(new StageDialog(m_deals, m_model->stage(m_table->currentIndex().row()), this));
}

StageDialog* StagePanel::openDialog(StageDialog* dialog)
{
    showError({});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 saved = dialog->saved().id;
        reload();
        selectStage(saved);
        emit stagesChanged();
        emit statusMessage(tr("Pipeline stages saved"));
    });
    dialog->open();
    return dialog;
}

bool StagePanel::moveCurrent(int delta)
{
    const qint64 id = currentStageId();
    const int row = m_table->currentIndex().row();
    const int target = row + delta;
    if (id <= 0 || target < 0 || target >= m_model->rowCount())
        return false;
    showError({});
    const Status moved = m_deals.moveStage(id, target);
    if (!moved) {
        showError(ErrorText::describe(moved.error()));
        return false;
    }
    reload();
    selectStage(id);
    emit stagesChanged();
    return true;
}

bool StagePanel::removeCurrent()
{
    const qint64 id = currentStageId();
    if (id <= 0)
        return false;
    showError({});
    const pipeline::Stage stage = m_model->stage(m_table->currentIndex().row());
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Remove stage"),
        tr("Remove the stage “%1” from the pipeline?").arg(stage.displayName()), tr("Remove"));
    if (answer != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_deals.removeStage(id);
    if (!removed) {
        // A conflict (deals still in it, the last open stage) says what to do.
        showError(ErrorText::describe(removed.error()));
        emit statusMessage(tr("The stage was not removed."));
        return false;
    }
    reload();
    emit stagesChanged();
    emit statusMessage(tr("Stage removed"));
    return true;
}

} // namespace peyvand::ui
