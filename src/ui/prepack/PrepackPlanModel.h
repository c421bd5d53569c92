#pragma once

#include "prepack/PrepackProgress.h"
#include "ui/RowTableModel.h"

#include <QSqlDatabase>

// One line of a campaign's pre-pack plan as shown: the plan and the progress of one SKU.
struct PlanLine {
    qint64 id = 0; // the SKU
    QString code, spec, location;
    int limit = 0, expected = 0, suggested = 0, planned = 0, prepacked = 0, open = 0, toPack = 0;
    bool edited = false; // planned is a person's number
    SkuProgress::Warning warning = SkuProgress::Warning::None;
    QString message;
    bool operator==(const PlanLine &) const = default;
};

// A campaign's plan per SKU, from PrepackPlan and PrepackProgress. Reading it again reports the
// lines that changed (an edit repaints its line). Planned is editable: an edit is not written
// here but handed on as plannedEdited() for the view to write, then read again. RawRole gives
// the numbers. Reading throws Error.
class PrepackPlanModel : public RowTableModel<PlanLine> {
    Q_OBJECT
public:
    enum Column {
        Sku,
        Spec,
        Bin,
        Limit,
        Expected,
        Suggested,
        Planned,
        Prepacked,
        Open,
        ToPack,
        Warning,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole, SkuIdRole };

    explicit PrepackPlanModel(QSqlDatabase db, QObject *parent = nullptr);
    // The campaign's lines (0: none), as of now.
    void reload(qint64 campaignId);
    qint64 skuIdAt(int row) const { return rowAt(row).id; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // text as typed: a number, or "" to follow the suggestion again.
    void plannedEdited(qint64 skuId, const QString &text);

private:
    QSqlDatabase m_db;
};
