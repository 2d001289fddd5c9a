#include "TagsLineEdit.h"

#include "Display.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace peyvand::ui {

namespace {
const QRegularExpression& separators()
{
    static const QRegularExpression re(QStringLiteral("[,\u060C]"));
    return re;
}
} // namespace

TagsLineEdit::TagsLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_known(new QStringListModel(this))
{
    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(this);
    setPlaceholderText(tr("e.g. wholesale, VIP"));
    connect(this, &QLineEdit::textEdited, this, [this] {
        const QString part = currentPart();
        if (part.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(part);
        m_completer->complete();
    });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &TagsLineEdit::insertCompletion);
}

void TagsLineEdit::setKnownTags(const QStringList& tags)
{
    m_known->setStringList(tags);
}

void TagsLineEdit::setTags(const QStringList& tags)
{
    setText(Display::list(tags));
}

QStringList TagsLineEdit::tags() const
{
    QStringList result;
    for (const QString& part : text().split(separators())) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            result << tag;
    }
    return result;
}

QString TagsLineEdit::currentPart() const
{
    const QString typed = text();
    const qsizetype start = typed.lastIndexOf(separators()) + 1;
    return typed.mid(start).trimmed();
}

void TagsLineEdit::insertCompletion(const QString& tag)
{
    const QString typed = text();
    const qsizetype start = typed.lastIndexOf(separators()) + 1;
    QString head = typed.left(start);
    if (!head.isEmpty() && !head.endsWith(QLatin1Char(' ')))
        head += QLatin1Char(' ');
    setText(head + tag + Display::listSeparator());
}

} // namespace peyvand::ui
