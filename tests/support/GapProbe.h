#pragma once

// The window's responsiveness while work runs elsewhere: a 5 ms timer on the UI thread notes the
// longest time between two of its ticks, i.e. how long the event loop did not turn (a person's
// click or a repaint waits that long).
//
// On a loaded machine (the suite runs two tests at once beside other builds) part of a gap is the
// UI thread waiting for a CPU, ready to run: the kernel counts that time per thread
// (/proc/thread-self/schedstat, run-queue wait). held() leaves it out: the longest time the
// window's own thread was busy or blocked, which is what the application controls.
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTimer>
#include <algorithm>

class GapProbe {
public:
    GapProbe()
    {
        QObject::connect(&m_tick, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastWait = runQueueWaitMs();
        m_worst = 0;
        m_held = 0;
        m_ticks = 0;
        m_long.clear();
        m_tick.start(5);
    }
    // The longest gap so far (ms), counting the time since the last tick.
    qint64 worst() const { return std::max(m_worst, m_clock.elapsed() - m_last); }
    // The longest gap less the time the UI thread waited for a CPU in it (the same when the kernel
    // does not say).
    qint64 held() const
    {
        return std::max(m_held, m_clock.elapsed() - m_last - (runQueueWaitMs() - m_lastWait));
    }
    int ticks() const { return m_ticks; }
    // The gaps over 20 ms, when they ended (ms after start()) and the CPU wait in them.
    QString longGaps() const { return m_long.join(QStringLiteral(", ")); }
    // ms since start().
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 wait = runQueueWaitMs();
        const qint64 gap = now - m_last;
        m_worst = std::max(m_worst, gap);
        m_held = std::max(m_held, gap - (wait - m_lastWait));
        if (gap > 20)
            m_long << QStringLiteral("%1 ms at %2 ms (%3 ms waiting for a CPU)")
                          .arg(gap)
                          .arg(now)
                          .arg(wait - m_lastWait);
        m_last = now;
        m_lastWait = wait;
        ++m_ticks;
    }
    // The UI thread's time waiting on a run queue so far (ms), 0 when the kernel does not say.
    static qint64 runQueueWaitMs()
    {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = f.readAll().split(' ');
        return fields.size() >= 2 ? fields.at(1).trimmed().toLongLong() / 1000000 : 0;
    }

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWait = 0;
    qint64 m_worst = 0;
    qint64 m_held = 0;
    int m_ticks = 0;
    QStringList m_long;
};
