#pragma once

#include "leads/ScoringProfile.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// The options of one choice criterion and the points each gives, editable in
// place. For a built-in criterion the options are fixed (every timeline,
// authority, need or industry, named in the user's language) and only the
// points change; a custom criterion's options can also be renamed, added and
// removed (their keys are made here, stable once made).
class OptionPointsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionPointsModel)

public:
    enum Column { OptionColumn, PointsColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the option key
        PointsRole,
    };
    struct Choice {
        QString key;
        QString label;
    };

    explicit OptionPointsModel(bool custom, QObject* parent = nullptr);

    // Built-in: one row per choice, the points from `options` (0 when not listed).
    void setBuiltin(const QList<Choice>& choices, const QList<leads::OptionPoints>& options);
    // Custom: the options as they are.
    void setCustom(const QList<leads::OptionPoints>& options);
    // The options to store: listed ones, and built-in ones given points.
    QList<leads::OptionPoints> options() const;
    bool isCustom() const { return m_custom; }
    // Custom only: adds an option named `label` with a new key; returns its row.
    int addOption(const QString& label);
    void removeOption(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row {
        QString key;
        QString label;
        int points = 0;
        bool listed = false; // in the profile as loaded (kept even at 0 points)
    };
    bool m_custom = false;
    QList<Row> m_rows;
};

} // namespace peyvand::ui
