#include "Task.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace peyvand::tasks {

namespace {

struct TasksText {
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

const std::pair<Subject, const char*> kSubjects[] = {
    { Subject::None, "none" },
    { Subject::Customer, "customer" },
    { Subject::Lead, "lead" },
    { Subject::Deal, "deal" },
};

} // namespace

QString toKey(Subject subject) { return keyOf(subject, kSubjects); }

QString displayName(Subject subject)
{
    switch (subject) {
    case Subject::None:
        return TasksText::tr("None");
    case Subject::Customer:
        return TasksText::tr("Customer");
    case Subject::Lead:
        return TasksText::tr("Lead");
    case Subject::Deal:
        return TasksText::tr("Deal");
    }
    return {};
}

} // namespace peyvand::tasks
