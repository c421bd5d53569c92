#pragma once

#include "reports/ShippingProgress.h"

#include <QWidget>

// Packed and shipped parcels per hour of today as paired bars, painted: Qt Charts on Debian 12
// needs the Qt6OpenGL CMake package (libqt6opengl6-dev), which is not among our dependencies.
// Each bar carries its number, so the colour is never the only cue.
class HourlyChart : public QWidget {
    Q_OBJECT
public:
    explicit HourlyChart(QWidget *parent = nullptr);
    void setHours(const QList<HourProgress> &hours);
    QSize sizeHint() const override { return {640, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<HourProgress> m_hours;
};
