#include "DocumentEditorBar.h"

#include "DocumentActions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace peyvand::ui {

DocumentEditorBar::DocumentEditorBar(DocumentActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_save(new QPushButton(tr("Save draft"), this))
    , m_saveAndIssue(new QPushButton(tr("Save and issue"), this))
{
    m_back->setObjectName(QStringLiteral("documentBackButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to where the document was opened from"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_title->setObjectName(QStringLiteral("documentEditorTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_save->setObjectName(QStringLiteral("saveDocumentButton"));
    m_save->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_saveAndIssue->setObjectName(QStringLiteral("saveAndIssueButton"));
    m_saveAndIssue->setToolTip(tr("Save, give the document its number and lock it (Ctrl+Enter)"));

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : actions.actions()) {
        if (action != actions.issueAction()) // "Save and issue" does it with the edits
            toolBar->addAction(action);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_back);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addStretch(1);
    layout->addWidget(toolBar);
    layout->addWidget(m_save);
    layout->addWidget(m_saveAndIssue);

    connect(m_back, &QToolButton::clicked, this, &DocumentEditorBar::backClicked);
    connect(m_save, &QPushButton::clicked, this, &DocumentEditorBar::saveClicked);
    connect(m_saveAndIssue, &QPushButton::clicked, this, &DocumentEditorBar::saveAndIssueClicked);
}

void DocumentEditorBar::setTitle(const QString& title)
{
    m_title->setText(title);
}

void DocumentEditorBar::setEditable(bool editable)
{
    m_save->setVisible(editable);
    m_saveAndIssue->setVisible(editable);
}

} // namespace peyvand::ui
