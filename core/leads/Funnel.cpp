#include "Funnel.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::leads {

namespace {

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

void add(FunnelRow& row, int leads, int qualified, int converted)
{
    row.leads += leads;
    row.qualified += qualified;
    row.converted += converted;
}

// Every Jalali month from the one holding `from` to the one holding `to`.
QList<FunnelRow> emptyMonths(const text::JalaliDate& from, const text::JalaliDate& to)
{
    QList<FunnelRow> months;
    int year = from.year;
    int month = from.month;
    while (year < to.year || (year == to.year && month <= to.month)) {
        FunnelRow row;
        row.jalaliYear = year;
        row.jalaliMonth = month;
        months << row;
        if (++month > 12) {
            month = 1;
            ++year;
        }
    }
    return months;
}

QString utcStartOf(QDate localDate)
{
    return storage::isoTimestamp(QDateTime(localDate, QTime(0, 0), Qt::LocalTime).toUTC());
}

} // namespace

FunnelQuery::FunnelQuery(storage::Database& db)
    : m_db(db)
{
}

Result<Funnel> FunnelQuery::compute(QDate from, QDate to)
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("from"), LeadsText::tr("Give the first day of the period."));
    if (!to.isValid())
        return Error::invalid(QStringLiteral("to"), LeadsText::tr("Give the last day of the period."));
    if (to < from)
        return Error::invalid(QStringLiteral("to"), LeadsText::tr("The period ends before it begins."));
    const auto jalaliFrom = text::jalali::fromGregorian(from);
    const auto jalaliTo = text::jalali::fromGregorian(to);
    if (!jalaliFrom || !jalaliTo)
        return Error::invalid(QStringLiteral("from"), LeadsText::tr("The period is outside the supported calendar."));

    Funnel funnel;
    funnel.byMonth = emptyMonths(*jalaliFrom, *jalaliTo);
    QList<FunnelRow> sources;
    for (LeadSource source : allLeadSources()) {
        FunnelRow row;
        row.source = source;
        sources << row;
    }

    // Cohorts by local creation day (SQLite's 'localtime' is the same zone
    // as Qt's local time), folded into Jalali months here.
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT date(created_at, 'localtime') AS day, source, count(*), count(qualified_at), count(converted_at) "
                                         "FROM leads JOIN lead_scores ON lead_id = id WHERE created_at >= ? AND created_at < ? "
                                         "GROUP BY day, source"),
                          { utcStartOf(from), utcStartOf(to.addDays(1)) });
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate day = storage::dateFromIso(q->value(0));
        const auto source = leadSourceFromKey(q->value(1).toString());
        const int leads = q->value(2).toInt();
        const int qualified = q->value(3).toInt();
        const int converted = q->value(4).toInt();
        add(funnel.total, leads, qualified, converted);
        if (source) {
            const auto it = std::find_if(sources.begin(), sources.end(), [&](const FunnelRow& r) { return r.source == source; });
            if (it != sources.end())
                add(*it, leads, qualified, converted);
        }
        if (const auto month = text::jalali::fromGregorian(day)) {
            for (FunnelRow& row : funnel.byMonth) {
                if (row.jalaliYear == month->year && row.jalaliMonth == month->month) {
                    add(row, leads, qualified, converted);
                    break;
                }
            }
        }
    }
    sources.removeIf([](const FunnelRow& r) { return r.leads == 0; });
    std::stable_sort(sources.begin(), sources.end(), [](const FunnelRow& a, const FunnelRow& b) { return a.leads > b.leads; });
    funnel.bySource = sources;
    return funnel;
}

} // namespace peyvand::leads
