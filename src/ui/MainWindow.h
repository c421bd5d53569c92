#pragma once

#include "orders/Stage.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QListWidget;
class QStackedWidget;
class DatabaseWatcher;
class View;
struct AppContext;

// The window: navigation on the left (Orders, Print queue, Pack station, Stock, Pre-pack,
// Reports, Service desk; Ctrl+1…7), the current view on the right, and a status bar that follows the
// database as other stations change it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum ViewId {
        OrdersViewId,
        PrintQueueViewId,
        PackStationViewId,
        StockViewId,
        PrepackViewId,
        ReportsViewId,
        ServiceDeskViewId,
        ViewCount
    };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    int currentView() const;
    void showView(int id);
    View *view(int id) const;
    QString viewTitle(int id) const;
    // Re-reads counts and tells every view (the watcher calls it when another process commits).
    void refresh();
    // The per-stage counts in the status bar (what a test reads).
    QString countsText() const;
    QLabel *countsLabel() const { return m_countsLabel; }
    QListWidget *navigation() const { return m_navigation; }

signals:
    void currentViewChanged(int id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createViews();
    void createActions();
    void retranslate();
    void refreshStatus();
    void showCounts(const QMap<Stage, qint64> &counts);
    void setChromeVisible(bool visible);
    void showShortcuts();
    void showSettings();

public:
    // Opens the import dialog (File ▸ Import orders…, Ctrl+I), with files dropped on the window.
    void showImport(const QStringList &files = {});
    // File ▸ Send tracking numbers to the shop (回传), Ctrl+E.
    void showShippingExport();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showAbout();

    AppContext &m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<QAction *> m_viewActions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_syncBackAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_databaseLabel;
    QLabel *m_operatorLabel;
    QLabel *m_countsLabel;
    DatabaseWatcher *m_watcher;
};
