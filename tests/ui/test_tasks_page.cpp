#include "PipelineTestSupport.h"

#include "AgendaModel.h"
#include "CustomerPage.h"
#include "CustomerPicker.h"
#include "Dialogs.h"
#include "FieldFeedback.h"
#include "FileDialogs.h"
#include "JalaliDateEdit.h"
#include "JalaliMonthCalendar.h"
#include "MainWindow.h"
#include "PipelinePage.h"
#include "StartupOptions.h"
#include "TaskFormDialog.h"
#include "TaskListModel.h"
#include "TasksPage.h"
#include "TodayPanel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;
using ui::AgendaModel;

namespace {
QDateTime at(const test::PipelineFixture& f, int days, int hour, int minute = 0)
{
    return test::PipelineFixture::localTime(f.today().addDays(days), QTime(hour, minute));
}

QStringList titles(const QList<tasks::Task>& list)
{
    QStringList out;
    for (const tasks::Task& task : list)
        out << task.title;
    return out;
}
} // namespace

TEST_CASE("The Today panel groups open tasks into overdue, today and the next seven days", "[ui][tasks]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f; // now: 10:00 on 2025-03-10
    const customers::Customer karimi = f.customer(u8("علی کریمی"));
    f.task(u8("پیگیری پیش‌فاکتور"), at(f, -2, 9), tasks::Subject::Customer, karimi.id);
    f.task(u8("تماس صبح"), at(f, 0, 8));        // earlier today: today's, in red
    f.task(u8("جلسه عصر"), at(f, 0, 16, 30));
    f.task(u8("ارسال کاتالوگ"), at(f, 3, 11));
    f.task(u8("دور از امروز"), at(f, 20, 11)); // beyond the horizon
    const tasks::Task done = f.task(u8("انجام‌شده"), at(f, 0, 12));
    REQUIRE(f.services->tasks.setDone(done.id).hasValue());

    ui::TodayPanel panel(*f.services);
    AgendaModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.reload();

    CHECK(model->rowCount() == AgendaModel::GroupCount);
    CHECK(titles(model->tasksOf(AgendaModel::OverdueGroup)) == QStringList { u8("پیگیری پیش‌فاکتور") });
    CHECK(titles(model->tasksOf(AgendaModel::TodayGroup)) == QStringList { u8("تماس صبح"), u8("جلسه عصر") });
    CHECK(titles(model->tasksOf(AgendaModel::UpcomingGroup)) == QStringList { u8("ارسال کاتالوگ") });
    CHECK(panel.emptyLabel()->isHidden());

    const QModelIndex overdue = model->groupIndex(AgendaModel::OverdueGroup);
    CHECK(model->rowCount(overdue) == 1);
    CHECK(overdue.data().toString().contains(u8("۱")));
    CHECK(overdue.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb9, 0x1c, 0x1c));
    const QModelIndex late = model->index(0, AgendaModel::DueColumn, overdue);
    CHECK(late.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb9, 0x1c, 0x1c));
    // Not today: the Jalali date with the time.
    CHECK(late.data().toString() == u8("۱۴۰۳/۱۲/۱۸ ۰۹:۰۰"));
    CHECK(late.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(test::plain(model->index(0, AgendaModel::SubjectColumn, overdue).data()).contains(u8("علی کریمی")));
    CHECK(model->index(0, AgendaModel::SubjectColumn, overdue).data(AgendaModel::SubjectIdRole).toLongLong()
          == karimi.id);
    // Today: the time only; red once it has passed.
    const QModelIndex todayGroup = model->groupIndex(AgendaModel::TodayGroup);
    const QModelIndex passed = model->index(0, AgendaModel::DueColumn, todayGroup);
    CHECK(passed.data().toString() == u8("۰۸:۰۰"));
    CHECK(passed.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb9, 0x1c, 0x1c));
    const QModelIndex today = model->index(1, AgendaModel::DueColumn, todayGroup);
    CHECK(today.data().toString() == u8("۱۶:۳۰"));
    CHECK_FALSE(today.data(Qt::ForegroundRole).isValid());
    CHECK(test::plain(model->index(1, AgendaModel::TitleColumn, todayGroup).data()) == u8("جلسه عصر"));
    CHECK(model->flags(today).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(model->flags(overdue).testFlag(Qt::ItemIsUserCheckable));

    SECTION("checking a task marks it done and it leaves the agenda")
    {
        QSignalSpy changed(&panel, &ui::TodayPanel::tasksChanged);
        const qint64 id = today.data(AgendaModel::TaskIdRole).toLongLong();
        CHECK(model->setData(today, Qt::Checked, Qt::CheckStateRole));
        CHECK(f.services->tasks.get(id)->isDone());
        CHECK(changed.count() == 1);
        test::settle();
        CHECK(titles(model->tasksOf(AgendaModel::TodayGroup)) == QStringList { u8("تماس صبح") });
        CHECK_FALSE(model->indexOf(id).isValid());
    }
    SECTION("a click on the subject asks to open it; elsewhere it does not")
    {
        QSignalSpy open(&panel, &ui::TodayPanel::openSubjectRequested);
        panel.activateSubject(model->index(0, AgendaModel::TitleColumn, overdue));
        CHECK(open.isEmpty());
        panel.activateSubject(model->index(0, AgendaModel::SubjectColumn, todayGroup)); // no subject
        CHECK(open.isEmpty());
        panel.activateSubject(model->index(0, AgendaModel::SubjectColumn, overdue));
        REQUIRE(open.count() == 1);
        CHECK(open.first().at(0).value<tasks::Subject>() == tasks::Subject::Customer);
        CHECK(open.first().at(1).toLongLong() == karimi.id);
    }
    SECTION("a new day moves today's tasks to overdue")
    {
        f.clock.set(at(f, 1, 9));
        panel.reload();
        CHECK(titles(model->tasksOf(AgendaModel::OverdueGroup)).size() == 3);
        CHECK(model->tasksOf(AgendaModel::TodayGroup).isEmpty());
        CHECK(titles(model->tasksOf(AgendaModel::UpcomingGroup)) == QStringList { u8("ارسال کاتالوگ") });
    }
}

