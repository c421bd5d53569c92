#include "ui/stock/ScanField.h"

#include "stock/SkuCatalog.h"

#include <QKeyEvent>

ScanField::ScanField(QSqlDatabase db, QWidget *parent)
    : QLineEdit(parent)
    , m_db(std::move(db))
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    setFont(f);
    setClearButtonEnabled(true);
}

void ScanField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    event->accept();
    const QString code = text().trimmed();
    clear();
    if (code.isEmpty())
        return;
    if (const auto sku = resolve(m_db, code))
        emit skuScanned(*sku, code);
    else
        emit unknownScanned(code);
}

std::optional<qint64> ScanField::resolve(const QSqlDatabase &db, const QString &code)
{
    if (auto id = SkuCatalog::idByBarcode(db, code))
        return id;
    return SkuCatalog::idByCode(db, code);
}
