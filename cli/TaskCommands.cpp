// tasks add / list / done / export.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "JsonFields.h"
#include "Values.h"
#include "security/AppLock.h"
#include "storage/Database.h"
#include "tasks/IcsExport.h"
#include "tasks/TaskService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

#include <array>

namespace peyvand::cli {

namespace {

using namespace tasks;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A due date without --time is due at this local time.
constexpr int kDefaultDueHour = 9;

struct SubjectOption {
    const char* option;
    Subject subject;
};
constexpr std::array<SubjectOption, 3> kSubjects { { { "customer", Subject::Customer },
                                                     { "lead", Subject::Lead },
                                                     { "deal", Subject::Deal } } };

QJsonObject taskJson(const Task& t)
{
    QJsonObject o {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("title"), t.title },
        { QStringLiteral("notes"), t.notes },
        { QStringLiteral("subject"), t.subject == Subject::None ? QJsonValue(QJsonValue::Null) : QJsonValue(toKey(t.subject)) },
        { QStringLiteral("subject_id"), idOrNull(t.subjectId) },
        { QStringLiteral("subject_name"), t.subjectName },
        { QStringLiteral("done"), t.isDone() },
    };
    putTimestamp(o, QStringLiteral("due_at"), t.dueAt);
    putTimestamp(o, QStringLiteral("done_at"), t.doneAt);
    putTimestamp(o, QStringLiteral("reminded_at"), t.remindedAt);
    putTimestamp(o, QStringLiteral("created_at"), t.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), t.updatedAt);
    return o;
}

QString taskLine(const HumanFormat& f, const Task& t, const QDateTime& now)
{
    QString text = QStringLiteral("#") + f.number(t.id) + QStringLiteral("  ") + f.moment(t.dueAt) + QStringLiteral("  ") + t.title;
    if (t.subject != Subject::None) {
        const QString who = t.subjectName.isEmpty() ? QStringLiteral("#") + f.number(t.subjectId) : t.subjectName;
        text += QStringLiteral("  (") + displayName(t.subject) + QStringLiteral(": ") + who + u')';
    }
    if (t.isDone())
        text += QStringLiteral("  [") + CliText::tr("done") + u']';
    else if (t.dueAt < now)
        text += QStringLiteral("  [") + CliText::tr("overdue") + u']';
    return text;
}

// Maps TaskService's field ids to this command's options.
Error asOptionError(Error error)
{
    if (error.field == QLatin1String("subject")) {
        error.field = QStringLiteral("--customer/--lead/--deal");
    } else if (error.field == QLatin1String("title") || error.field == QLatin1String("due") || error.field == QLatin1String("notes")
               || error.field == QLatin1String("customer") || error.field == QLatin1String("lead")
               || error.field == QLatin1String("deal")) {
        error.field = QStringLiteral("--") + error.field;
    }
    return error;
}

Result<QDateTime> dueFrom(const ParsedArgs& args)
{
    const QString due = args.value(QStringLiteral("due"));
    const bool hasTime = due.contains(u'T') || due.contains(u':');
    if (hasTime) {
        if (args.has(QStringLiteral("time"))) {
            return Error::invalid(QStringLiteral("--time"),
                                  CliText::tr("--due already has a time; give the time in one place"));
        }
        return parseMoment(due, QStringLiteral("--due"));
    }
    const Result<QDate> date = parseDate(due, QStringLiteral("--due"));
    if (!date)
        return date.error();
    QTime time(kDefaultDueHour, 0);
    if (args.has(QStringLiteral("time"))) {
        const Result<QTime> typed = parseTimeOfDay(args.value(QStringLiteral("time")), QStringLiteral("--time"));
        if (!typed)
            return typed.error();
        time = *typed;
    }
    return QDateTime(*date, time, QTimeZone::systemTimeZone()).toUTC();
}

