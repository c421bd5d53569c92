#include "ui/PlannedView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlannedView::PlannedView(const char *title, const char *purpose, QList<const char *> features,
                         QWidget *parent)
    : View(parent)
    , m_title(title)
    , m_purpose(purpose)
    , m_features(std::move(features))
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this)) {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_heading->setFont(big);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_body, 1);
    retranslate();
}

void PlannedView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void PlannedView::retranslate() {
    m_heading->setText(QCoreApplication::translate("MainWindow", m_title));
    QString html = QStringLiteral("<p style='font-size:large'>%1</p><p>%2</p><ul>")
                       .arg(QCoreApplication::translate("PlannedView", m_purpose).toHtmlEscaped(),
                            tr("This view is being built. It will offer:").toHtmlEscaped());
    for (const char *f : std::as_const(m_features))
        html += QStringLiteral("<li style='margin:4px'>%1</li>")
                    .arg(QCoreApplication::translate("PlannedView", f).toHtmlEscaped());
    m_body->setText(html + QStringLiteral("</ul>"));
}
