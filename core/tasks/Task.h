#pragma once

#include <QDateTime>
#include <QString>

namespace peyvand::tasks {

enum class Subject { None, Customer, Lead, Deal };

struct Task {
    qint64 id = 0;
    QString title;
    QString notes;
    QDateTime dueAt;        // UTC
    Subject subject = Subject::None;
    qint64 subjectId = 0;   // the customer's, lead's or deal's id
    QString subjectName;    // filled on reads: the customer's or lead's name, the deal's title
    QDateTime doneAt;       // invalid while open
    QDateTime remindedAt;   // when a reminder was shown
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDone() const { return doneAt.isValid(); }
};

QString toKey(Subject subject);
QString displayName(Subject subject);

} // namespace peyvand::tasks
