#pragma once

#include "ui/View.h"

class HandoverPage;
class PackPage;
class QTabWidget;
struct AppContext;

// 打包台: the pack station (scan to verify, F8) and the courier handover (出库, F9).
// Everything works by keyboard; F11 turns full screen on and off (the main window then hides its
// menu, navigation and status bar).
class PackStationView : public View {
    Q_OBJECT
public:
    explicit PackStationView(AppContext &context, QWidget *parent = nullptr);

    PackPage *packPage() const { return m_pack; }
    HandoverPage *handoverPage() const { return m_handover; }
    void showPack();
    void showHandover();
    void toggleFullScreen();

    QList<QPair<QString, QString>> shortcuts() const override;
    // What each sound means, one per line (F1 help).
    static QString soundHelp();
    void activate() override;
    void databaseChanged() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    PackPage *m_pack;
    HandoverPage *m_handover;
};
