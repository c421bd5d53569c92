#pragma once

#include <QLineEdit>
#include <QSqlDatabase>
#include <optional>

// The field a keyboard-wedge scanner types into: a code and Enter. Resolves any of a SKU's
// barcodes or its code and emits the SKU; an unknown code is reported, never guessed.
class ScanField : public QLineEdit {
    Q_OBJECT
public:
    explicit ScanField(QSqlDatabase db, QWidget *parent = nullptr);
    static std::optional<qint64> resolve(const QSqlDatabase &db, const QString &code);

protected:
    // Enter ends a scan here and goes no further: a dialog's default button must not fire.
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void skuScanned(qint64 skuId, const QString &code);
    void unknownScanned(const QString &code);

private:
    QSqlDatabase m_db;
};
