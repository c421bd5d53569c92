#pragma once

#include "orders/Stage.h"
#include "ui/View.h"

#include <QElapsedTimer>
#include <QMap>
#include <optional>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QTableView;
class OrderDetailPane;
class OrdersFilterBar;
class OrdersModel;
class RulesWorker;
struct RuleRunSummary;
struct AppContext;
struct BulkResult;

// The review desk (制单员审核): stage chips with counts and quick filters on top, the orders table
// with a detail pane beside it, and an action bar (Approve A, Hold H, Release R, Cancel Del,
// Edit E, Merge M, Split S, Submit Ctrl+Enter, run rules F5, Match listing… L). Bulk actions say how many
// orders they touch and ask first; every change goes through a core service call.
class OrdersView : public View {
    Q_OBJECT
public:
    explicit OrdersView(AppContext &context, QWidget *parent = nullptr);

    OrdersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrdersFilterBar *filterBar() const { return m_filterBar; }
    OrderDetailPane *detailPane() const { return m_detail; }
    // Selects a stage chip as a click would; nullopt is "All".
    void showStage(std::optional<Stage> stage);
    QList<qint64> selectedOrderIds() const;
    QString lastStatus() const;
    // Run rules (F5) is running on its worker thread.
    bool rulesRunning() const;
    // The counts the stage chips show (read with them).
    const QMap<Stage, qint64> &stageCounts() const { return m_counts; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

signals:
    void stageCountsChanged(const QMap<Stage, qint64> &counts);
    // Run rules (F5) has finished (its outcome is in the status line).
    void rulesFinished();

public slots:
    void approve();
    void hold();
    void release();
    void cancelOrders();
    void edit();
    void merge();
    void split();
    void submit();
    void runRules();
    void allocateCouriers();
    void configureRules();
    void matchListing();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addAction(const QString &objectName, const QKeySequence &key, void (OrdersView::*slot)());
    void retranslate();
    void refreshCounts();
    void applyFilter();
    void selectionChanged();
    void reloadKeepingSelection();
    void selectNextAfter(qint64 approvedId, int row);
    bool confirmBulk(const QString &question, int count);
    std::optional<QString> askReason(const QString &title, const QString &label);
    void report(const QString &done, const BulkResult &result);
    void setupHeaderMenu();
    void rulesProgress(qint64 done, qint64 total);
    void rulesDone(const RuleRunSummary &summary, const QString &error);

    AppContext &m_context;
    OrdersModel *m_model;
    QTableView *m_table;
    QButtonGroup *m_chips;
    QMap<int, QAbstractButton *> m_chipByStage; // kAll: all
    OrdersFilterBar *m_filterBar;
    OrderDetailPane *m_detail;
    QMap<Stage, qint64> m_counts;
    QLabel *m_summary;
    QLabel *m_quotas;
    QLabel *m_unmatched; // "Unmatched listing: 12,345 orders, 37 listings"
    QLabel *m_status;
    QProgressBar *m_rulesProgress;
    RulesWorker *m_rules;
    QElapsedTimer m_rulesClock;
    QMap<QString, QAction *> m_actions;
    QMap<QString, QAbstractButton *> m_buttons;
};
