#pragma once

#include "reports/ContactRow.h"
#include "reports/MessageTemplate.h"

#include <QAbstractTableModel>

// Unpaid orders (payment reminders) or shipped orders (shipping notices) for the service desk.
class ContactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OrderNo, Buyer, Phone, Amount, When, Left, Contacted, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ContactModel(ContactKind kind, QObject *parent = nullptr);
    void setRows(QList<ContactRow> rows);
    const ContactRow *rowAt(int row) const;
    ContactKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ContactKind m_kind;
    QList<ContactRow> m_rows;
};
