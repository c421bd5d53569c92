#pragma once

#include "ui/View.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class PrepackPlanModel;
struct AppContext;

// 预打包: campaigns on the left (with a small form to create or edit one); on the right the
// selected campaign's plan per SKU (limit, expected orders, suggested, planned — editable —,
// pre-packed, open orders, still to pack, warning) and the batch actions: record a batch,
// unpack, unpack the leftovers after the sale, and the batch sheet as PDF. The plan is a view
// over PrepackPlanModel.
class PrepackView : public View {
    Q_OBJECT
public:
    explicit PrepackView(AppContext &context, QWidget *parent = nullptr);

    qint64 currentCampaign() const;
    void selectCampaign(qint64 campaignId);
    qint64 lastBatch() const { return m_lastBatch; }
    QTableView *planTable() const { return m_plan; }
    PrepackPlanModel *planModel() const { return m_planModel; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

signals:
    void planRefreshed(); // the plan was read again (tests wait for it after an edit)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshCampaigns();
    void refreshPlan();
    void campaignChanged();
    void saveCampaign(bool asNew);
    void addSku();
    void planEdited(qint64 sku, const QString &text);
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
    PrepackPlanModel *m_planModel = nullptr;
    QTableView *m_plan = nullptr;
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
    qint64 m_lastBatch = 0;
};