int runAdd(CommandContext& ctx, const ParsedArgs& args)
{
    for (const QString& required : { QStringLiteral("title"), QStringLiteral("due") }) {
        if (!args.has(required))
            return ctx.usage(CliText::tr("--%1 is required").arg(required), QStringLiteral("tasks add"));
    }
    Task draft;
    draft.title = args.value(QStringLiteral("title"));
    draft.notes = args.value(QStringLiteral("notes"));
    const Result<QDateTime> due = dueFrom(args);
    if (!due)
        return ctx.fail(due.error());
    draft.dueAt = *due;
    for (const SubjectOption& s : kSubjects) {
        const QString name = QString::fromLatin1(s.option);
        if (!args.has(name))
            continue;
        if (draft.subject != Subject::None)
            return ctx.usage(CliText::tr("give at most one of --customer, --lead and --deal"), QStringLiteral("tasks add"));
        const Result<qint64> id = parseId(args.value(name), QStringLiteral("--") + name);
        if (!id)
            return ctx.fail(id.error());
        draft.subject = s.subject;
        draft.subjectId = *id;
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<Task> created = TaskService(**db).create(draft);
    if (!created)
        return ctx.fail(asOptionError(created.error()));
    if (ctx.json())
        ctx.printJson(taskJson(*created));
    else
        ctx.line(ctx.format().number(created->id));
    return Success;
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    const bool within = args.has(QStringLiteral("due-within"));
    if (within && args.has(QStringLiteral("all")))
        return ctx.usage(CliText::tr("give either --due-within or --all, not both"), QStringLiteral("tasks list"));
    qint64 days = 0;
    if (within) {
        const Result<qint64> n = parseCount(args.value(QStringLiteral("due-within")), QStringLiteral("--due-within"), 0, 3650);
        if (!n)
            return ctx.fail(n.error());
        days = *n;
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    TaskService service(**db);
    const Result<QList<Task>> found = within ? service.dueWithin(int(days)) : service.all(args.has(QStringLiteral("all")));
    if (!found)
        return ctx.fail(found.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Task& t : *found)
            array << taskJson(t);
        ctx.printJson(array);
        return Success;
    }
    if (found->isEmpty())
        ctx.line(CliText::tr("No tasks."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Task& t : *found)
        ctx.line(taskLine(ctx.format(), t, now));
    return Success;
}

int runDone(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    const Result<Task> task = TaskService(*target->db).setDone(target->id, !args.has(QStringLiteral("undo")));
    if (!task)
        return ctx.fail(task.error());
    if (ctx.json())
        ctx.printJson(taskJson(*task));
    else
        ctx.line(ctx.format().number(task->id));
    return Success;
}

int runExport(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.positionals.constFirst();
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (Status allowed = security::AppLock(**db).requireExportsAllowed(); !allowed)
        return ctx.fail(allowed.error());
    const Result<QList<Task>> all = TaskService(**db).all(args.has(QStringLiteral("include-done")));
    if (!all)
        return ctx.fail(all.error());
    const QByteArray ics = toIcs(*all, QDateTime::currentDateTimeUtc());
    if (path == QLatin1String("-")) {
        ctx.out() << QString::fromUtf8(ics);
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return ctx.fail(Error::make(ErrorCode::Io, CliText::tr("cannot write %1: %2").arg(path, file.errorString())));
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("tasks"), all->size() } });
        return Success;
    }
    ctx.line(CliText::tr("Tasks written to %2: %1").arg(ctx.format().number(all->size()), path));
    return Success;
}

} // namespace

QList<CommandSpec> taskCommands()
{
    const QString tasksWord = QStringLiteral("tasks");
    return {
        CommandSpec {
            { tasksWord, QStringLiteral("add") }, "",
            QT_TRANSLATE_NOOP("Cli", "add a task or follow-up and print its ID"),
            QT_TRANSLATE_NOOP("Cli", "--due takes a date (Jalali 1403/05/01 or ISO 2024-07-22; due at 09:00 local time "
                                     "unless --time) or an ISO date-time. A task of a lead sets the lead's next follow-up."),
            0, 0,
            { OptionSpec { QStringLiteral("title"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "what to do (required)"), false },
              OptionSpec { QStringLiteral("due"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "when it is due (required)"), false },
              OptionSpec { QStringLiteral("time"), QStringLiteral("HH:MM"), QT_TRANSLATE_NOOP("Cli", "time of day it is due (default 09:00)"), false },
              OptionSpec { QStringLiteral("customer"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "about this customer"), false },
              OptionSpec { QStringLiteral("lead"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "about this lead"), false },
              OptionSpec { QStringLiteral("deal"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "about this deal"), false },
              OptionSpec { QStringLiteral("notes"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "details"), false } },
            &runAdd },
        CommandSpec {
            { tasksWord, QStringLiteral("list") }, "",
            QT_TRANSLATE_NOOP("Cli", "list open tasks by due time"), "", 0, 0,
            { OptionSpec { QStringLiteral("due-within"), QStringLiteral("DAYS"),
                           QT_TRANSLATE_NOOP("Cli", "only those due within DAYS days from now, overdue ones included"), false },
              OptionSpec { QStringLiteral("all"), {}, QT_TRANSLATE_NOOP("Cli", "done tasks too"), false } },
            &runList },
        CommandSpec { { tasksWord, QStringLiteral("done") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "mark a task as done (--undo reopens it)"), "", 1, 1,
                      { OptionSpec { QStringLiteral("undo"), {}, QT_TRANSLATE_NOOP("Cli", "reopen a done task"), false } },
                      &runDone },
        CommandSpec {
            { tasksWord, QStringLiteral("export") }, "FILE.ics",
            QT_TRANSLATE_NOOP("Cli", "write open tasks to an iCalendar file for a phone calendar (\"-\": standard output)"),
            QT_TRANSLATE_NOOP("Cli", "Each task becomes a 30-minute event at its due time with a reminder 15 minutes before."),
            1, 1,
            { OptionSpec { QStringLiteral("include-done"), {}, QT_TRANSLATE_NOOP("Cli", "done tasks too"), false } },
            &runExport },
    };
}

} // namespace peyvand::cli
