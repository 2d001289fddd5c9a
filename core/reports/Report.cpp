#include "Report.h"

#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

text::DigitScript scriptOf(text::jalali::Language language)
{
    return language == text::jalali::Language::Persian ? text::DigitScript::Persian : text::DigitScript::Latin;
}

QString perMilleText(qint64 perMille, text::jalali::Language language)
{
    const bool negative = perMille < 0;
    const qint64 magnitude = negative ? -perMille : perMille;
    const QString separator = language == text::jalali::Language::Persian ? QStringLiteral("\u066B") : QStringLiteral(".");
    QString number = QString::number(magnitude / 10);
    if (magnitude % 10)
        number += separator + QString::number(magnitude % 10);
    number = text::localizeDigits(number, scriptOf(language));
    const QString sign = negative ? QStringLiteral("-") : QString();
    return language == text::jalali::Language::Persian ? QStringLiteral("%1%2٪").arg(sign, number)
                                                      : QStringLiteral("%1%2 %").arg(sign, number);
}

QString quantityText(qint64 milli, text::jalali::Language language)
{
    QString number = text::formatGrouped(milli / 1000, scriptOf(language));
    const qint64 fraction = (milli < 0 ? -milli : milli) % 1000;
    if (fraction) {
        QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        const QString separator = language == text::jalali::Language::Persian ? QStringLiteral("\u066B") : QStringLiteral(".");
        number += separator + text::localizeDigits(decimals, scriptOf(language));
    }
    return number;
}

} // namespace

int ReportTable::columnIndex(const QString& columnKey) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == columnKey)
            return i;
    }
    return -1;
}

qint64 cellNumber(const ReportCell& cell)
{
    if (const auto* number = std::get_if<qint64>(&cell))
        return *number;
    return 0;
}

QString cellText(const ReportCell& cell)
{
    if (const auto* value = std::get_if<QString>(&cell))
        return *value;
    return {};
}

QDate cellDate(const ReportCell& cell)
{
    if (const auto* date = std::get_if<QDate>(&cell))
        return *date;
    if (const auto* bucket = std::get_if<PeriodBucket>(&cell))
        return bucket->from;
    return {};
}

QString formatCell(const ReportCell& cell, ColumnKind kind, const CellFormat& format)
{
    if (std::holds_alternative<std::monostate>(cell))
        return {};
    const auto script = scriptOf(format.language);
    switch (kind) {
    case ColumnKind::Text:
    case ColumnKind::Key:
        return cellText(cell);
    case ColumnKind::Money: {
        const qint64 rial = cellNumber(cell);
        const QString amount = text::formatGrouped(format.toman ? rial / 10 : rial, script);
        if (!format.withUnit)
            return amount;
        return format.toman ? ReportText::tr("%1 Toman").arg(amount) : ReportText::tr("%1 Rial").arg(amount);
    }
    case ColumnKind::Count:
        return text::formatGrouped(cellNumber(cell), script);
    case ColumnKind::Quantity:
        return quantityText(cellNumber(cell), format.language);
    case ColumnKind::PerMille:
        return perMilleText(cellNumber(cell), format.language);
    case ColumnKind::Days:
        return text::formatGrouped(cellNumber(cell), script);
    case ColumnKind::Date: {
        const QDate date = cellDate(cell);
        return date.isValid() ? text::jalali::formatNumeric(date, script) : QString();
    }
    case ColumnKind::Period:
        if (const auto* bucket = std::get_if<PeriodBucket>(&cell))
            return bucketLabel(*bucket, format.language);
        return cellText(cell); // a totals row's label
    }
    return {};
}

} // namespace peyvand::reports
