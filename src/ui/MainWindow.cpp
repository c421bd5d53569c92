#include "ui/MainWindow.h"

#include "base/AppSettings.h"
#include "db/Database.h"
#include "ui/AppContext.h"
#include "ui/DatabaseWatcher.h"
#include "ui/MessageBox.h"
#include "ui/SettingsDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/intake/ImportDialog.h"
#include "ui/intake/ShippingExportDialog.h"
#include "ui/orders/OrdersView.h"
#include "ui/packing/PackStationView.h"
#include "ui/prepack/PrepackView.h"
#include "ui/printing/PrintQueueView.h"
#include "ui/reports/ReportsView.h"
#include "ui/service/ServiceDeskView.h"
#include "ui/stock/StockView.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>

namespace {
struct ViewInfo {
    const char *title;
    const char *icon;
};

// Titles are translated in retranslate(); the order is the Ctrl+N order.
constexpr ViewInfo kViews[] = {
    {QT_TRANSLATE_NOOP("MainWindow", "Orders"), ":/icons/orders.svg"},
    {QT_TRANSLATE_NOOP("MainWindow", "Print queue"), ":/icons/print.svg"},
    {QT_TRANSLATE_NOOP("MainWindow", "Pack station"), ":/icons/pack.svg"},
    {QT_TRANSLATE_NOOP("MainWindow", "Stock"), ":/icons/stock.svg"},
    {QT_TRANSLATE_NOOP("MainWindow", "Pre-pack"), ":/icons/prepack.svg"},
    {QT_TRANSLATE_NOOP("MainWindow", "Reports"), ":/icons/reports.svg"},
    {QT_TRANSLATE_NOOP("MainWindow", "Service desk"), ":/icons/service.svg"},
};

// Counts worth a glance in the status bar, in flow order.
const QList<Stage> kStatusStages = {Stage::Imported, Stage::Reviewed, Stage::Submitted,  Stage::Printed,
                                    Stage::Packed,   Stage::Shipped,  Stage::Intercepted};
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_watcher(new DatabaseWatcher(context.database, 1000, this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/packline.svg")));
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.35);
    m_navigation->setFont(navFont);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding: 10px 6px; }"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createViews();
    createActions();
    statusBar()->addWidget(m_databaseLabel);
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        view(row)->activate();
        emit currentViewChanged(row);
    });
    connect(m_watcher, &DatabaseWatcher::changed, this, &MainWindow::refresh);
    // The status bar's counts are the stage chips' counts, read once and shown in both places.
    auto *orders = qobject_cast<OrdersView *>(view(OrdersViewId));
    connect(orders, &OrdersView::stageCountsChanged, this, &MainWindow::showCounts);
    showCounts(orders->stageCounts());

    retranslate();
    m_navigation->setCurrentRow(OrdersViewId);
    resize(1280, 800);
    setAcceptDrops(true); // order exports dropped on the window open the import dialog
}

void MainWindow::createViews()
{
    for (const ViewInfo &v : kViews) {
        auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(v.icon)), QString(), m_navigation);
        item->setSizeHint(QSize(0, 52));
    }
    m_stack->addWidget(new OrdersView(m_context, m_stack));
    m_stack->addWidget(new PrintQueueView(m_context, m_stack));
    m_stack->addWidget(new PackStationView(m_context, m_stack));
    m_stack->addWidget(new StockView(m_context, m_stack));
    m_stack->addWidget(new PrepackView(m_context, m_stack));
    m_stack->addWidget(new ReportsView(m_context, m_stack));
    m_stack->addWidget(new ServiceDeskView(m_context, m_stack));
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { showImport(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importOrdersAction"));
    m_syncBackAction = m_fileMenu->addAction(QString(), this, &MainWindow::showShippingExport);
    m_syncBackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_syncBackAction->setObjectName(QStringLiteral("syncBackAction"));
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < ViewCount; ++i) {
        QAction *a = m_viewMenu->addAction(QIcon(QString::fromLatin1(kViews[i].icon)), QString(), this,
                                           [this, i] { showView(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::ApplicationShortcut);
        m_viewActions << a;
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

int MainWindow::currentView() const
{
    return m_stack->currentIndex();
}

void MainWindow::showView(int id)
{
    if (id >= 0 && id < ViewCount)
        m_navigation->setCurrentRow(id);
}

View *MainWindow::view(int id) const
{
    return qobject_cast<View *>(m_stack->widget(id));
}

QString MainWindow::viewTitle(int id) const
{
    return tr(kViews[id].title);
}

void MainWindow::refresh()
{
    refreshStatus();
    for (int i = 0; i < m_stack->count(); ++i)
        view(i)->databaseChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Date and number fields already on screen take the new language's conventions.
        if (locale() != QLocale())
            setLocale(QLocale());
    }
    // Full screen (F11 at the pack station) is the view alone: no menu, navigation or status bar.
    if (event->type() == QEvent::WindowStateChange)
        setChromeVisible(!(windowState() & Qt::WindowFullScreen));
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Packline — warehouse desk"));
    for (int i = 0; i < ViewCount; ++i) {
        m_navigation->item(i)->setText(viewTitle(i));
        m_navigation->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(viewTitle(i)).arg(i + 1));
        m_viewActions[i]->setText(viewTitle(i));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_importAction->setText(tr("&Import orders…"));
    m_syncBackAction->setText(tr("S&end tracking numbers to the shop (回传)…"));
    m_quitAction->setText(tr("&Quit"));
    m_shortcutsAction->setText(tr("&Shortcuts"));
    m_aboutAction->setText(tr("&About Packline"));
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_context.database.location()).fileName()));
    m_databaseLabel->setToolTip(m_context.database.location());
    m_operatorLabel->setText(
        tr("Operator: %1 @ %2").arg(m_context.actor.operatorName, m_context.actor.station));
    if (auto *orders = qobject_cast<OrdersView *>(view(OrdersViewId)))
        showCounts(orders->stageCounts());
}

void MainWindow::showCounts(const QMap<Stage, qint64> &counts)
{
    QStringList parts;
    for (Stage s : kStatusStages)
        parts << QStringLiteral("%1 %2").arg(Stages::displayName(s)).arg(counts.value(s));
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

QString MainWindow::countsText() const
{
    return m_countsLabel->text();
}

void MainWindow::setChromeVisible(bool visible)
{
    menuBar()->setVisible(visible);
    m_navigation->setVisible(visible);
    statusBar()->setVisible(visible);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(viewTitle(currentView()), view(currentView())->shortcuts(), this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context.settings, m_context.actor, m_context.database.location(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_context.actor = {m_context.settings.operatorName(), m_context.settings.station()};
        refreshStatus();
    }
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Packline"),
        tr("<h3>Packline %1</h3><p>Warehouse back office for online shops: review, print, pack "
           "and ship orders during flash-sale peaks.</p><p>Database: %2<br>Schema level: %3</p>")
            .arg(QCoreApplication::applicationVersion(), m_context.database.location().toHtmlEscaped())
            .arg(m_context.database.schemaLevel()));
}

void MainWindow::showShippingExport()
{
    ShippingExportDialog dialog(m_context, this);
    dialog.exec();
    refresh();
}

void MainWindow::showImport(const QStringList &files)
{
    auto *dialog = new ImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, &MainWindow::refresh);
    dialog->addFiles(files);
    dialog->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty())
        showImport(files);
    event->acceptProposedAction();
}
