#include "ScoringProfileEditor.h"

#include "BudgetTierModel.h"
#include "ChoiceCriterionBox.h"
#include "Display.h"
#include "ErrorText.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
constexpr int kCustomColumns = 3;

template <typename Enum>
QList<OptionPointsModel::Choice> choicesOf(const QList<Enum>& values)
{
    QList<OptionPointsModel::Choice> choices;
    for (Enum value : values)
        choices << OptionPointsModel::Choice { leads::toKey(value), leads::displayName(value) };
    return choices;
}
} // namespace

ScoringProfileEditor::ScoringProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_tiers(new BudgetTierModel(this))
{
    setObjectName(QStringLiteral("scoringProfileEditor"));
    m_builtins.insert(QStringLiteral("timeline"),
                      new ChoiceCriterionBox(leads::builtinCriterionLabel(QStringLiteral("timeline")),
                                             QStringLiteral("timeline"), choicesOf(leads::allTimelines()), this));
    m_builtins.insert(QStringLiteral("authority"),
                      new ChoiceCriterionBox(leads::builtinCriterionLabel(QStringLiteral("authority")),
                                             QStringLiteral("authority"), choicesOf(leads::allAuthorities()), this));
    m_builtins.insert(QStringLiteral("need"),
                      new ChoiceCriterionBox(leads::builtinCriterionLabel(QStringLiteral("need")),
                                             QStringLiteral("need"), choicesOf(leads::allNeeds()), this));
    m_builtins.insert(QStringLiteral("industry"),
                      new ChoiceCriterionBox(leads::builtinCriterionLabel(QStringLiteral("industry")),
                                             QStringLiteral("industry"), {}, this));

    auto* first = new QVBoxLayout;
    first->addWidget(createQualificationGroup());
    first->addWidget(createBudgetGroup(), 1);
    first->addWidget(createEngagementGroup());
    auto* second = new QVBoxLayout;
    second->addWidget(m_builtins.value(QStringLiteral("timeline")));
    second->addWidget(m_builtins.value(QStringLiteral("authority")));
    second->addWidget(m_builtins.value(QStringLiteral("need")));
    second->addStretch(1);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 0, 1);
    grid->addWidget(m_builtins.value(QStringLiteral("industry")), 0, 2, Qt::AlignTop);
    grid->addWidget(createCustomGroup(), 1, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    for (ChoiceCriterionBox* box : m_builtins)
        connect(box, &ChoiceCriterionBox::edited, this, [this] {
            if (!m_loading)
                emit edited();
        });
    connect(m_tiers, &BudgetTierModel::edited, this, [this] {
        m_errors.value(QStringLiteral("budget"))->hide();
        emit edited();
    });
}

QSpinBox* ScoringProfileEditor::spinBox(const QString& name, int min, int max)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    connect(box, &QSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        for (QLabel* label : m_errors)
            label->hide();
        emit edited();
    });
    return box;
}

