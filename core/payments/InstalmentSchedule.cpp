#include "InstalmentSchedule.h"

#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace peyvand::payments {

namespace {

struct ScheduleText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

constexpr int kMaxCount = 360;

int maxCount(Interval::Unit unit)
{
    switch (unit) {
    case Interval::Unit::Month:
        return 120;
    case Interval::Unit::Week:
        return 520;
    case Interval::Unit::Day:
        return 3650;
    case Interval::Unit::Custom:
        return 1;
    }
    return 1;
}

} // namespace

Result<Interval> Interval::parse(const QString& text, const QString& field)
{
    const QString key = text::toAsciiDigits(text).trimmed().toLower();
    if (key == QLatin1String("custom"))
        return Interval { Unit::Custom, 1 };
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})\\s*([mwd])$"));
    const auto match = pattern.match(key);
    if (!match.hasMatch()) {
        return Error::invalid(field, ScheduleText::tr("The interval “%1” is not understood; write it as 1m (months), 2w (weeks), 30d (days) or custom.")
                                         .arg(text.trimmed()));
    }
    Interval interval;
    const QChar unit = match.captured(2).at(0);
    interval.unit = unit == QLatin1Char('m') ? Unit::Month : unit == QLatin1Char('w') ? Unit::Week : Unit::Day;
    interval.count = match.captured(1).toInt();
    if (interval.count < 1 || interval.count > maxCount(interval.unit)) {
        return Error::invalid(field, ScheduleText::tr("The interval must be between 1 and %1 of its unit.").arg(maxCount(interval.unit)));
    }
    return interval;
}

