#pragma once

#include "common/Result.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace peyvand::ui {

// A Jalali date field: the user types "1403/1/1" in any digits (parsed by
// core's text::jalali::parse) or picks the day in a small calendar. Shows the
// date with the language's digits and, beside it, the date in words with its
// Gregorian date.
class JalaliDateEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JalaliDateEdit)

public:
    explicit JalaliDateEdit(QWidget* parent = nullptr);

    // The date typed; an empty field gives an invalid QDate (no date), not an error.
    Result<QDate> date() const;
    void setDate(QDate date);
    QLineEdit* lineEdit() const { return m_edit; }
    void setField(const QString& field) { m_field = field; }

signals:
    void edited();          // the user typed
    void editingFinished(); // the user left the field or picked a day

private:
    void showHint();
    void openCalendar();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_pick = nullptr;
    QLabel* m_hint = nullptr;
    QString m_field = QStringLiteral("date");
};

} // namespace peyvand::ui
