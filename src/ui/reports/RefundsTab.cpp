#include "ui/reports/RefundsTab.h"

#include "csv/Csv.h"
#include "db/Database.h"
#include "reports/ShopDay.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"

#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

RefundsTab::RefundsTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lastDay(new QDateEdit(ShopDay::today(), this))
    , m_lastDayLabel(new QLabel(this))
    , m_window(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_export(new QPushButton(this))
{
    m_lastDay->setCalendarPopup(true);
    m_lastDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_lastDayLabel);
    bar->addWidget(m_lastDay);
    bar->addWidget(m_window);
    bar->addStretch(1);
    bar->addWidget(m_export);

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_grid);
    innerLayout->addStretch(1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &RefundsTab::reload);
    connect(m_export, &QPushButton::clicked, this, &RefundsTab::exportCsv);
    retranslate();
}

QLabel *RefundsTab::valueLabel(const QString &key) const
{
    return findChild<QLabel *>(QStringLiteral("value_") + key);
}

void RefundsTab::reload()
{
    m_report = RefundMetrics::compute(m_context.database.connection(), m_lastDay->date());
    m_window->setText(
        tr("Window: %1 … %2 (30 days, Beijing dates)")
            .arg(m_report.firstDay.toString(Qt::ISODate), m_report.lastDay.toString(Qt::ISODate)));
    qDeleteAll(m_cells);
    m_cells.clear();
    QList<MetricFigure> all = m_report.figures;
    all << m_report.returnDurationAsPrinted;
    int row = 0;
    for (const MetricFigure &f : std::as_const(all)) {
        const bool asPrinted = f.key.endsWith(QLatin1String("as_printed"));
        auto *name = new QLabel(asPrinted ? tr("%1 (as printed)").arg(f.name) : f.name);
        auto *value = new QLabel(f.valueText());
        value->setObjectName(QStringLiteral("value_") + f.key);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * (asPrinted ? 1.1 : 1.6));
        big.setBold(!asPrinted);
        value->setFont(big);
        name->setFont(big);
        auto *counts =
            new QLabel(f.isRate ? tr("%1 / %2").arg(qint64(f.numerator)).arg(f.denominator)
                                : tr("%1 h / %2 cases").arg(f.numerator, 0, 'f', 1).arg(f.denominator));
        auto *formula = new QLabel(f.formula);
        formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
        formula->setWordWrap(true);
        auto *note = new QLabel(f.note);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #555555;"));
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(counts, row, 2);
        m_grid->addWidget(formula, row + 1, 0, 1, 3);
        m_grid->addWidget(note, row + 2, 0, 1, 3);
        auto *line = new QFrame;
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_grid->addWidget(line, row + 3, 0, 1, 3);
        m_cells << name << value << counts << formula << note << line;
        row += 4;
    }
}

void RefundsTab::exportCsv()
{
    const QString path =
        FileChooser::saveCsv(this, tr("Export refund metrics"),
                             QStringLiteral("refunds-%1.csv").arg(m_lastDay->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    if (const Result<> written = Csv::write(m_context.database.connection(), path,
                                            RefundMetrics::csvRows(m_report), Csv::Encoding::Utf8Bom);
        !written)
        MessageBox::critical(this, tr("Export"), written.message);
}

void RefundsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void RefundsTab::retranslate()
{
    m_lastDayLabel->setText(tr("Last day of the window:"));
    m_export->setText(tr("Export CSV…"));
}
