#pragma once

#include "ui/View.h"

#include <QStringList>

class QLabel;

// Stands in for a view a later piece of work builds: shows what it will be, not a blank page.
class PlannedView : public View {
    Q_OBJECT
public:
    // Texts are untranslated source strings (QT_TR_NOOP); the view translates them live.
    PlannedView(const char *title, const char *purpose, QList<const char *> features, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_title;
    const char *m_purpose;
    QList<const char *> m_features;
    QLabel *m_heading;
    QLabel *m_body;
};
