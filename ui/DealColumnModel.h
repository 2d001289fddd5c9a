#pragma once

#include "pipeline/DealService.h"

#include <QAbstractListModel>
#include <QList>

#include <functional>
#include <optional>

namespace peyvand::ui {

// The cards of one stage on the pipeline board, in their column order.
// Cards drag out as kMimeType data (the deal, its stage and row) and drop in
// at a row of any column: dropMimeData hands the move to the board's
// MoveHandler, which calls DealService::move, so a drop in a test takes the
// same path as one made with the mouse.
class DealColumnModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealColumnModel)

public:
    static const QString kMimeType;

    enum Role {
        DealIdRole = Qt::UserRole + 1, // qint64
        TitleRole,
        PartyRole,
        AmountRole,         // qint64 Rial
        AmountTextRole,     // the amount with its unit, as the language shows it
        ExpectedCloseRole,  // QDate, invalid when unknown
        ExpectedCloseTextRole,
        OwnerRole,
    };

    struct DraggedDeal {
        qint64 dealId = 0;
        qint64 stageId = 0; // the column it came from
        int row = -1;       // its row there
    };
    // Moves a deal to `index` in the stage's column (-1: the end); true when it moved.
    using MoveHandler = std::function<bool(qint64 dealId, qint64 stageId, int index)>;

    explicit DealColumnModel(qint64 stageId, QObject* parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setDeals(const QList<pipeline::DealRow>& deals, bool toman);
    void setMoveHandler(MoveHandler handler) { m_move = std::move(handler); }
    const QList<pipeline::DealRow>& deals() const { return m_deals; }
    qint64 dealId(int row) const;
    int rowOf(qint64 dealId) const;

    static std::optional<DraggedDeal> decode(const QMimeData* data);
    // Where in this column a deal dropped before `row` ends up (-1: the end).
    int targetIndex(const DraggedDeal& dragged, int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    qint64 m_stageId = 0;
    bool m_toman = false;
    QList<pipeline::DealRow> m_deals;
    MoveHandler m_move;
};

} // namespace peyvand::ui
