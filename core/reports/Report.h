#pragma once

#include "ReportPeriod.h"
#include "common/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace peyvand::reports {

// What a number in a column means; decides how the GUI, the CLI, the
// exports and the PDF show it.
enum class ColumnKind {
    Text,       // QString
    Money,      // qint64 Rial
    Count,      // qint64
    Quantity,   // qint64 thousandths (like document line quantities)
    PerMille,   // qint64 0..1000 (a share or a rate: 345 = 34.5 %)
    Days,       // qint64 days
    Date,       // QDate
    Period,     // PeriodBucket
    Key,        // QString: a stable machine key (segment, bucket, grade); display text in another column
};

struct ReportColumn {
    QString key;      // JSON field name: "sales", "period", "customer_id" …
    QString title;    // translated header
    ColumnKind kind = ColumnKind::Text;
    bool hidden = false; // ids and keys the GUI needs (to open a record) but does not show
};

using ReportCell = std::variant<std::monostate, QString, qint64, QDate, PeriodBucket>;

struct ReportTable {
    QString key;      // "rows", "by_source", "segments" …
    QString title;    // translated
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    std::optional<QList<ReportCell>> totals; // a totals row, when sums mean something

    int columnIndex(const QString& columnKey) const;
};

// A chart drawn from one table: categories from one column, one series per
// value column. Band: the first value column is the line, low and high the band.
enum class ChartKind { Bar, StackedBar, Line, Pie, Donut, Band };

struct ReportChart {
    ChartKind kind = ChartKind::Bar;
    QString title;
    int table = 0;
    int categoryColumn = 0;
    QList<int> valueColumns;
    int lowColumn = -1;   // Band only
    int highColumn = -1;  // Band only
};

// A headline number shown above the tables ("Conversion rate 34.5 %").
struct ReportFigure {
    QString key;
    QString title;
    ColumnKind kind = ColumnKind::Money;
    qint64 value = 0;
};

struct Report {
    QString id;                 // ReportId key
    QString title;              // translated
    DateRange range;            // invalid when the report has no period (e.g. receivables as of today)
    std::optional<Grouping> grouping;
    QDate asOf;                 // the "today" it was computed for
    QList<ReportFigure> figures;
    QList<ReportTable> tables;
    QList<ReportChart> charts;
    QStringList notes;          // translated: how it is computed, what it leaves out
};

// Cell access that tolerates the wrong type (0, empty, invalid).
qint64 cellNumber(const ReportCell& cell);
QString cellText(const ReportCell& cell);
QDate cellDate(const ReportCell& cell);

// A cell as display text: grouped digits, Rial (or Toman when asked),
// per mille as a percent with one decimal, Jalali dates and periods, in the
// language's digits.
struct CellFormat {
    text::jalali::Language language = text::jalali::Language::English;
    bool toman = false;       // Money shown in Toman (÷10)
    bool withUnit = false;    // "12,000 Rial" rather than "12,000"
};
QString formatCell(const ReportCell& cell, ColumnKind kind, const CellFormat& format);

} // namespace peyvand::reports