QString Interval::toKey() const
{
    switch (unit) {
    case Unit::Month:
        return QStringLiteral("%1m").arg(count);
    case Unit::Week:
        return QStringLiteral("%1w").arg(count);
    case Unit::Day:
        return QStringLiteral("%1d").arg(count);
    case Unit::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

QDate addJalaliMonths(QDate date, int months)
{
    const auto j = text::jalali::fromGregorian(date);
    if (!j)
        return {};
    const int index = j->year * 12 + (j->month - 1) + months; // months since year 0
    const int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    const int month = index - year * 12 + 1;
    const int day = std::min(j->day, text::jalali::daysInMonth(year, month));
    return text::jalali::toGregorian({ year, month, day });
}

QDate nthDate(QDate start, const Interval& interval, int k)
{
    switch (interval.unit) {
    case Interval::Unit::Month:
        return addJalaliMonths(start, interval.count * k);
    case Interval::Unit::Week:
        return start.addDays(qint64(7) * interval.count * k);
    case Interval::Unit::Day:
        return start.addDays(qint64(interval.count) * k);
    case Interval::Unit::Custom:
        return start;
    }
    return start;
}

namespace {

Status checkCustom(const PlanRequest& r, qint64 rest)
{
    if (r.customDates.size() != r.count) {
        return Error::invalid(QStringLiteral("dates"), ScheduleText::tr("Give one due date for each of the %1 instalments.").arg(r.count));
    }
    QDate previous = r.start;
    for (qsizetype i = 0; i < r.customDates.size(); ++i) {
        const QDate d = r.customDates.at(i);
        const QString field = QStringLiteral("dates[%1]").arg(i);
        if (!d.isValid())
            return Error::invalid(field, ScheduleText::tr("Instalment %1 has no due date.").arg(i + 1));
        if (d <= previous)
            return Error::invalid(field, ScheduleText::tr("Instalment %1 must fall after the one before it and after the start.").arg(i + 1));
        previous = d;
    }
    if (r.customAmounts.isEmpty())
        return {};
    if (r.customAmounts.size() != r.count) {
        return Error::invalid(QStringLiteral("amounts"), ScheduleText::tr("Give one amount for each of the %1 instalments, or none.").arg(r.count));
    }
    qint64 sum = 0;
    for (qsizetype i = 0; i < r.customAmounts.size(); ++i) {
        const qint64 a = r.customAmounts.at(i).rial();
        if (a <= 0 || a > rest) {
            return Error::invalid(QStringLiteral("amounts[%1]").arg(i),
                                  ScheduleText::tr("The amount of instalment %1 must be above zero and at most what is left to split.").arg(i + 1));
        }
        sum += a; // each ≤ rest and count ≤ 360: cannot overflow
    }
    if (sum != rest) {
        return Error::invalid(QStringLiteral("amounts"),
                              ScheduleText::tr("The instalments add up to %1 Rial but %2 Rial is left to split after the down payment.")
                                  .arg(localAmount(Money::fromRial(sum)), localAmount(Money::fromRial(rest))));
    }
    return {};
}

} // namespace

Result<QList<Instalment>> makeSchedule(const PlanRequest& r)
{
    const qint64 balance = r.balance.rial();
    const qint64 down = r.downPayment.rial();
    if (balance <= 0)
        return Error::invalid(QStringLiteral("amount"), ScheduleText::tr("There is nothing left to pay, so there is nothing to split."));
    if (r.count < 0 || r.count > kMaxCount)
        return Error::invalid(QStringLiteral("count"), ScheduleText::tr("The number of instalments must be between 1 and %1.").arg(kMaxCount));
    if (down < 0 || down > balance || (down == balance && r.count > 0) || (r.count == 0 && down != balance)) {
        return Error::invalid(QStringLiteral("down"),
                              ScheduleText::tr("The down payment must be at least zero and less than the balance of %1 Rial.").arg(localAmount(Money::fromRial(balance))));
    }
    if (!r.start.isValid())
        return Error::invalid(QStringLiteral("start"), ScheduleText::tr("Choose the date of the down payment."));
    const qint64 rest = balance - down;
    if (r.every.unit == Interval::Unit::Custom) {
        if (auto s = checkCustom(r, rest); !s)
            return s.error();
    } else {
        if (r.every.count < 1 || r.every.count > maxCount(r.every.unit))
            return Error::invalid(QStringLiteral("every"), ScheduleText::tr("The interval must be between 1 and %1 of its unit.").arg(maxCount(r.every.unit)));
        if (r.count > 0 && rest < r.count) {
            return Error::invalid(QStringLiteral("count"),
                                  ScheduleText::tr("%1 Rial cannot be split into %2 instalments of at least one Rial.").arg(localAmount(Money::fromRial(rest))).arg(r.count));
        }
    }

    QList<Instalment> out;
    out.reserve(r.count + 1);
    out << Instalment { 0, 0, r.start, r.downPayment, {}, {} };
    const bool customAmounts = r.every.unit == Interval::Unit::Custom && !r.customAmounts.isEmpty();
    const qint64 part = r.count > 0 ? rest / r.count : 0;
    for (int k = 1; k <= r.count; ++k) {
        Instalment i;
        i.seq = k;
        i.dueDate = r.every.unit == Interval::Unit::Custom ? r.customDates.at(k - 1) : nthDate(r.start, r.every, k);
        if (!i.dueDate.isValid())
            return Error::invalid(QStringLiteral("every"), ScheduleText::tr("The instalments would fall outside the calendar."));
        if (customAmounts)
            i.amount = r.customAmounts.at(k - 1);
        else
            i.amount = Money::fromRial(k == r.count ? rest - part * (r.count - 1) : part);
        out << i;
    }
    return out;
}

QList<Instalment> allocate(QList<Instalment> instalments, QList<SettledMoney> settled)
{
    std::sort(instalments.begin(), instalments.end(), [](const Instalment& a, const Instalment& b) { return a.seq < b.seq; });
    std::stable_sort(settled.begin(), settled.end(), [](const SettledMoney& a, const SettledMoney& b) { return a.on < b.on; });
    // The latest day money reached each instalment: its paidOn once covered.
    QList<QDate> latest(instalments.size());
    for (auto& i : instalments) {
        i.paid = {};
        i.paidOn = i.amount.isZero() ? i.dueDate : QDate();
    }
    auto pay = [&](qsizetype index, qint64& amount, QDate on) {
        Instalment& i = instalments[index];
        const qint64 take = std::min(amount, i.amount.rial() - i.paid.rial());
        if (take <= 0)
            return;
        i.paid = Money::fromRial(i.paid.rial() + take);
        amount -= take;
        if (!latest[index].isValid() || latest[index] < on)
            latest[index] = on;
        if (i.isPaid())
            i.paidOn = latest[index];
    };
    struct Chunk {
        qint64 amount;
        QDate on;
    };
    QList<Chunk> pool;
    for (const auto& money : std::as_const(settled)) {
        qint64 amount = money.amount.rial();
        if (money.instalmentId) {
            for (qsizetype index = 0; index < instalments.size(); ++index) {
                if (instalments.at(index).id == *money.instalmentId) {
                    pay(index, amount, money.on);
                    break;
                }
            }
        }
        if (amount > 0)
            pool << Chunk { amount, money.on }; // still in date order
    }
    qsizetype next = 0;
    for (auto& chunk : pool) {
        while (chunk.amount > 0 && next < instalments.size()) {
            if (instalments.at(next).isPaid()) {
                ++next;
                continue;
            }
            pay(next, chunk.amount, chunk.on);
        }
    }
    return instalments;
}

} // namespace peyvand::payments
