#pragma once

#include "ui/View.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
struct AppContext;

// 预打包: campaigns on the left (with a small form to create or edit one); on the right the
// selected campaign's plan per SKU (limit, expected orders, suggested, planned — editable —,
// pre-packed, open orders, still to pack, warning) and the batch actions: record a batch,
// unpack, unpack the leftovers after the sale, and the batch sheet as PDF.
class PrepackView : public View {
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

    explicit PrepackView(AppContext &context, QWidget *parent = nullptr);

    // Tests: the next "Batch sheet…" writes here instead of asking.
    static void setNextSaveFileName(const QString &path);

    qint64 currentCampaign() const;
    void selectCampaign(qint64 campaignId);
    qint64 lastBatch() const { return m_lastBatch; }
    QTableWidget *planTable() const { return m_plan; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

signals:
    void planRefreshed(); // the plan table was rebuilt (tests wait for it after an edit)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshCampaigns();
    void refreshPlan();
    void campaignChanged();
    void saveCampaign(bool asNew);
    void addSku();
    void planEdited(QTableWidgetItem *item);
    void rowChanged();
    void recordBatch();
    void unpackSelected();
    void unpackLeftovers();
    void batchSheet();
    qint64 selectedSku() const;
    void say(const QString &text, bool error = false);

    AppContext &m_context;
    QListWidget *m_campaigns = nullptr;
    QLabel *m_campaignsTitle = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QDateTimeEdit *m_ends = nullptr;
    QSpinBox *m_ratio = nullptr;
    QPushButton *m_newCampaign = nullptr;
    QPushButton *m_saveCampaign = nullptr;
    QLabel *m_header = nullptr;
    QLineEdit *m_skuCode = nullptr;
    QSpinBox *m_expected = nullptr;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_addSku = nullptr;
    QTableWidget *m_plan = nullptr;
    QSpinBox *m_qty = nullptr;
    QComboBox *m_material = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_unpack = nullptr;
    QPushButton *m_leftovers = nullptr;
    QPushButton *m_sheet = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_formLabels[4] = {};
    QLabel *m_skuLabels[3] = {};
    QLabel *m_batchLabels[2] = {};
    bool m_filling = false;
    qint64 m_lastBatch = 0;
};