QLabel* ScoringProfileEditor::errorLabelFor(const QString& group, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(group + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    label->hide();
    m_errors.insert(group, label);
    return label;
}

QWidget* ScoringProfileEditor::createQualificationGroup()
{
    auto* group = new QGroupBox(tr("Qualification"), this);
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_threshold = spinBox(QStringLiteral("threshold"), -1000, 1000);
    m_threshold->setToolTip(tr("Leads at or above this score are qualified and enter the priority queue"));
    m_warm = spinBox(QStringLiteral("warmFrom"), -1000, 1000);
    m_hot = spinBox(QStringLiteral("hotFrom"), -1000, 1000);
    m_name->setMinimumWidth(220);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Profile name"), m_name);
    form->addRow(tr("Qualified from"), m_threshold);
    form->addRow(tr("Warm from"), m_warm);
    form->addRow(tr("Hot from"), m_hot);
    form->addRow(errorLabelFor(QStringLiteral("qualification"), group));
    connect(m_name, &QLineEdit::textEdited, this, &ScoringProfileEditor::edited);
    return group;
}

QWidget* ScoringProfileEditor::createBudgetGroup()
{
    auto* group = new QGroupBox(leads::builtinCriterionLabel(QStringLiteral("budget")), this);
    m_tierTable = new QTableView(group);
    m_tierTable->setObjectName(QStringLiteral("budgetTiers"));
    m_tierTable->setModel(m_tiers);
    m_tierTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tierTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tierTable->verticalHeader()->hide();
    m_tierTable->verticalHeader()->setDefaultSectionSize(m_tierTable->fontMetrics().height() + 8);
    m_tierTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_tierTable->horizontalHeader()->setSectionResizeMode(BudgetTierModel::MinimumColumn, QHeaderView::Stretch);
    m_tierTable->horizontalHeader()->setSectionResizeMode(BudgetTierModel::PointsColumn, QHeaderView::ResizeToContents);
    m_tierTable->setMinimumHeight(m_tierTable->horizontalHeader()->sizeHint().height()
                                  + 5 * m_tierTable->verticalHeader()->defaultSectionSize() + 2 * m_tierTable->frameWidth());
    m_budgetCap = spinBox(QStringLiteral("budgetCap"), 0, 1000);
    m_budgetUnknown = spinBox(QStringLiteral("budgetUnknown"), -1000, 1000);
    auto* add = new QPushButton(tr("Add tier"), group);
    add->setObjectName(QStringLiteral("addTierButton"));
    auto* remove = new QPushButton(tr("Remove tier"), group);
    remove->setObjectName(QStringLiteral("removeTierButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_tiers->addTier();
        m_tierTable->setCurrentIndex(m_tiers->index(row, BudgetTierModel::MinimumColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_tiers->removeTier(m_tierTable->currentIndex().row()); });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("At most"), m_budgetCap);
    form->addRow(tr("Budget unknown"), m_budgetUnknown);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_tierTable, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(errorLabelFor(QStringLiteral("budget"), group));
    return group;
}

QWidget* ScoringProfileEditor::createEngagementGroup()
{
    auto* group = new QGroupBox(leads::builtinCriterionLabel(QStringLiteral("engagement")), this);
    m_engagementPoints = spinBox(QStringLiteral("engagementPoints"), 0, 1000);
    m_halfLife = spinBox(QStringLiteral("halfLife"), 0, 100000);
    m_halfLife->setSuffix(tr(" days"));
    m_halfLife->setToolTip(tr("An interaction this old counts half as much"));
    m_engagementCap = spinBox(QStringLiteral("engagementCap"), 0, 1000);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Points per interaction"), m_engagementPoints);
    form->addRow(tr("Half-life"), m_halfLife);
    form->addRow(tr("At most"), m_engagementCap);
    form->addRow(errorLabelFor(QStringLiteral("engagement"), group));
    return group;
}

QWidget* ScoringProfileEditor::createCustomGroup()
{
    auto* group = new QGroupBox(tr("Your own criteria"), this);
    m_customLayout = new QGridLayout;
    m_noCustom = new QLabel(tr("None yet. Add criteria that fit your business, e.g. company size or region."), group);
    m_addCriterion = new QPushButton(tr("Add criterion"), group);
    m_addCriterion->setObjectName(QStringLiteral("addCriterionButton"));
    connect(m_addCriterion, &QPushButton::clicked, this, &ScoringProfileEditor::addCustomCriterion);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_noCustom, 1);
    buttons->addWidget(m_addCriterion);
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(m_customLayout);
    layout->addLayout(buttons);
    layout->addWidget(errorLabelFor(QStringLiteral("custom"), group));
    return group;
}

void ScoringProfileEditor::load(const leads::ScoringProfile& profile)
{
    m_loading = true;
    m_name->setText(profile.name);
    m_threshold->setValue(profile.threshold);
    m_warm->setValue(profile.warmFrom);
    m_hot->setValue(profile.hotFrom);
    m_tiers->setTiers(profile.budgetTiers);
    m_budgetCap->setValue(profile.budgetCap);
    m_budgetUnknown->setValue(profile.budgetUnknownPoints);
    m_engagementPoints->setValue(profile.engagement.pointsPerInteraction);
    m_halfLife->setValue(profile.engagement.halfLifeDays);
    m_engagementCap->setValue(profile.engagement.cap);
    m_builtins.value(QStringLiteral("timeline"))->load(profile.timeline);
    m_builtins.value(QStringLiteral("authority"))->load(profile.authority);
    m_builtins.value(QStringLiteral("need"))->load(profile.need);
    m_builtins.value(QStringLiteral("industry"))->load(profile.industry);
    for (ChoiceCriterionBox* box : std::as_const(m_custom))
        delete box;
    m_custom.clear();
    for (const leads::ChoiceCriterion& criterion : profile.custom)
        appendCustomBox(criterion);
    m_noCustom->setVisible(m_custom.isEmpty());
    clearErrors();
    m_loading = false;
}

void ScoringProfileEditor::setIndustries(const QList<leads::Industry>& industries)
{
    QList<OptionPointsModel::Choice> choices;
    for (const leads::Industry& industry : industries)
        choices << OptionPointsModel::Choice { industry.key, industry.name };
    m_loading = true;
    m_builtins.value(QStringLiteral("industry"))->setChoices(choices);
    m_loading = false;
}

leads::ScoringProfile ScoringProfileEditor::profile() const
{
    leads::ScoringProfile profile;
    profile.name = m_name->text();
    profile.threshold = m_threshold->value();
    profile.warmFrom = m_warm->value();
    profile.hotFrom = m_hot->value();
    profile.budgetTiers = m_tiers->tiers();
    profile.budgetCap = m_budgetCap->value();
    profile.budgetUnknownPoints = m_budgetUnknown->value();
    profile.engagement = leads::EngagementRule { m_engagementPoints->value(), m_halfLife->value(), m_engagementCap->value() };
    profile.timeline = m_builtins.value(QStringLiteral("timeline"))->criterion();
    profile.authority = m_builtins.value(QStringLiteral("authority"))->criterion();
    profile.need = m_builtins.value(QStringLiteral("need"))->criterion();
    profile.industry = m_builtins.value(QStringLiteral("industry"))->criterion();
    for (const ChoiceCriterionBox* box : m_custom)
        profile.custom << box->criterion();
    return profile;
}

QString ScoringProfileEditor::newCustomKey() const
{
    QSet<QString> keys;
    for (const ChoiceCriterionBox* box : m_custom)
        keys.insert(box->key());
    int number = int(m_custom.size()) + 1;
    while (keys.contains(QStringLiteral("criterion_%1").arg(number)))
        ++number;
    return QStringLiteral("criterion_%1").arg(number);
}

ChoiceCriterionBox* ScoringProfileEditor::addCustomCriterion()
{
    leads::ChoiceCriterion criterion;
    criterion.key = newCustomKey();
    criterion.cap = 10;
    ChoiceCriterionBox* box = appendCustomBox(criterion);
    m_noCustom->hide();
    box->labelEdit()->setFocus();
    emit edited();
    return box;
}

ChoiceCriterionBox* ScoringProfileEditor::appendCustomBox(const leads::ChoiceCriterion& criterion)
{
    auto* box = new ChoiceCriterionBox(this);
    box->load(criterion);
    const int at = int(m_custom.size());
    m_custom << box;
    m_customLayout->addWidget(box, at / kCustomColumns, at % kCustomColumns);
    connect(box, &ChoiceCriterionBox::edited, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(box, &ChoiceCriterionBox::removeRequested, this, [this, box] { removeCustomBox(box); });
    return box;
}

void ScoringProfileEditor::removeCustomBox(ChoiceCriterionBox* box)
{
    const int at = int(m_custom.indexOf(box));
    if (at < 0)
        return;
    m_custom.removeAt(at);
    box->deleteLater();
    // Lay the others out again without a gap.
    for (ChoiceCriterionBox* each : std::as_const(m_custom))
        m_customLayout->removeWidget(each);
    for (int i = 0; i < m_custom.size(); ++i)
        m_customLayout->addWidget(m_custom.at(i), i / kCustomColumns, i % kCustomColumns);
    m_noCustom->setVisible(m_custom.isEmpty());
    emit edited();
}

void ScoringProfileEditor::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    for (ChoiceCriterionBox* box : std::as_const(m_builtins))
        box->clearError();
    for (ChoiceCriterionBox* box : std::as_const(m_custom))
        box->clearError();
}

bool ScoringProfileEditor::showError(const Error& error)
{
    const QString field = error.field;
    const QString message = ErrorText::describe(error);
    const QString head = field.section(QLatin1Char('.'), 0, 0);
    if (ChoiceCriterionBox* box = m_builtins.value(head)) {
        box->showError(message);
        return true;
    }
    static const QRegularExpression customIndex(QStringLiteral("^custom\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = customIndex.match(field);
    if (match.hasMatch() && match.captured(1).toInt() < m_custom.size()) {
        m_custom.at(match.captured(1).toInt())->showError(message);
        return true;
    }
    QString group;
    if (head == QLatin1String("budget"))
        group = QStringLiteral("budget");
    else if (head == QLatin1String("engagement"))
        group = QStringLiteral("engagement");
    else if (head == QLatin1String("custom"))
        group = QStringLiteral("custom");
    else if (head == QLatin1String("threshold") || head == QLatin1String("bands") || head == QLatin1String("name"))
        group = QStringLiteral("qualification");
    if (QLabel* label = m_errors.value(group)) {
        label->setText(message);
        label->show();
        return true;
    }
    return false;
}

} // namespace peyvand::ui
