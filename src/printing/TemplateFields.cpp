#include "TemplateFields.h"

QStringList TemplateFields::orderFields()
{
    return {
        QStringLiteral("order.id"),      QStringLiteral("order.no"),       QStringLiteral("buyer.nick"),
        QStringLiteral("receiver.name"), QStringLiteral("receiver.phone"), QStringLiteral("receiver.address"),
        QStringLiteral("sort.code"),     QStringLiteral("buyer.message"),  QStringLiteral("seller.memo"),
        QStringLiteral("courier.code"),  QStringLiteral("tracking.no"),    QStringLiteral("item.count"),
        QStringLiteral("shop.name"),     QStringLiteral("courier.name"),   QStringLiteral("sender.name"),
        QStringLiteral("sender.phone"),  QStringLiteral("sender.address"), QStringLiteral("thanks"),
        QStringLiteral("print.time"),    QStringLiteral("items")};
}

QStringList TemplateFields::pickListFields()
{
    return {QStringLiteral("batch.title"), QStringLiteral("batch.orders"), QStringLiteral("batch.items"),
            QStringLiteral("print.time")};
}

QStringList TemplateFields::pageFields(const QString &kind)
{
    QStringList fields = kind == u"picklist" ? pickListFields() : orderFields();
    fields << PageSeq << PageTotal << ReprintCount << SheetNo << SheetTotal;
    return fields;
}

QStringList TemplateFields::rowLists(const QString &kind)
{
    if (kind == u"picklist")
        return {QStringLiteral("lines"), QStringLiteral("slots")};
    return {QStringLiteral("lines")};
}

QStringList TemplateFields::rowFields(const QString &kind, const QString &rowList)
{
    if (kind == u"picklist" && rowList == u"lines")
        return {QStringLiteral("zone"),  QStringLiteral("location"), QStringLiteral("code"),
                QStringLiteral("title"), QStringLiteral("spec"),     QStringLiteral("qty"),
                QStringLiteral("orders")};
    if (kind == u"picklist" && rowList == u"slots")
        return {QStringLiteral("slot"), QStringLiteral("slot.code"), QStringLiteral("order.no"),
                QStringLiteral("tracking.no"), QStringLiteral("items")};
    if (rowList == u"lines")
        return {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("spec"),
                QStringLiteral("qty"), QStringLiteral("location")};
    return {};
}
