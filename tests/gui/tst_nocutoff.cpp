// Nothing a person reads is cut off: every view (and its tabs), the Settings dialog and the F1 help,
// at the two screens stations have (1366×768, 1920×1080), in English and 简体中文. A header, button,
// tab, chip, combo box, placeholder or label whose text is wider (or, wrapped, taller) than the room
// the widget gives it fails, naming the widget, its text and both widths. So does a row of controls
// that needs a scrollbar, and a window that cannot be made as small as the screen.
#include "TestDatabase.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/View.h"
#include "ui/packing/PackStationView.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

namespace {

// What a button or tab shows: "&Save" shows "Save", "&&" shows "&".
QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

int textWidth(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : shown(text).split(u'\n'))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

QString describe(const QWidget *w, const QString &text)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u'#' + w->objectName();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const View *>(p) || p->isWindow()) {
            name += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className());
            break;
        }
    return QStringLiteral("%1 \"%2\"").arg(name, text.left(60));
}

class CutOffFinder {
public:
    QStringList problems;

    void inspect(QWidget *root)
    {
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : all) {
            if (!w->isVisible() || hiddenByScrolling(w))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                label_(label);
            else if (auto *button = qobject_cast<QPushButton *>(w))
                pushButton(button);
            else if (auto *tool = qobject_cast<QToolButton *>(w))
                toolButton(tool);
            else if (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w))
                checkOrRadio(static_cast<QAbstractButton *>(w));
            else if (auto *header = qobject_cast<QHeaderView *>(w))
                header_(header);
            else if (auto *bar = qobject_cast<QTabBar *>(w))
                tabBar(bar);
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                comboBox(combo);
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                placeholder(edit);
            else if (auto *area = qobject_cast<QScrollArea *>(w))
                scrollArea(area);
            else if (auto *menuBar = qobject_cast<QMenuBar *>(w))
                menus(menuBar);
            else if (auto *table = qobject_cast<QTableView *>(w))
                cells(table);
        }
    }

    // A table whose rows a person reads to the end (the F1 help): every row whole, and the last
    // one in sight unless its dialog is as tall as the screen allows (tallest) and scrolls.
    void wholeRows(QTableView *table, int tallest)
    {
        const int rows = table->model()->rowCount();
        const QAbstractItemView *view = table; // sizeHintForRow is public here
        for (int r = 0; r < rows; ++r)
            if (table->rowHeight(r) < view->sizeHintForRow(r))
                problems << QStringLiteral("row %1 of %2: %3 px high, needs %4")
                                .arg(r)
                                .arg(describe(table, QString()))
                                .arg(table->rowHeight(r))
                                .arg(view->sizeHintForRow(r));
        if (rows > 0) {
            const QRect last = table->visualRect(table->model()->index(rows - 1, 0));
            if (last.bottom() >= table->viewport()->height() && table->window()->height() < tallest)
                problems << QStringLiteral("the last row of %1 is below the bottom (%2 > %3)")
                                .arg(describe(table, table->model()->index(rows - 1, 0).data().toString()))
                                .arg(last.bottom())
                                .arg(table->viewport()->height());
        }
    }

