// The main window as a person meets it: opens on a demo database, every view by its shortcut,
// the Orders view lists and filters, the status bar follows other stations, and 简体中文 works.
#include "TestDatabase.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Sql.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/View.h"
#include "ui/orders/OrdersModel.h"
#include "ui/orders/OrdersView.h"
#include "ui/packing/PackStationView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QShortcutEvent>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    void saveArtefact(const QString &name)
    {
        QDir().mkpath(QStringLiteral(PACKLINE_ARTIFACT_DIR));
        QVERIFY(m_window->grab().save(QStringLiteral(PACKLINE_ARTIFACT_DIR "/") + name));
    }

    QStringList statusTexts() const
    {
        QStringList texts;
        for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
            texts << l->text();
        return texts;
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void init()
    {
        Translations::install(QStringLiteral("en"));
        m_db = std::make_unique<TestDatabase>();
        m_db->seedDemo(1500);
        m_settingsDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(AppContext{m_db->db(), TestDatabase::actor(), *m_settings});
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        Translations::install(QStringLiteral("en"));
    }

    void opensOnOrdersWithStatus()
    {
        QCOMPARE(m_window->currentView(), int(MainWindow::OrdersViewId));
        const QString status = statusTexts().join(u'\n');
        // The file's name, or on a server the database's ("host:port/name").
        QVERIFY2(status.contains(QStringLiteral("Database: ") + QFileInfo(m_db->db().location()).fileName()),
                 qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("tester @ TEST-01")));
        const qint64 toReview = countRows(
            m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'imported'"));
        QVERIFY(status.contains(QStringLiteral("To review %1").arg(toReview)));
        saveArtefact(QStringLiteral("mainwindow_en.png"));
    }

    void everyViewByItsShortcut()
    {
        const auto nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(MainWindow::ViewCount));
        for (int i = MainWindow::ViewCount - 1; i >= 0; --i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(m_window->currentView(), i);
            QCOMPARE(nav->currentRow(), i);
            QVERIFY(m_window->view(i)->isVisible());
        }
    }

    void ordersViewListsAndFiltersByStage()
    {
        auto *orders = qobject_cast<OrdersView *>(m_window->view(MainWindow::OrdersViewId));
        QVERIFY(orders);
        OrdersModel *model = orders->model();
        QCOMPARE(model->totalCount(), 1500);
        QCOMPARE(orders->table()->model()->rowCount(), std::min(1500, int(OrdersModel::kPageSize)));
        // Scrolling to the end fetches the rest, page by page.
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1500);

        const qint64 shipped = countRows(
            m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'shipped'"));
        QVERIFY(shipped > 0);
        // Click the "Shipped" chip as a person would.
        QPushButton *chip = nullptr;
        for (QPushButton *b : orders->findChildren<QPushButton *>()) {
            if (b->property("stageChip").toBool() && b->text().startsWith(QStringLiteral("Shipped ")))
                chip = b;
        }
        QVERIFY(chip);
        QCOMPARE(chip->text(), QStringLiteral("Shipped %1").arg(shipped));
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(model->totalCount(), shipped);
        QCOMPARE(model->rowCount(), int(std::min<qint64>(shipped, OrdersModel::kPageSize)));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, OrdersModel::StageColumn).data(OrdersModel::RawRole).toString(),
                     QStringLiteral("shipped"));

        orders->showStage(std::nullopt);
        QCOMPARE(model->totalCount(), 1500);
    }

    void sortingRunsInSql()
    {
        auto *orders = qobject_cast<OrdersView *>(m_window->view(MainWindow::OrdersViewId));
        OrdersModel *model = orders->model();
        model->sort(OrdersModel::AmountColumn, Qt::DescendingOrder);
        const qint64 top =
            Sql::scalar(m_db->connection(), QStringLiteral("SELECT MAX(paid_fen) FROM orders")).toLongLong();
        QCOMPARE(model->index(0, OrdersModel::AmountColumn).data(OrdersModel::RawRole).toLongLong(), top);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, OrdersModel::AmountColumn).data(OrdersModel::RawRole).toLongLong() >=
                    model->index(r, OrdersModel::AmountColumn).data(OrdersModel::RawRole).toLongLong());
    }

    void statusFollowsAnotherStation()
    {
        const qint64 before = countRows(
            m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'imported'"));
        Database other; // a second station on the same file
        QVERIFY(other.open(m_db->path()));
        Sql::run(other.connection(),
                 QStringLiteral("UPDATE orders SET stage = 'reviewed' WHERE id IN "
                                "(SELECT id FROM orders WHERE stage = 'imported' LIMIT 5)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            statusTexts().join(u'\n').contains(QStringLiteral("To review %1").arg(before - 5)), 5000);
    }

    // The status bar's counts move with the stage chips, at once, for a change made here.
    void statusCountsFollowTheChips()
    {
        auto *orders = qobject_cast<OrdersView *>(m_window->view(MainWindow::OrdersViewId));
        orders->showStage(Stage::Imported);
        const qint64 before = countRows(
            m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'imported'"));
        QVERIFY(before > 2);
        QVERIFY(m_window->countsText().contains(QStringLiteral("To review %1").arg(before)));
        QTableView *table = orders->table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_A);
        QTest::keyClick(table, Qt::Key_A); // the next order, selected by the first approval
        QCOMPARE(countRows(m_db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'imported'")),
                 before - 2);
        QVERIFY2(m_window->countsText().contains(QStringLiteral("To review %1").arg(before - 2)),
                 qPrintable(m_window->countsText())); // no waiting for the watcher
        for (QPushButton *chip : orders->findChildren<QPushButton *>())
            if (chip->property("stageChip").toBool() && chip->text().startsWith(QStringLiteral("To review ")))
                QCOMPARE(chip->text(), QStringLiteral("To review %1").arg(before - 2));
    }

    // One key, one action: press every shortcut that more than one action, shortcut or button
    // carries, on every view (and both pack-station tabs), and fail on any ambiguity Qt sees.
    void noAmbiguousShortcut()
    {
        struct AmbiguityCatcher : QObject {
            QStringList seen;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() == QEvent::Shortcut && static_cast<QShortcutEvent *>(event)->isAmbiguous())
                    seen << static_cast<QShortcutEvent *>(event)->key().toString() + QStringLiteral(" on ") +
                                QString::fromLatin1(watched->metaObject()->className()) + u' ' +
                                watched->objectName();
                return false;
            }
        } catcher;
        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
                if (message.contains(QStringLiteral("Ambiguous shortcut overload")))
                    warnings << message;
            });
        qApp->installEventFilter(&catcher);
        // A shortcut that is not ambiguous does its work: close whatever dialog it opens.
        QTimer closer;
        closer.setInterval(30);
        connect(&closer, &QTimer::timeout, &closer, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
        });
        closer.start();

        // Views build some of their widgets when first shown: count the keys as each one shows.
        auto sharedKeys = [this] {
            QHash<QKeySequence, int> owners;
            auto count = [&owners](const QKeySequence &key) {
                if (!key.isEmpty() && key != QKeySequence(QKeySequence::Quit))
                    ++owners[key];
            };
            for (QAction *a : m_window->findChildren<QAction *>())
                for (const QKeySequence &key : a->shortcuts())
                    count(key);
            for (QShortcut *sc : m_window->findChildren<QShortcut *>())
                for (const QKeySequence &key : sc->keys())
                    count(key);
            for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>())
                count(b->shortcut());
            QList<QKeySequence> shared;
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                if (it.value() > 1)
                    shared << it.key();
            return shared;
        };
        auto pressAll = [&](const QString &where) {
            const QList<QKeySequence> shared = sharedKeys();
            QVERIFY(shared.contains(QKeySequence(QStringLiteral("Ctrl+N")))); // the check sees real keys
            for (const QKeySequence &key : shared) {
                // Window shortcuts (menus, buttons) answer only in the active window.
                if (QApplication::activeWindow() != m_window.get()) {
                    m_window->activateWindow();
                    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
                }
                QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
                const int before = int(catcher.seen.size() + warnings.size());
                QTest::keySequence(target, key);
                if (catcher.seen.size() + warnings.size() > before)
                    catcher.seen << QStringLiteral("  (%1 on %2)").arg(key.toString(), where);
            }
        };
        for (int id = 0; id < MainWindow::ViewCount; ++id) {
            m_window->showView(id);
            m_window->view(id)->activate();
            QCoreApplication::processEvents();
            pressAll(m_window->viewTitle(id));
            if (auto *station = qobject_cast<PackStationView *>(m_window->view(id))) {
                station->showHandover();
                pressAll(QStringLiteral("handover"));
                station->showPack();
            }
        }
        closer.stop();
        qApp->removeEventFilter(&catcher);
        qInstallMessageHandler(previous);
        QVERIFY2(catcher.seen.isEmpty() && warnings.isEmpty(),
                 qPrintable((catcher.seen + warnings).join(u'\n')));
    }

    // A station pointed at a server checks the address before its next start.
    void settingsCheckADatabaseBeforeItIsUsed()
    {
        SettingsDialog dialog(*m_settings, m_window.get());
        dialog.show();
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        auto *check = dialog.findChild<QPushButton *>(QStringLiteral("check"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("checkResult"));
        QVERIFY(database && check && result);
        QVERIFY(!result->isVisible());
        // Browse answers through FileChooser like every file dialog.
        FileChooser::setNextAnswer(m_db->path());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browse")), Qt::LeftButton);
        QCOMPARE(FileChooser::lastTitle(), QStringLiteral("Database file"));
        QCOMPARE(database->text(), m_db->path());
        database->clear();
        QTest::keyClicks(database, m_db->path());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(result->isVisible());
        QVERIFY2(result->text().contains(m_db->db().engineName()) &&
                     result->text().contains(QStringLiteral("order")),
                 qPrintable(result->text()));
        // A server that is not there: named by host and port.
        database->clear();
        QTest::keyClicks(database, QStringLiteral("postgresql://packline@127.0.0.1:1/packline"));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY2(result->text().contains(QStringLiteral("127.0.0.1:1")), qPrintable(result->text()));
        // A password typed into the address is refused and never shown.
        database->clear();
        QTest::keyClicks(database, QStringLiteral("postgresql://packline:s3cret@127.0.0.1:1/packline"));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY2(!result->text().contains(QStringLiteral("s3cret")) &&
                     result->text().contains(QStringLiteral("password")),
                 qPrintable(result->text()));
        // Every line of a long reason is shown.
        QVERIFY(result->height() >= result->heightForWidth(result->width()));
        // Nothing is saved until OK.
        QVERIFY(m_settings->databasePath() != database->text());
        dialog.reject();
    }

    void settingsShowTheSessionAndTheSounds()
    {
        m_settings->setStation(QStringLiteral("SAVED-STATION"));
        SettingsDialog dialog(*m_settings, Actor{QStringLiteral("李雷"), QStringLiteral("PACK-03")},
                              m_db->path(), m_window.get());
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("station"))->text(), QStringLiteral("PACK-03"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("operatorName"))->text(),
                 QStringLiteral("李雷"));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->toolTip().contains(m_db->path()));
        // The session in words, whatever is saved for the next start.
        auto *session = dialog.findChild<QLabel *>(QStringLiteral("session"));
        QVERIFY(session && session->isVisible());
        QVERIFY2(session->text().contains(QStringLiteral("李雷")) &&
                     session->text().contains(QStringLiteral("PACK-03")) &&
                     session->text().contains(m_db->path()),
                 qPrintable(session->text()));
        auto *soundOn = dialog.findChild<QCheckBox *>(QStringLiteral("soundOn"));
        auto *volume = dialog.findChild<QSlider *>(QStringLiteral("soundVolume"));
        QVERIFY(soundOn && volume);
        QVERIFY(soundOn->isChecked());
        QCOMPARE(volume->value(), 80);
        QTest::mouseClick(soundOn, Qt::LeftButton);
        QVERIFY(!volume->isEnabled());
        volume->setValue(35);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(!m_settings->soundOn());
        QCOMPARE(m_settings->soundVolume(), 35);
    }

    void settingsDialogSavesAndSwitchesLanguage()
    {
        SettingsDialog dialog(*m_settings, m_window.get());
        dialog.show();
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        auto *station = dialog.findChild<QLineEdit *>(QStringLiteral("station"));
        auto *operatorName = dialog.findChild<QLineEdit *>(QStringLiteral("operatorName"));
        QVERIFY(language && station && operatorName);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        station->clear();
        QTest::keyClicks(station, QStringLiteral("PACK-07"));
        operatorName->clear();
        operatorName->setText(QStringLiteral("王芳")); // QTest::keyClicks types Latin-1 only
        auto *scalePrefix = dialog.findChild<QLineEdit *>(QStringLiteral("scalePrefix"));
        QVERIFY(scalePrefix);
        QTest::keyClicks(scalePrefix, QStringLiteral("W"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));
        QCOMPARE(m_settings->station(), QStringLiteral("PACK-07"));
        QCOMPARE(m_settings->operatorName(), QStringLiteral("王芳"));
        QCOMPARE(m_settings->scalePrefix(), QStringLiteral("W"));
        QCoreApplication::processEvents();
        const auto nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::StockViewId)->text(), QStringLiteral("库存"));
    }

    void chineseTitleAndNavigation()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("发货台")),
                 qPrintable(m_window->windowTitle()));
        const auto nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::OrdersViewId)->text(), QStringLiteral("订单审核"));
        QCOMPARE(nav->item(MainWindow::PackStationViewId)->text(), QStringLiteral("打包台"));
        QVERIFY(statusTexts().join(u'\n').contains(QStringLiteral("待审核")));
        // Dates already on screen take the Chinese format (2026/12/5, not "5 Dec 2026").
        const QList<QDateEdit *> dates = m_window->findChildren<QDateEdit *>();
        QVERIFY(!dates.isEmpty());
        for (QDateEdit *date : dates)
            QVERIFY2(!date->text().contains(QRegularExpression(QStringLiteral("[A-Za-z]"))),
                     qPrintable(date->text()));
        saveArtefact(QStringLiteral("mainwindow_zh_CN.png"));
        // And back, without a restart.
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(nav->item(MainWindow::OrdersViewId)->text(), QStringLiteral("Orders"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