TEST_CASE("With nothing due the Today panel says so", "[ui][tasks]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    ui::TodayPanel panel(*f.services);
    panel.reload();
    CHECK_FALSE(panel.emptyLabel()->isHidden());
    for (int group = 0; group < AgendaModel::GroupCount; ++group)
        CHECK(panel.model()->rowCount(panel.model()->groupIndex(AgendaModel::Group(group))) == 0);
}

TEST_CASE("The day list model passes the model tester and marks tasks done", "[ui][tasks][models]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    f.task(QStringLiteral("Call"), at(f, 0, 9));
    f.task(QStringLiteral("Visit"), at(f, 0, 15));
    ui::TaskListModel model(f.services->tasks);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTasks(f.services->tasks.onDay(f.today()).valueOr({}));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ui::TaskListModel::TimeColumn).data().toString() == QStringLiteral("09:00"));
    const QModelIndex check = model.index(1, ui::TaskListModel::TimeColumn);
    CHECK(model.setData(check, Qt::Checked, Qt::CheckStateRole));
    CHECK(check.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(f.services->tasks.get(model.taskAt(1)->id)->isDone());
    CHECK(model.setData(check, Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(f.services->tasks.get(model.taskAt(1)->id)->isDone());
    CHECK_FALSE(model.setData(model.index(0, ui::TaskListModel::TitleColumn), Qt::Checked, Qt::CheckStateRole));
}

TEST_CASE("The tasks page counts tasks per day and lists the day clicked", "[ui][tasks]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    f.task(u8("تماس"), at(f, 0, 11));
    f.task(u8("جلسه"), at(f, 0, 15));
    f.task(u8("ارسال"), at(f, 2, 9));
    ui::TasksPage page(*f.services);
    page.resize(1300, 800);
    page.show();
    test::settle();

    ui::JalaliMonthCalendar* calendar = page.calendar();
    CHECK(calendar->cellFor(f.today())->taskCount() == 2);
    CHECK(calendar->cellFor(f.today().addDays(2))->taskCount() == 1);
    CHECK(calendar->cellFor(f.today())->isToday());
    CHECK(page.shownDay() == f.today());
    CHECK(page.dayModel()->rowCount() == 2);

    calendar->cellFor(f.today().addDays(2))->click();
    CHECK(page.shownDay() == f.today().addDays(2));
    REQUIRE(page.dayModel()->rowCount() == 1);
    CHECK(test::plain(page.dayModel()->index(0, ui::TaskListModel::TitleColumn).data()) == u8("ارسال"));
    CHECK(page.dayTitle()->text().contains(u8("۲۲ اسفند ۱۴۰۳")));

    calendar->cellFor(f.today().addDays(1))->click();
    CHECK(page.dayModel()->rowCount() == 0);

    SECTION("a new task chosen on a day is due that day")
    {
        ui::TaskFormDialog* dialog = page.newTask();
        REQUIRE(dialog);
        CHECK(dialog->dateEdit()->date().valueOr({}) == f.today().addDays(1));
        dialog->reject();
    }
}

TEST_CASE("A task is added and edited through its dialog", "[ui][tasks]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const customers::Customer karimi = f.customer(QStringLiteral("Ali Karimi"));
    ui::TasksPage page(*f.services);
    page.show();
    CHECK_FALSE(page.editButton()->isEnabled());
    CHECK_FALSE(page.deleteButton()->isEnabled());

    ui::TaskFormDialog* dialog = page.newTask();
    REQUIRE(dialog);
    // Due at the next full hour today by default.
    CHECK(dialog->dateEdit()->date().valueOr({}) == f.today());
    CHECK(dialog->timeBox()->currentText() == QStringLiteral("11:00"));

    SECTION("with a customer")
    {
        dialog->titleEdit()->setText(QStringLiteral("Call about the quote"));
        dialog->dateEdit()->lineEdit()->setText(QStringLiteral("1403/12/21"));
        dialog->timeBox()->setEditText(QStringLiteral("14:30"));
        dialog->notesEdit()->setPlainText(QStringLiteral("Ask for the signed copy"));
        dialog->setSubject(tasks::Subject::Customer);
        test::typeText(dialog->customerPicker()->lineEdit(), QStringLiteral("Karimi"));
        REQUIRE(dialog->customerPicker()->pickSuggestion(0));
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
        const tasks::Task saved = dialog->saved();
        test::settle();
        const Result<tasks::Task> stored = f.services->tasks.get(saved.id);
        REQUIRE(stored.hasValue());
        CHECK(stored->title == QStringLiteral("Call about the quote"));
        CHECK(stored->notes == QStringLiteral("Ask for the signed copy"));
        CHECK(stored->dueAt == test::PipelineFixture::localTime(QDate(2025, 3, 11), QTime(14, 30)));
        CHECK(stored->subject == tasks::Subject::Customer);
        CHECK(stored->subjectId == karimi.id);
        CHECK(page.today()->model()->tasksOf(AgendaModel::UpcomingGroup).size() == 1);

        ui::TaskFormDialog* edit = page.editTask(saved.id);
        REQUIRE(edit);
        CHECK(edit->titleEdit()->text() == QStringLiteral("Call about the quote"));
        CHECK(edit->timeBox()->currentText() == QStringLiteral("14:30"));
        CHECK(edit->subjectBox()->currentData().toInt() == int(tasks::Subject::Customer));
        CHECK(edit->customerPicker()->customerId() == karimi.id);
        edit->timeBox()->setEditText(QStringLiteral("۹:۱۵"));
        edit->accept();
        CHECK(edit->result() == QDialog::Accepted);
        CHECK(f.services->tasks.get(saved.id)->dueAt
              == test::PipelineFixture::localTime(QDate(2025, 3, 11), QTime(9, 15)));
    }
    SECTION("without a title core refuses it at the title")
    {
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("title")).isEmpty());
        dialog->reject();
    }
    SECTION("a time that is not one is named")
    {
        dialog->titleEdit()->setText(QStringLiteral("X"));
        dialog->timeBox()->setEditText(QStringLiteral("25:99"));
        dialog->accept();
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("due")).isEmpty());
        dialog->reject();
    }
    SECTION("a customer subject without a customer is named")
    {
        dialog->titleEdit()->setText(QStringLiteral("X"));
        dialog->setSubject(tasks::Subject::Customer);
        dialog->accept();
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("subject")).isEmpty());
        dialog->reject();
    }
    SECTION("a deal subject lists the open deals")
    {
        const pipeline::Deal deal = f.deal(QStringLiteral("Printers"), 1000, QStringLiteral("first_contact"), karimi.id);
        f.deal(QStringLiteral("Won already"), 1000, QStringLiteral("won"));
        dialog->reject();
        ui::TaskFormDialog* again = page.newTask();
        CHECK(again->dealBox()->count() == 1);
        again->titleEdit()->setText(QStringLiteral("Send the contract"));
        again->setSubject(tasks::Subject::Deal);
        again->accept();
        CHECK(again->result() == QDialog::Accepted);
        CHECK(f.services->tasks.get(again->saved().id)->subjectId == deal.id);
        CHECK(f.services->tasks.get(again->saved().id)->subject == tasks::Subject::Deal);
    }
    test::settle();
}

