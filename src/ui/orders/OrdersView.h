#pragma once

#include "ui/View.h"
#include "orders/Stage.h"

#include <QMap>

class QButtonGroup;
class QLabel;
class QTableView;
class QHBoxLayout;
class QAbstractButton;
class OrdersModel;
struct AppContext;

// The review desk's list: stage chips with counts on top, the orders table below.
class OrdersView : public View {
    Q_OBJECT
public:
    explicit OrdersView(AppContext &context, QWidget *parent = nullptr);

    OrdersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects a stage chip as a click would; nullopt is "All".
    void showStage(std::optional<Stage> stage);

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshCounts();

    AppContext &m_context;
    OrdersModel *m_model;
    QTableView *m_table;
    QButtonGroup *m_chips;
    QMap<int, QAbstractButton *> m_chipByStage; // by int(Stage), plus the "All" chip
    QLabel *m_summary;
};
