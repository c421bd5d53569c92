#pragma once
// A pack station window on a test database, and the scanner typing into it (QTest::keyClicks and
// Enter, exactly what a keyboard-wedge scanner or a scale does). GUI tests only.

#include "TestDatabase.h"
#include "base/AppSettings.h"
#include "ui/AppContext.h"
#include "ui/packing/PackPage.h"
#include "ui/packing/PackStationView.h"

#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

class PackStationHarness {
public:
    explicit PackStationHarness(TestDatabase &t)
        : m_settings(m_settingsDir.filePath(QStringLiteral("s.ini")))
        , m_context{t.db(), TestDatabase::actor(), m_settings}
    {
    }

    // Station settings a test wants must be written before open().
    AppSettings &settings() { return m_settings; }
    bool open()
    {
        m_view = std::make_unique<PackStationView>(m_context);
        m_view->resize(1280, 800);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        m_view->activate();
        return true;
    }
    void close() { m_view.reset(); }
    AppContext &context() { return m_context; }
    PackStationView *view() const { return m_view.get(); }
    PackPage *pack() const { return m_view->packPage(); }
    void scan(const QString &code) const
    {
        QTest::keyClicks(pack()->scanField(), code);
        QTest::keyClick(pack()->scanField(), Qt::Key_Return);
    }
    void saveArtefact(const QString &name) const
    {
        QDir().mkpath(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts"));
        m_view->grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/") + name);
    }

private:
    QTemporaryDir m_settingsDir;
    AppSettings m_settings;
    AppContext m_context;
    std::unique_ptr<PackStationView> m_view;
};
