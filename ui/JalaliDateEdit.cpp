#include "JalaliDateEdit.h"

#include "Display.h"
#include "text/Jalali.h"

#include <QCalendar>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace peyvand::ui {

JalaliDateEdit::JalaliDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_pick(new QToolButton(this))
    , m_hint(new QLabel(this))
{
    m_edit->setPlaceholderText(text::jalali::formatNumeric(QDate::currentDate(), Display::digitScript()));
    m_edit->setMaximumWidth(140);
    m_pick->setText(tr("Calendar…"));
    m_pick->setToolTip(tr("Pick the day in a calendar"));
    m_hint->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_pick);
    layout->addWidget(m_hint, 1);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        showHint();
        emit edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        const Result<QDate> parsed = date();
        if (parsed && parsed->isValid())
            m_edit->setText(text::jalali::formatNumeric(*parsed, Display::digitScript()));
        showHint();
        emit editingFinished();
    });
    connect(m_pick, &QToolButton::clicked, this, &JalaliDateEdit::openCalendar);
}

Result<QDate> JalaliDateEdit::date() const
{
    const QString typed = m_edit->text().trimmed();
    if (typed.isEmpty())
        return QDate();
    return text::jalali::parse(typed, m_field);
}

void JalaliDateEdit::setDate(QDate value)
{
    m_edit->setText(value.isValid() ? text::jalali::formatNumeric(value, Display::digitScript()) : QString());
    showHint();
}

void JalaliDateEdit::showHint()
{
    const Result<QDate> parsed = date();
    if (!parsed || !parsed->isValid()) {
        m_hint->clear();
        return;
    }
    const auto language = Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English;
    QString hint = Display::digits(text::jalali::formatLong(*parsed, language));
    if (!Display::persian())
        hint = tr("%1 (%2)", "Jalali date in words (Gregorian date)").arg(hint, parsed->toString(Qt::ISODate));
    m_hint->setText(hint);
}

void JalaliDateEdit::openCalendar()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    // Qt's Jalali calendar agrees with ours until 1436 AP; it is only used to
    // pick a day: the QDate it gives is converted and shown by core.
    calendar->setCalendar(QCalendar(QCalendar::System::Jalali));
    calendar->setFirstDayOfWeek(Qt::Saturday);
    calendar->setGridVisible(false);
    const Result<QDate> current = date();
    calendar->setSelectedDate(current && current->isValid() ? *current : QDate::currentDate());
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate day) {
        setDate(day);
        menu.close();
        emit editingFinished();
    });
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
}

} // namespace peyvand::ui
