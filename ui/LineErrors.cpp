#include "LineErrors.h"

#include <QRegularExpression>

namespace peyvand::ui {

std::optional<RowField> RowField::parse(const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z_]+)\\[(\\d+)\\](?:\\.([a-z_]+))?$"));
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return std::nullopt;
    return RowField { match.captured(1), match.captured(2).toInt(), match.captured(3) };
}

void CellErrors::set(int row, int column, const QString& message)
{
    if (message.isEmpty())
        clear(row, column);
    else
        m_messages.insert({ row, column }, message);
}

void CellErrors::clear(int row, int column)
{
    m_messages.remove({ row, column });
}

QString CellErrors::message(int row, int column) const
{
    return m_messages.value({ row, column });
}

void CellErrors::removeRow(int row)
{
    QHash<std::pair<int, int>, QString> moved;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const auto [r, c] = it.key();
        if (r < row)
            moved.insert(it.key(), it.value());
        else if (r > row)
            moved.insert({ r - 1, c }, it.value());
    }
    m_messages = moved;
}

std::optional<std::pair<int, int>> CellErrors::first() const
{
    std::optional<std::pair<int, int>> best;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (!best || it.key() < *best)
            best = it.key();
    }
    return best;
}

} // namespace peyvand::ui
