#pragma once

#include <QList>
#include <QString>
#include <optional>

// One SKU (one spec/size) of a flash sale: its per-buyer limit and the plan behind pre-packing.
struct CampaignSku {
    qint64 skuId = 0;
    QString code; // read from the catalog when loaded
    QString title;
    QString spec;
    QString location;
    int purchaseLimit = 1;         // per buyer, 聚划算 default; 0: no limit
    int expectedOrders = 0;        // expected single-item orders
    std::optional<int> plannedQty; // a person's decision; empty: follow the suggestion
    QString material;              // packing material batches default to
};

// A flash sale (聚划算, Double 11): active from startsAt (inclusive) to endsAt (exclusive), UTC text.
struct Campaign {
    qint64 id = 0;
    QString name;
    QString startsAt;
    QString endsAt;
    int ratioPercent = 60; // share of expected single-item orders to pre-pack
    QString note;
    QList<CampaignSku> skus;

    bool isActiveAt(const QString &nowText) const { return startsAt <= nowText && nowText < endsAt; }
    bool hasEndedAt(const QString &nowText) const { return endsAt <= nowText; }
};
