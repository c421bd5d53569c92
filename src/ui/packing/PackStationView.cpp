#include "ui/packing/PackStationView.h"

#include "ui/packing/AlarmCue.h"
#include "ui/packing/HandoverPage.h"
#include "ui/packing/PackPage.h"

#include <QEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

PackStationView::PackStationView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_tabs(new QTabWidget(this))
    , m_pack(new PackPage(context, m_tabs))
    , m_handover(new HandoverPage(context, m_tabs))
{
    m_tabs->addTab(m_pack, QString());
    m_tabs->addTab(m_handover, QString());
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    QFont tabFont = m_tabs->tabBar()->font();
    tabFont.setPointSizeF(tabFont.pointSizeF() * 1.3);
    tabFont.setBold(true);
    m_tabs->tabBar()->setFont(tabFont);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { activate(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    // One key per tab, whichever tab is showing.
    auto *packKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    packKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(packKey, &QShortcut::activated, this, &PackStationView::showPack);
    auto *handoverKey = new QShortcut(QKeySequence(Qt::Key_F9), this);
    handoverKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(handoverKey, &QShortcut::activated, this, &PackStationView::showHandover);
    auto *full = new QShortcut(QKeySequence(Qt::Key_F11), this);
    full->setContext(Qt::WidgetWithChildrenShortcut);
    connect(full, &QShortcut::activated, this, &PackStationView::toggleFullScreen);
    retranslate();
}

void PackStationView::showPack()
{
    m_tabs->setCurrentWidget(m_pack);
    m_pack->focusScan();
}

void PackStationView::showHandover()
{
    m_tabs->setCurrentWidget(m_handover);
    m_handover->reload();
    m_handover->focusScan();
}

void PackStationView::toggleFullScreen()
{
    QWidget *w = window();
    w->setWindowState(w->windowState() ^ Qt::WindowFullScreen);
    activate();
}

QList<QPair<QString, QString>> PackStationView::shortcuts() const
{
    return {
        {tr("Enter"), tr("Scan: parcel, then each item")},
        {tr("Enter on an empty field / F2"), tr("Confirm the buyer message, or that a STOP parcel is aside")},
        {tr("*6 then scan"), tr("Count six identical items at once")},
        {tr("Ctrl+Z"), tr("Undo the last scan")},
        {tr("Esc"), tr("Put the parcel back unpacked")},
        {tr("F6"), tr("Weighing on / off")},
        {tr("F7"), tr("Fast mode on / off: the label alone packs a pre-packed order")},
        {tr("F8"), tr("Packing")},
        {tr("F9"), tr("Handover to the courier")},
        {tr("F11"), tr("Full screen on / off: hides the menu, the views and the status bar")},
        {tr("F12"),
         tr("On a STOP for a hold: a supervisor lifts the hold (name and why) and the parcel opens")},
        {tr("PgUp / PgDn"), tr("Handover: change courier")},
        {tr("Ctrl+S / Ctrl+P"), tr("Handover: save / print the manifest")},
        {tr("Ctrl+Enter"), tr("Handover: mark the batch shipped")},
        {tr("Sounds"), soundHelp()}};
}

QString PackStationView::soundHelp()
{
    QStringList lines;
    for (AlarmCue::Sound s : AlarmCue::all())
        lines << AlarmCue::meaning(s);
    return lines.join(u'\n');
}

void PackStationView::activate()
{
    if (m_tabs->currentWidget() == m_pack)
        m_pack->focusScan();
    else
        m_handover->focusScan();
}

void PackStationView::databaseChanged()
{
    if (m_tabs->currentWidget() == m_handover && isVisible())
        m_handover->reload();
}

bool PackStationView::event(QEvent *event)
{
    // A click anywhere must not strand the scanner's keystrokes in another widget.
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::Show)
        activate();
    return View::event(event);
}

void PackStationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void PackStationView::retranslate()
{
    m_tabs->setTabText(0, tr("Pack (F8)"));
    m_tabs->setTabText(1, tr("Handover (F9)"));
}
