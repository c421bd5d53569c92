#include "ContactExport.h"

#include "BuyerContacts.h"
#include "ContactLists.h"
#include "base/Error.h"
#include "db/Locks.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ContactExport", text);
}

// Several orders to one phone: one message naming them all.
ContactRow merged(const QList<ContactRow> &rows)
{
    ContactRow m = rows.first();
    if (rows.size() == 1)
        return m;
    QStringList orderNos, items, couriers, tracking;
    m.amountFen = 0;
    for (const ContactRow &r : rows) {
        orderNos << r.orderNo;
        if (!r.items.isEmpty())
            items << r.items;
        if (!r.courier.isEmpty() && !couriers.contains(r.courier))
            couriers << r.courier;
        if (!r.trackingNo.isEmpty())
            tracking << r.trackingNo;
        m.amountFen += r.amountFen;
    }
    const QString sep = QStringLiteral("、");
    m.orderNo = orderNos.join(sep);
    m.items = items.size() == rows.size() ? items.join(QStringLiteral("；")) : QString();
    m.courier = couriers.join(sep);
    m.trackingNo = tracking.size() == rows.size() ? tracking.join(sep) : QString();
    return m;
}
} // namespace

ContactExportSummary ContactExport::run(const QSqlDatabase &db, const Actor &actor, const QString &path,
                                        const ContactExportOptions &options)
{
    const MessageTemplate tmpl = MessageTemplate::load(db, options.kind, options.channel);
    if (tmpl.body().isEmpty())
        throw Error(
            tr("There is no %1 template for %2.")
                .arg(ContactKinds::displayName(options.kind), Channels::displayName(options.channel)));

    return Transaction::run(db, [&](Transaction &tx) {
        ContactExportSummary summary;
        // One export of a kind at a time from here to the commit: of two desks exporting at once, the
        // second reads the contacts the first recorded and cannot pick the same orders.
        Locks::topic(db, QStringLiteral("contact-export:") + ContactKinds::code(options.kind));
        const QList<ContactRow> rows = options.kind == ContactKind::PaymentReminder
                                           ? ContactLists::unpaid(db)
                                           : ContactLists::shipped(db, options.shippedSince);
        QMap<QString, QList<ContactRow>> byPhone; // keeps the list's urgency order within a phone
        QStringList phoneOrder;
        for (const ContactRow &r : rows) {
            if (r.contacted()) {
                ++summary.alreadyContacted;
                continue;
            }
            if (options.kind == ContactKind::PaymentReminder) {
                if (r.secondsLeft <= 0) {
                    ++summary.closed;
                    continue;
                }
                if (options.closingWithinHours > 0 &&
                    r.secondsLeft > qint64(options.closingWithinHours) * 3600)
                    continue;
            }
            if (!r.textable()) {
                summary.skipped << ContactSkip{
                    r.orderNo, r.phoneMasked       ? tr("phone masked by the platform: use Wangwang")
                               : r.phone.isEmpty() ? tr("no phone")
                                                   : tr("not a mobile number: %1").arg(r.phone)};
                continue;
            }
            const QString phone = r.phone.trimmed();
            if (!byPhone.contains(phone))
                phoneOrder << phone;
            byPhone[phone] << r;
        }

        QList<QStringList> csv{{QStringLiteral("手机号码"), QStringLiteral("短信内容")}};
        const QString batch = QFileInfo(path).fileName();
        for (const QString &phone : std::as_const(phoneOrder)) {
            const QList<ContactRow> group = byPhone.value(phone);
            const FilledMessage msg = tmpl.fill(merged(group).values());
            if (!msg.complete()) {
                for (const ContactRow &r : group)
                    summary.skipped << ContactSkip{
                        r.orderNo, tr("missing %1").arg(msg.missing.join(QStringLiteral(", ")))};
                continue;
            }
            if (!options.dryRun) {
                for (const ContactRow &r : group) {
                    const Result<> recorded = BuyerContacts::record(db, actor, r.orderId, options.kind,
                                                                    options.channel, msg.text, batch);
                    if (!recorded)
                        throw Error(
                            recorded.message); // cannot happen under the topic lock; never half-record
                }
            }
            csv << QStringList{phone, msg.text};
            ++summary.rows;
            summary.orders += int(group.size());
        }

        if (const Result<> written = Csv::write(db, path, csv, options.encoding, options.overwrite); !written)
            throw Error(written.message);
        try {
            tx.commit();
        } catch (...) {
            QFile::remove(path); // a file whose orders are not recorded would be sent twice
            throw;
        }
        return summary;
    });
}
