#include "ChoiceCriterionBox.h"

#include "Display.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace peyvand::ui {

ChoiceCriterionBox::ChoiceCriterionBox(const QString& title, const QString& key,
                                       const QList<OptionPointsModel::Choice>& choices, QWidget* parent)
    : QGroupBox(title, parent)
    , m_key(key)
    , m_choices(choices)
    , m_model(new OptionPointsModel(false, this))
{
    setObjectName(QStringLiteral("criterion_") + key);
    build();
}

ChoiceCriterionBox::ChoiceCriterionBox(QWidget* parent)
    : QGroupBox(tr("Custom criterion"), parent)
    , m_model(new OptionPointsModel(true, this))
{
    setObjectName(QStringLiteral("customCriterion"));
    build();
}

void ChoiceCriterionBox::build()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(OptionPointsModel::OptionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OptionPointsModel::PointsColumn, QHeaderView::ResizeToContents);
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("cap"));
    m_cap->setRange(0, 1000);
    m_cap->setToolTip(tr("The most points this criterion can give"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    if (isCustom()) {
        m_label = new QLineEdit(this);
        m_label->setObjectName(QStringLiteral("criterionLabel"));
        m_label->setPlaceholderText(tr("e.g. Company size"));
        m_label->setMinimumWidth(220);
        form->addRow(tr("Name"), m_label);
        connect(m_label, &QLineEdit::textEdited, this, [this] {
            setTitle(m_label->text().trimmed().isEmpty() ? tr("Custom criterion") : m_label->text());
            emit edited();
        });
    }
    form->addRow(tr("At most"), m_cap);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    if (isCustom()) {
        m_addOption = new QPushButton(tr("Add option"), this);
        m_addOption->setObjectName(QStringLiteral("addOptionButton"));
        m_removeOption = new QPushButton(tr("Remove option"), this);
        m_removeOption->setObjectName(QStringLiteral("removeOptionButton"));
        m_remove = new QPushButton(tr("Remove criterion"), this);
        m_remove->setObjectName(QStringLiteral("removeCriterionButton"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_addOption);
        buttons->addWidget(m_removeOption);
        buttons->addStretch(1);
        buttons->addWidget(m_remove);
        layout->addLayout(buttons);
        connect(m_addOption, &QPushButton::clicked, this, [this] {
            const int row = m_model->addOption(tr("New option"));
            m_table->setCurrentIndex(m_model->index(row, OptionPointsModel::OptionColumn));
            m_table->edit(m_table->currentIndex());
        });
        connect(m_removeOption, &QPushButton::clicked, this,
                [this] { m_model->removeOption(m_table->currentIndex().row()); });
        connect(m_remove, &QPushButton::clicked, this, &ChoiceCriterionBox::removeRequested);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChoiceCriterionBox::fitTable);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChoiceCriterionBox::fitTable);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChoiceCriterionBox::fitTable);
    fitTable();
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_cap, &QSpinBox::valueChanged, this, &ChoiceCriterionBox::edited);
    connect(m_model, &OptionPointsModel::edited, this, &ChoiceCriterionBox::edited);
    connect(this, &ChoiceCriterionBox::edited, this, &ChoiceCriterionBox::clearError);
}

void ChoiceCriterionBox::fitTable()
{
    // Options are few: all of them show without scrolling (at least three rows' room).
    const int rows = std::max(3, m_model->rowCount());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
}

void ChoiceCriterionBox::load(const leads::ChoiceCriterion& criterion)
{
    const QSignalBlocker blocker(m_cap);
    m_cap->setValue(criterion.cap);
    if (isCustom()) {
        m_key = criterion.key;
        m_label->setText(criterion.label);
        setTitle(criterion.label.trimmed().isEmpty() ? tr("Custom criterion") : Display::digits(criterion.label));
        m_model->setCustom(criterion.options);
    } else {
        m_model->setBuiltin(m_choices, criterion.options);
    }
    clearError();
}

void ChoiceCriterionBox::setChoices(const QList<OptionPointsModel::Choice>& choices)
{
    const leads::ChoiceCriterion current = criterion();
    m_choices = choices;
    m_model->setBuiltin(m_choices, current.options);
}

leads::ChoiceCriterion ChoiceCriterionBox::criterion() const
{
    leads::ChoiceCriterion criterion;
    criterion.key = m_key;
    criterion.label = isCustom() ? m_label->text() : QString();
    criterion.cap = m_cap->value();
    criterion.options = m_model->options();
    return criterion;
}

void ChoiceCriterionBox::showError(const QString& message)
{
    m_error->setText(Display::digits(message));
    m_error->show();
}

void ChoiceCriterionBox::clearError()
{
    m_error->hide();
}

} // namespace peyvand::ui
