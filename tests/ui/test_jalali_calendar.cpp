#include "UiTestSupport.h"

#include "JalaliMonthCalendar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>

using namespace peyvand;
using peyvand::test::u8;
using ui::JalaliMonthCalendar;

namespace {
int daysShown(const JalaliMonthCalendar& calendar)
{
    int days = 0;
    for (int row = 0; row < JalaliMonthCalendar::kWeeks; ++row) {
        for (int column = 0; column < JalaliMonthCalendar::kDays; ++column) {
            if (calendar.cell(row, column)->date().isValid()) {
                ++days;
                CHECK_FALSE(calendar.cell(row, column)->isHidden());
            } else {
                CHECK(calendar.cell(row, column)->isHidden());
            }
        }
    }
    return days;
}
} // namespace

TEST_CASE("Esfand 1403 starts on a Wednesday and has 30 days in the leap year", "[ui][calendar]")
{
    test::UiLanguage language(i18n::Language::Persian);
    JalaliMonthCalendar calendar(QDate(2025, 3, 10));
    calendar.show();
    CHECK(calendar.year() == 1403);
    CHECK(calendar.month() == 12);
    CHECK(calendar.firstDay() == QDate(2025, 2, 19));
    CHECK(calendar.lastDay() == QDate(2025, 3, 20)); // 1403/12/30
    CHECK(calendar.daysInMonth() == 30);
    CHECK(daysShown(calendar) == 30);
    // Saturday-first columns: Wednesday is the fifth (index 4).
    CHECK(calendar.cell(0, 4)->date() == QDate(2025, 2, 19));
    CHECK(calendar.cell(0, 4)->text() == u8("۱"));
    CHECK_FALSE(calendar.cell(0, 3)->date().isValid());
    CHECK(calendar.cellFor(QDate(2025, 3, 20))->text() == u8("۳۰"));
    CHECK(calendar.titleLabel()->text() == u8("اسفند ۱۴۰۳"));
    CHECK(calendar.weekdayHeader(0)->text() == u8("شنبه"));
    CHECK(calendar.weekdayHeader(6)->text() == u8("جمعه"));
    CHECK(calendar.cellFor(QDate(2025, 3, 10))->isToday());
    CHECK_FALSE(calendar.cellFor(QDate(2025, 3, 11))->isToday());
    CHECK(calendar.cellFor(QDate(2025, 3, 10))->isChecked());
}

TEST_CASE("The next month and the previous month wrap the year", "[ui][calendar]")
{
    test::UiLanguage language(i18n::Language::English);
    JalaliMonthCalendar calendar(QDate(2025, 3, 10));
    QSignalSpy changed(&calendar, &JalaliMonthCalendar::monthChanged);
    calendar.nextButton()->click();
    CHECK(calendar.year() == 1404);
    CHECK(calendar.month() == 1);
    CHECK(calendar.firstDay() == QDate(2025, 3, 21));
    CHECK(calendar.daysInMonth() == 31);
    CHECK(calendar.cell(0, 6)->date() == QDate(2025, 3, 21)); // 1404/01/01 is a Friday
    CHECK(calendar.titleLabel()->text() == QStringLiteral("Farvardin 1404"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toDate() == QDate(2025, 3, 21));
    CHECK(changed.first().at(1).toDate() == QDate(2025, 4, 20));
    CHECK_FALSE(calendar.cellFor(QDate(2025, 3, 10))); // today is not in this month

    calendar.previousButton()->click();
    calendar.previousButton()->click();
    CHECK(calendar.year() == 1403);
    CHECK(calendar.month() == 11);
    CHECK(calendar.daysInMonth() == 30);

    SECTION("Esfand of a common year has 29 days")
    {
        calendar.showMonth(1404, 12);
        CHECK(calendar.daysInMonth() == 29);
        CHECK(daysShown(calendar) == 29);
        CHECK(calendar.lastDay() == QDate(2026, 3, 20));
    }
    SECTION("a month needing six weeks fits")
    {
        calendar.showMonth(1403, 6); // starts on a Thursday, 31 days
        CHECK(calendar.cell(0, 5)->date() == QDate(2024, 8, 22));
        CHECK(calendar.cell(5, 0)->date() == QDate(2024, 9, 21));
        CHECK(daysShown(calendar) == 31);
    }
    SECTION("an invalid month is ignored")
    {
        calendar.showMonth(1403, 13);
        CHECK(calendar.month() == 11);
    }
    CHECK(calendar.weekdayHeader(0)->text() == QStringLiteral("Sat"));
    CHECK((calendar.cell(0, 0)->text().isEmpty() || test::hasLatinDigits(calendar.cell(0, 0)->text())));
}

TEST_CASE("Task counts show on their days and a click reports the day", "[ui][calendar]")
{
    test::UiLanguage language(i18n::Language::Persian);
    JalaliMonthCalendar calendar(QDate(2025, 3, 10));
    calendar.setCounts({ { QDate(2025, 3, 10), 3 }, { QDate(2025, 3, 1), 1 }, { QDate(2025, 4, 1), 9 } });
    CHECK(calendar.cellFor(QDate(2025, 3, 10))->taskCount() == 3);
    CHECK(calendar.cellFor(QDate(2025, 3, 1))->taskCount() == 1);
    CHECK(calendar.cellFor(QDate(2025, 3, 2))->taskCount() == 0);
    CHECK(calendar.cellFor(QDate(2025, 3, 10))->toolTip().contains(u8("۳")));

    QSignalSpy clicked(&calendar, &JalaliMonthCalendar::dayClicked);
    calendar.cellFor(QDate(2025, 3, 5))->click();
    REQUIRE(clicked.count() == 1);
    CHECK(clicked.first().first().toDate() == QDate(2025, 3, 5));
    CHECK(calendar.selectedDate() == QDate(2025, 3, 5));
    CHECK(calendar.cellFor(QDate(2025, 3, 5))->isChecked());
    CHECK_FALSE(calendar.cellFor(QDate(2025, 3, 10))->isChecked());

    // Another month forgets the counts until they are read again.
    calendar.showNextMonth();
    CHECK(calendar.cellFor(QDate(2025, 4, 1))->taskCount() == 0);
}

TEST_CASE("The calendar runs right to left in Persian and left to right in English", "[ui][calendar]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::UiLanguage language(lang);
        JalaliMonthCalendar calendar(QDate(2025, 3, 10));
        calendar.resize(600, 400);
        calendar.show();
        test::settle();
        const int saturday = calendar.weekdayHeader(0)->geometry().center().x();
        const int friday = calendar.weekdayHeader(6)->geometry().center().x();
        if (lang == i18n::Language::Persian)
            CHECK(saturday > friday);
        else
            CHECK(saturday < friday);
        CHECK(calendar.cell(1, 0)->geometry().center().x() == calendar.cell(2, 0)->geometry().center().x());
    }
}
