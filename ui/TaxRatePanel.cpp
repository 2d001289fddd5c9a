#include "TaxRatePanel.h"

#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "TaxRateDialog.h"
#include "TaxRateModel.h"
#include "sales/CompanyProfileService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

TaxRatePanel::TaxRatePanel(sales::CompanyProfileService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new TaxRateModel(this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("Add a period…"), this))
    , m_change(new QPushButton(tr("Change rates…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("taxRatePanel"));
    auto* intro = new QLabel(tr("VAT and municipal duty are charged at the rates in force on a document's issue "
                                "date. Add a period when the rates change."), this);
    intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table->setObjectName(QStringLiteral("taxRateTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setMinimumHeight(160);
    m_add->setObjectName(QStringLiteral("addTaxRateButton"));
    m_change->setObjectName(QStringLiteral("changeTaxRateButton"));
    m_remove->setObjectName(QStringLiteral("removeTaxRateButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TaxRatePanel::addPeriod);
    connect(m_change, &QPushButton::clicked, this, &TaxRatePanel::changeCurrent);
    connect(m_remove, &QPushButton::clicked, this, &TaxRatePanel::removeCurrent);
    connect(m_table, &QTableView::activated, this, &TaxRatePanel::changeCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TaxRatePanel::updateButtons);
    reload();
}

void TaxRatePanel::reload()
{
    const QDate selected = currentValidFrom();
    const Result<sales::TaxRateTable> table = m_service.taxRates();
    if (!table) {
        m_error->setText(ErrorText::describe(table.error()));
        m_error->show();
        m_model->setPeriods({});
    } else {
        m_error->hide();
        m_model->setPeriods(table->periods());
    }
    if (selected.isValid() && m_model->rowOf(selected) >= 0)
        selectPeriod(selected);
    else if (m_model->rowCount() > 0)
        selectPeriod(m_model->periods().last().validFrom); // the rates in force now, usually
    updateButtons();
}

QDate TaxRatePanel::currentValidFrom() const
{
    return m_model->period(m_table->currentIndex().row()).validFrom;
}

void TaxRatePanel::selectPeriod(QDate validFrom)
{
    const int row = m_model->rowOf(validFrom);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void TaxRatePanel::updateButtons()
{
    const bool hasCurrent = currentValidFrom().isValid();
    m_change->setEnabled(hasCurrent);
    m_remove->setEnabled(hasCurrent);
}

TaxRateDialog* TaxRatePanel::addPeriod()
{
    return openDialog(new TaxRateDialog(m_service, sales::TaxRatePeriod {}, this));
}

TaxRateDialog* TaxRatePanel::changeCurrent()
{
    if (!currentValidFrom().isValid())
        return nullptr;
    return openDialog(new TaxRateDialog(m_service, m_model->period(m_table->currentIndex().row()), this));
}

TaxRateDialog* TaxRatePanel::openDialog(TaxRateDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QDate saved = dialog->saved().validFrom;
        reload();
        selectPeriod(saved);
        emit ratesChanged();
        emit statusMessage(tr("Tax rates saved"));
    });
    dialog->open();
    return dialog;
}

bool TaxRatePanel::removeCurrent()
{
    const QDate validFrom = currentValidFrom();
    if (!validFrom.isValid())
        return false;
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Remove tax period"),
        tr("Remove the rates in force from %1? Documents already issued keep the tax they were given.")
            .arg(Display::date(validFrom)),
        tr("Remove"));
    if (answer != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_service.removeTaxRate(validFrom);
    if (!removed) {
        Dialogs::error(this, tr("Remove tax period"), ErrorText::describe(removed.error()), removed.error().detail);
        return false;
    }
    reload();
    emit ratesChanged();
    emit statusMessage(tr("Tax period removed"));
    return true;
}

} // namespace peyvand::ui
