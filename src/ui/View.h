#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

// A page of the main window (Orders, Print queue, Pack station, …).
class View : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The keys this view answers to, for the F1 help: (key, what it does).
    virtual QList<QPair<QString, QString>> shortcuts() const { return {}; }
    // Called when the view is shown; the pack station puts the focus in its scan field.
    virtual void activate() {}
    // Another process (or this one) changed the database: refresh what is shown.
    virtual void databaseChanged() {}
};
