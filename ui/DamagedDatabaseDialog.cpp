#include "DamagedDatabaseDialog.h"

#include "Dialogs.h"
#include "Display.h"
#include "RestoreFlow.h"
#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
QList<DamagedDatabaseDialog::Choice>& scripted()
{
    static QList<DamagedDatabaseDialog::Choice> choices;
    return choices;
}
} // namespace

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString& databasePath, const std::optional<backup::BackupEntry>& newest,
                                             const QStringList& problems, QWidget* parent)
    : QDialog(parent)
    , m_backup(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore from this backup"), this))
    , m_readOnly(new QPushButton(tr("Open read-only"), this))
    , m_quit(new QPushButton(tr("Quit"), this))
{
    setObjectName(QStringLiteral("damagedDatabaseDialog"));
    setWindowTitle(tr("The database is damaged"));
    auto* heading = new QLabel(tr("The database file is damaged"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* text = new QLabel(
        tr("Peyvand checked “%1” and found parts of it that cannot be read correctly. This usually comes from a "
           "disk fault or the computer switching off while writing. To keep what is left safe, Peyvand will not "
           "change this file.")
            .arg(Display::isolate(QDir::toNativeSeparators(databasePath))),
        this);
    text->setWordWrap(true);

    m_backup->setObjectName(QStringLiteral("newestBackup"));
    m_backup->setWordWrap(true);
    m_backup->setStyleSheet(QStringLiteral("background: #ecfdf5; color: #064e3b; padding: 8px; border-radius: 4px;"));
    if (newest && newest->metadata) {
        m_backup->setText(tr("The newest backup that can be read is from %1 and holds %2. Restoring it replaces the "
                             "damaged file; the damaged file is kept beside it.")
                              .arg(Display::dateTime(newest->metadata->createdAt), RestoreFlow::countsText(*newest->metadata)));
    } else {
        m_backup->setStyleSheet(QStringLiteral("background: #fef3c7; color: #78350f; padding: 8px; border-radius: 4px;"));
        m_backup->setText(tr("No readable backup was found in the backup folder. You can open the database "
                             "read-only to look at and export what can still be read."));
        m_restore->setEnabled(false);
    }
    auto* choices = new QLabel(tr("“Open read-only” shows your data without changing anything; nothing can be "
                                  "added or edited until the database is restored."),
                               this);
    choices->setWordWrap(true);

    auto* details = new QPlainTextEdit(problems.join(QLatin1Char('\n')), this);
    details->setObjectName(QStringLiteral("damageDetails"));
    details->setReadOnly(true);
    details->setMaximumHeight(90);
    details->setVisible(!problems.isEmpty());
    details->setLayoutDirection(Qt::LeftToRight);

    m_restore->setObjectName(QStringLiteral("restoreNewest"));
    m_readOnly->setObjectName(QStringLiteral("openReadOnly"));
    m_quit->setObjectName(QStringLiteral("quit"));
    if (m_restore->isEnabled())
        m_restore->setDefault(true);
    else
        m_readOnly->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_quit);
    buttons->addStretch(1);
    buttons->addWidget(m_readOnly);
    buttons->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_backup);
    layout->addWidget(choices);
    layout->addWidget(details);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(m_readOnly, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ReadOnly;
        accept();
    });
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
}

std::optional<backup::BackupEntry> DamagedDatabaseDialog::newestBackup(const QString& databasePath)
{
    QStringList folders;
    const QString remembered = Settings().backupFolderFor(databasePath);
    if (!remembered.isEmpty())
        folders << remembered;
    folders << QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
    std::optional<backup::BackupEntry> newest;
    for (const QString& folder : std::as_const(folders)) {
        if (!QFileInfo(folder).isDir())
            continue;
        Result<QList<backup::BackupEntry>> listed = backup::BackupService::list(folder);
        if (!listed)
            continue;
        for (const backup::BackupEntry& entry : std::as_const(*listed)) {
            if (!entry.metadata || entry.problem)
                continue;
            if (!newest || entry.metadata->createdAt > newest->metadata->createdAt)
                newest = entry;
            break; // newest first
        }
    }
    return newest;
}

DamagedDatabaseDialog::Choice DamagedDatabaseDialog::ask(QWidget* parent, const QString& databasePath,
                                                         const std::optional<backup::BackupEntry>& newest,
                                                         const QStringList& problems)
{
    if (!scripted().isEmpty())
        return scripted().takeFirst();
    if (!Dialogs::isInteractive())
        return Choice::Quit;
    DamagedDatabaseDialog dialog(databasePath, newest, problems, parent);
    dialog.exec();
    return dialog.choice();
}

DamagedDatabaseDialog::Decision DamagedDatabaseDialog::decide(QWidget* parent, const QString& databasePath,
                                                              const QStringList& problems)
{
    const std::optional<backup::BackupEntry> newest = newestBackup(databasePath);
    for (;;) {
        Decision decision;
        decision.choice = ask(parent, databasePath, newest, problems);
        if (decision.choice != Choice::Restore)
            return decision;
        if (!newest)
            continue;
        decision.restore = RestoreFlow::prepare(parent, newest->path, databasePath);
        if (decision.restore)
            return decision;
    }
}

void DamagedDatabaseDialog::scriptChoices(const QList<Choice>& choices)
{
    scripted() = choices;
}

} // namespace peyvand::ui