private:
    void report(const QWidget *w, const QString &text, int needed, int has, const char *what = "wide")
    {
        problems << QStringLiteral("%1: needs %2 px %3, has %4")
                        .arg(describe(w, text))
                        .arg(needed)
                        .arg(QLatin1String(what))
                        .arg(has);
    }

    // A widget scrolled out of its scroll area is not cut, it is elsewhere.
    static bool hiddenByScrolling(QWidget *w)
    {
        return w->visibleRegion().isEmpty() && !qobject_cast<QHeaderView *>(w);
    }

    void label_(QLabel *label)
    {
        if (label->text().isEmpty() || (!label->pixmap().isNull()))
            return;
        const QRect room = label->contentsRect().marginsRemoved(
            QMargins(label->margin(), label->margin(), label->margin(), label->margin()));
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->wordWrap()) {
            const int high = label->heightForWidth(label->width());
            if (high > label->height() + 1)
                report(label, label->text(), high, label->height(), "high");
            return;
        }
        QSize needed;
        if (rich) {
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            doc.setHtml(label->text());
            needed = doc.size().toSize();
        } else {
            needed = label->fontMetrics()
                         .boundingRect(QRect(0, 0, 100000, 100000), Qt::TextShowMnemonic, label->text())
                         .size();
        }
        if (needed.width() > room.width() + 1)
            report(label, label->text(), needed.width(), room.width());
        else if (needed.height() > room.height() + 2)
            report(label, label->text(), needed.height(), room.height(), "high");
    }

    void pushButton(QPushButton *button)
    {
        if (button->text().isEmpty())
            return;
        QStyleOptionButton opt;
        opt.initFrom(button);
        opt.text = button->text();
        opt.icon = button->icon();
        opt.iconSize = button->iconSize();
        if (button->menu())
            opt.features |= QStyleOptionButton::HasMenu;
        if (button->isFlat())
            opt.features |= QStyleOptionButton::Flat;
        if (button->isDefault() || button->autoDefault())
            opt.features |= QStyleOptionButton::AutoDefaultButton;
        const int room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, button).width();
        int needed = textWidth(button->fontMetrics(), button->text());
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
        if (button->menu())
            needed += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, button);
        if (needed > room)
            report(button, button->text(), needed, room);
    }

    void toolButton(QToolButton *button)
    {
        if (button->text().isEmpty() || button->toolButtonStyle() == Qt::ToolButtonIconOnly ||
            button->parentWidget() == nullptr || qobject_cast<QTabBar *>(button->parentWidget()) ||
            qobject_cast<QLineEdit *>(button->parentWidget()))
            return;
        if (button->toolButtonStyle() == Qt::ToolButtonFollowStyle && !button->icon().isNull())
            return; // icon only, under the common styles
        int needed = textWidth(button->fontMetrics(), button->text()) + 4;
        // The menu arrow sits in the corner beside centred text: it needs its width both sides.
        if (button->menu() && button->popupMode() != QToolButton::MenuButtonPopup)
            needed += 2 * button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        if (button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !button->icon().isNull())
            needed += button->iconSize().width() + 4;
        if (needed > button->width())
            report(button, button->text(), needed, button->width());
    }

    void checkOrRadio(QAbstractButton *button)
    {
        if (!button->text().isEmpty() && button->width() < button->sizeHint().width())
            report(button, button->text(), button->sizeHint().width(), button->width());
    }

    // A section's label gets what the style leaves of it (margins; the sort arrow's room on the
    // sorted section): the text must fit in that.
    void header_(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical) || header->sectionSize(logical) == 0)
                continue;
            const QString text =
                header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            QStyleOptionHeader opt;
            opt.initFrom(header);
            opt.state |= QStyle::State_Horizontal;
            opt.orientation = Qt::Horizontal;
            opt.rect = QRect(0, 0, header->sectionSize(logical), header->height());
            opt.text = text;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                opt.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? QStyleOptionHeader::SortDown
                                        : QStyleOptionHeader::SortUp;
            const int room = header->style()->subElementRect(QStyle::SE_HeaderLabel, &opt, header).width();
            QFont font = header->font();
            const QVariant f = header->model()->headerData(logical, Qt::Horizontal, Qt::FontRole);
            if (f.isValid())
                font = qvariant_cast<QFont>(f);
            const int needed = textWidth(QFontMetrics(font), text);
            if (needed > room)
                report(header, text, needed, room);
        }
    }

    // The cells on screen: a code, count, stage, date or flag shows whole. A column of free text
    // (names, titles, addresses) may end in "…" only where its view says so, in the property
    // "elidingColumns" (a list of column numbers), with the whole text in its tooltip.
    void cells(QTableView *table)
    {
        QAbstractItemModel *model = table->model();
        if (!model || model->rowCount() == 0)
            return;
        const QList<int> eliding = [table] {
            QList<int> out;
            for (const QVariant &v : table->property("elidingColumns").toList())
                out << v.toInt();
            return out;
        }();
        const int margin =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const int first = std::max(0, table->rowAt(0));
        int last = table->rowAt(table->viewport()->height() - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        const QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < model->columnCount(); ++c) {
            if (table->isColumnHidden(c) || eliding.contains(c) ||
                (header->stretchLastSection() && header->visualIndex(c) == header->count() - 1 &&
                 header->sectionViewportPosition(c) + header->sectionSize(c) >=
                     table->viewport()->width() - 1 &&
                 header->sectionSize(c) > header->defaultSectionSize()))
                continue;
            for (int r = first; r <= std::min(last, first + 60); ++r) {
                const QModelIndex index = model->index(r, c);
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty() || table->isRowHidden(r))
                    continue;
                QFont font = table->font();
                if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                    font = qvariant_cast<QFont>(f);
                int needed = textWidth(QFontMetrics(font), text) + margin;
                if (index.data(Qt::DecorationRole).isValid())
                    needed += table->iconSize().isValid()
                                  ? table->iconSize().width() + 4
                                  : table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
                if (index.data(Qt::CheckStateRole).isValid())
                    needed += table->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4;
                if (text.contains(u'\n') ||
                    (table->wordWrap() && table->rowHeight(r) > 2 * QFontMetrics(font).height()))
                    continue; // a wrapped cell: its row height is the check (wholeRows)
                if (needed > table->columnWidth(c)) {
                    report(table,
                           model->headerData(c, Qt::Horizontal).toString() + QStringLiteral(" ▸ ") + text,
                           needed, table->columnWidth(c));
                    break; // one cell a column says it
                }
            }
        }
    }

    void tabBar(QTabBar *bar)
    {
        if (bar->width() < bar->sizeHint().width())
            report(bar, bar->tabText(0) + QStringLiteral(" …"), bar->sizeHint().width(), bar->width());
        for (int i = 0; i < bar->count(); ++i) {
            const int needed = textWidth(bar->fontMetrics(), bar->tabText(i)) +
                               (bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4);
            if (needed > bar->tabRect(i).width())
                report(bar, bar->tabText(i), needed, bar->tabRect(i).width());
        }
    }

    void comboBox(QComboBox *combo)
    {
        if (combo->currentText().isEmpty() || combo->isEditable())
            return;
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = false;
        opt.currentText = combo->currentText();
        const int room = combo->style()
                             ->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo)
                             .width();
        int needed = textWidth(combo->fontMetrics(), combo->currentText());
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needed += combo->iconSize().width() + 4;
        if (needed > room)
            report(combo, combo->currentText(), needed, room);
    }

    void placeholder(QLineEdit *edit)
    {
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty() ||
            qobject_cast<QComboBox *>(edit->parentWidget()))
            return;
        QStyleOptionFrame opt;
        opt.initFrom(edit);
        opt.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &opt, edit);
        room = room.marginsRemoved(edit->textMargins());
        int width = room.width() - 2 * 2; // QLineEdit's own horizontal margin
        for (QToolButton *side : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            width -= side->width(); // the clear button keeps its place
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (needed > width)
            report(edit, edit->placeholderText(), needed, width);
    }

    void scrollArea(QScrollArea *area)
    {
        if (area->horizontalScrollBar()->isVisible() && area->widget())
            problems << QStringLiteral("%1 needs a scrollbar: %2 px of content in %3")
                            .arg(describe(area, QString()))
                            .arg(area->widget()->width())
                            .arg(area->viewport()->width());
    }

    void menus(QMenuBar *bar)
    {
        for (QAction *action : bar->actions()) {
            if (!action->isVisible())
                continue;
            const QRect where = bar->actionGeometry(action);
            if (where.isEmpty() || where.right() > bar->width())
                report(bar, action->text(), where.right(), bar->width());
            if (QMenu *menu = action->menu()) {
                menu->ensurePolished();
                menu->adjustSize();
                for (QAction *item : menu->actions()) {
                    if (item->isSeparator() || !item->isVisible())
                        continue;
                    const int needed = textWidth(menu->fontMetrics(), item->text());
                    if (needed > menu->actionGeometry(item).width())
                        report(menu, item->text(), needed, menu->actionGeometry(item).width());
                }
            }
        }
    }
};

} // namespace

