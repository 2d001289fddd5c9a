#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// A table over rows that core hands out a page at a time: the first page on
// a reset, the next ones through fetchMore() as the view scrolls, so no list
// ever holds a whole table. Row must have an `id`.
template <typename Row>
class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int kPageSize = 100;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_hasMore; }

    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || !m_hasMore || m_announcing)
            return;
        QList<Row> page = loadPage(int(m_rows.size()));
        m_hasMore = page.size() == kPageSize;
        if (page.isEmpty())
            return;
        const int first = int(m_rows.size());
        m_announcing = true;
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.append(std::move(page));
        endInsertRows();
        m_announcing = false;
    }

    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    qint64 idAt(int row) const
    {
        const Row* found = rowAt(row);
        return found ? found->id : 0;
    }
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

protected:
    virtual QList<Row> loadPage(int offset) = 0;

    // Replaces every row with the first page; `changeQuery` runs inside the
    // reset, before the page is read.
    template <typename ChangeQuery>
    void resetRows(ChangeQuery changeQuery)
    {
        m_announcing = true;
        beginResetModel();
        changeQuery();
        m_rows = loadPage(0);
        m_hasMore = m_rows.size() == kPageSize;
        endResetModel();
        m_announcing = false;
    }

    const QList<Row>& rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    bool m_hasMore = false;
    // True while a reset or an insertion is being announced: listeners that
    // call fetchMore() from their handlers of those signals (Qt 6.4's
    // QAbstractItemModelTester does) must not nest another insertion inside
    // it; views fetch more afterwards anyway.
    bool m_announcing = false;
};

} // namespace peyvand::ui
