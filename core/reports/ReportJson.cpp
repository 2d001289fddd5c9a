#include "ReportJson.h"

#include "storage/SqlHelpers.h"

#include <QJsonArray>

namespace peyvand::reports {

namespace {

void putCell(QJsonObject& row, const ReportColumn& column, const ReportCell& cell)
{
    if (std::holds_alternative<std::monostate>(cell)) {
        row.insert(column.key, QJsonValue::Null);
        return;
    }
    switch (column.kind) {
    case ColumnKind::Text:
    case ColumnKind::Key:
        row.insert(column.key, cellText(cell));
        return;
    case ColumnKind::Money:
    case ColumnKind::Count:
    case ColumnKind::Quantity:
    case ColumnKind::PerMille:
    case ColumnKind::Days:
        row.insert(column.key, cellNumber(cell));
        return;
    case ColumnKind::Date: {
        const QDate date = cellDate(cell);
        row.insert(column.key, date.isValid() ? QJsonValue(storage::isoDate(date)) : QJsonValue(QJsonValue::Null));
        return;
    }
    case ColumnKind::Period:
        if (const auto* bucket = std::get_if<PeriodBucket>(&cell)) {
            row.insert(column.key, bucketKey(*bucket));
            row.insert(column.key + QStringLiteral("_from"), storage::isoDate(bucket->from));
            row.insert(column.key + QStringLiteral("_to"), storage::isoDate(bucket->to));
        } else {
            row.insert(column.key, cellText(cell)); // the totals row's label
        }
        return;
    }
}

QJsonObject rowJson(const ReportTable& table, const QList<ReportCell>& cells)
{
    QJsonObject row;
    for (int i = 0; i < table.columns.size() && i < cells.size(); ++i)
        putCell(row, table.columns.at(i), cells.at(i));
    return row;
}

} // namespace

QJsonObject toJson(const Report& report)
{
    QJsonObject json;
    json.insert(QStringLiteral("report"), report.id);
    if (report.range.isValid()) {
        json.insert(QStringLiteral("from"), storage::isoDate(report.range.from));
        json.insert(QStringLiteral("to"), storage::isoDate(report.range.to));
    }
    if (report.grouping)
        json.insert(QStringLiteral("grouping"), toKey(*report.grouping));
    json.insert(QStringLiteral("as_of"), storage::isoDate(report.asOf));

    QJsonObject figures;
    for (const ReportFigure& figure : report.figures)
        figures.insert(figure.key, figure.value);
    json.insert(QStringLiteral("figures"), figures);

    QJsonObject tables;
    for (const ReportTable& table : report.tables) {
        QJsonObject out;
        QJsonArray columns;
        for (const ReportColumn& column : table.columns)
            columns.append(column.key);
        out.insert(QStringLiteral("columns"), columns);
        QJsonArray rows;
        for (const auto& cells : table.rows)
            rows.append(rowJson(table, cells));
        out.insert(QStringLiteral("rows"), rows);
        if (table.totals)
            out.insert(QStringLiteral("totals"), rowJson(table, *table.totals));
        tables.insert(table.key, out);
    }
    json.insert(QStringLiteral("tables"), tables);
    json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(report.notes));
    return json;
}

} // namespace peyvand::reports