class TestNoCutOff : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;

private slots:
    void initTestCase()
    {
        // The offscreen platform says this of every dialog; it is no finding.
        static const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.contains(QStringLiteral("propagateSizeHints")))
                    previous(type, context, message);
            });
        m_db = std::make_unique<TestDatabase>();
        m_db->seedDemo(3000); // four-digit counts on the chips, as on a real day
        m_settingsDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(AppContext{m_db->db(), TestDatabase::actor(), *m_settings});
    }
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void everyViewShowsItsTextWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
        // The size the window opens at.
        QTest::addRow("en default") << QStringLiteral("en") << QSize();
        QTest::addRow("zh_CN default") << QStringLiteral("zh_CN") << QSize();
    }

    void everyViewShowsItsTextWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(Translations::install(language));
        MainWindow window(*m_context);
        if (size.isValid())
            window.resize(size);
        size = window.size();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CutOffFinder finder;
        if (window.size() != size) {
            QStringList widest; // which view holds the window wide
            for (int id = 0; id < MainWindow::ViewCount; ++id)
                widest << QStringLiteral("%1 %2")
                              .arg(window.viewTitle(id))
                              .arg(window.view(id)->minimumSizeHint().width());
            finder.problems << QStringLiteral("the window cannot be %1×%2 (it is %3×%4; views need %5)")
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(window.width())
                                   .arg(window.height())
                                   .arg(widest.join(QStringLiteral(", ")));
        }
        auto look = [&](const QString &where) {
            QCoreApplication::processEvents();
            const qsizetype before = finder.problems.size();
            finder.inspect(&window);
            for (qsizetype i = before; i < finder.problems.size(); ++i)
                finder.problems[i].prepend(where + QStringLiteral(": "));
        };
        for (int id = 0; id < MainWindow::ViewCount; ++id) {
            window.showView(id);
            window.view(id)->activate();
            look(window.viewTitle(id));
            for (QTabWidget *tabs : window.view(id)->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible())
                    continue;
                for (int t = 1; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    look(window.viewTitle(id) + QStringLiteral(" ▸ ") + tabs->tabText(t));
                }
                tabs->setCurrentIndex(0);
            }
        }

        SettingsDialog settings(*m_settings, TestDatabase::actor(), m_db->path(), &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QCoreApplication::processEvents();
        finder.inspect(&settings);
        settings.close();

        for (int id = 0; id < MainWindow::ViewCount; ++id) {
            ShortcutsDialog help(window.viewTitle(id), window.view(id)->shortcuts(), &window);
            help.show();
            QVERIFY(QTest::qWaitForWindowExposed(&help));
            QCoreApplication::processEvents();
            const qsizetype before = finder.problems.size();
            finder.inspect(&help);
            for (QTableView *table : help.findChildren<QTableView *>())
                finder.wholeRows(table, window.height() - 60);
            for (qsizetype i = before; i < finder.problems.size(); ++i)
                finder.problems[i].prepend(QStringLiteral("F1 on ") + window.viewTitle(id) +
                                           QStringLiteral(": "));
        }
        finder.problems.removeDuplicates();
        for (const QString &problem : std::as_const(finder.problems))
            qInfo().noquote() << problem;
        QVERIFY2(finder.problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts cut off (listed above)").arg(finder.problems.size())));
    }
};

QTEST_MAIN(TestNoCutOff)
#include "tst_nocutoff.moc"