TEST_CASE("Deleting a task asks first", "[ui][tasks]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const tasks::Task task = f.task(QStringLiteral("Call"), at(f, 0, 15));
    ui::TasksPage page(*f.services);
    Dialogs::scriptAnswers({ Dialogs::Answer::No });
    CHECK_FALSE(page.deleteTask(task.id));
    CHECK(f.services->tasks.get(task.id).hasValue());
    Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
    CHECK(page.deleteTask(task.id));
    CHECK_FALSE(f.services->tasks.get(task.id).hasValue());
    CHECK(page.today()->model()->tasksOf(AgendaModel::TodayGroup).isEmpty());
    Dialogs::takeShownTexts();
}

TEST_CASE("Export to calendar writes the open tasks to an .ics file", "[ui][tasks][ics]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const tasks::Task open = f.task(QStringLiteral("Call Karimi"), at(f, 1, 9));
    const tasks::Task done = f.task(QStringLiteral("Old call"), at(f, -1, 9));
    REQUIRE(f.services->tasks.setDone(done.id).hasValue());
    ui::TasksPage page(*f.services);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.ics"));

    SECTION("written")
    {
        QSignalSpy status(&page, &ui::TasksPage::statusMessage);
        ui::FileDialogs::scriptPaths({ path });
        CHECK(page.exportIcs());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        CHECK(ics.contains("SUMMARY:Call Karimi"));
        CHECK(ics.contains(QStringLiteral("task-%1@peyvand").arg(open.id).toUtf8()));
        CHECK_FALSE(ics.contains("Old call"));
        CHECK(status.count() == 1);
        CHECK(status.first().first().toString().contains(QStringLiteral("1 open task")));
    }
    SECTION("cancelled")
    {
        ui::FileDialogs::scriptPaths({ QString() });
        CHECK_FALSE(page.exportIcs());
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a folder that cannot be written is reported")
    {
        Dialogs::takeShownTexts();
        ui::FileDialogs::scriptPaths({ dir.filePath(QStringLiteral("missing/folder/tasks.ics")) });
        CHECK_FALSE(page.exportIcs());
        CHECK(Dialogs::takeShownTexts().size() == 1);
    }
}

TEST_CASE("The main window shows the pipeline and the tasks, and a task's customer opens", "[ui][tasks][window]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    window.show();
    CHECK(window.showPage(QStringLiteral("pipeline")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Pipeline);
    CHECK(window.pipelinePage()->isVisible());
    CHECK(window.showPage(QStringLiteral("tasks")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Tasks);
    CHECK(window.tasksPage()->isVisible());

    const customers::Customer karimi = test::addCustomer(window.service(), QStringLiteral("Ali Karimi"));
    emit window.tasksPage()->openSubjectRequested(tasks::Subject::Customer, karimi.id);
    CHECK(window.showsCustomerPage());
    CHECK(window.customerPage()->customerId() == karimi.id);

    QTest::mouseClick(window.navigation()->button(ui::NavigationBar::Section::Pipeline), Qt::LeftButton);
    CHECK(window.pipelinePage()->isVisible());
    QTest::mouseClick(window.navigation()->button(ui::NavigationBar::Section::Tasks), Qt::LeftButton);
    CHECK(window.tasksPage()->isVisible());
}

TEST_CASE("The command line opens the pipeline and the tasks pages", "[ui][tasks][startup]")
{
    const QString program = QStringLiteral("peyvand");
    for (const QString& page : { QStringLiteral("pipeline"), QStringLiteral("tasks") }) {
        const ui::StartupOptions options = ui::StartupOptions::parse({ program, QStringLiteral("--show-page"), page });
        CHECK(options.error.isEmpty());
        CHECK(options.showPage == page);
    }
    CHECK_FALSE(ui::StartupOptions::parse({ program, QStringLiteral("--show-page"), QStringLiteral("board") })
                    .error.isEmpty());
}
