// packline gifts list|add|member: gift rules applied at review (member level or order amount →
// a free gift line, only while the gift is in stock).
#include "Command.h"
#include "base/Error.h"
#include "base/Money.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "review/GiftRules.h"
#include "stock/SkuCatalog.h"

#include <QCoreApplication>

namespace {
class GiftsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(GiftsCommand)
public:
    QString name() const override { return QStringLiteral("gifts"); }
    QString summary() const override
    {
        return tr(
            "Gift rules applied at review: gifts list | gifts add --name N --sku CODE [--qty Q] "
            "[--min-amount YUAN] [--min-level L] [--shop S] | gifts member --shop S --buyer NICK --level L");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"), tr("list, add or member"));
        parser.addOption({QStringLiteral("name"), tr("Rule name."), tr("NAME")});
        parser.addOption({QStringLiteral("sku"), tr("Gift SKU (outer code)."), tr("CODE")});
        parser.addOption(
            {QStringLiteral("qty"), tr("Units per order (default 1)."), tr("Q"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("min-amount"),
                          tr("Goods amount from which the gift is given, in yuan."), tr("YUAN")});
        parser.addOption(
            {QStringLiteral("min-level"), tr("Member level from which the gift is given."), tr("L")});
        parser.addOption({QStringLiteral("shop"), tr("Shop name (default: every shop)."), tr("S")});
        parser.addOption({QStringLiteral("buyer"), tr("Buyer nick (member)."), tr("NICK")});
        parser.addOption({QStringLiteral("level"), tr("Member level (member)."), tr("L")});
    }
    int run(CliContext &c) override
    {
        const QString action = c.parser.positionalArguments().value(0);
        if (action != u"list" && action != u"add" && action != u"member") {
            c.err << tr("Say list, add or member.") << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        const QSqlDatabase sql = db.connection();
        try {
            qint64 shopId = 0;
            if (c.parser.isSet(QStringLiteral("shop"))) {
                shopId = Sql::scalar(sql, QStringLiteral("SELECT id FROM shops WHERE name = ?"),
                                     {c.parser.value(QStringLiteral("shop"))})
                             .toLongLong();
                if (shopId == 0) {
                    c.err << tr("No shop named %1.").arg(c.parser.value(QStringLiteral("shop"))) << Qt::endl;
                    return ExitBadInput;
                }
            }
            if (action == u"list") {
                for (const GiftRule &r : GiftRules::list(sql)) {
                    const auto sku = SkuCatalog::byId(sql, r.giftSkuId);
                    c.out << QStringLiteral("%1  %2  %3 ×%4  %5  %6  %7\n")
                                 .arg(r.id)
                                 .arg(r.name, sku ? sku->code : QString())
                                 .arg(r.qty)
                                 .arg(r.minAmountFen
                                          ? tr("from %1 yuan").arg(Money::formatYuan(*r.minAmountFen))
                                          : QString(),
                                      r.minMemberLevel ? tr("level ≥ %1").arg(*r.minMemberLevel) : QString(),
                                      r.active ? tr("active") : tr("off"));
                }
                c.out.flush();
                return ExitOk;
            }
            if (action == u"member") {
                bool ok = false;
                const int level = c.parser.value(QStringLiteral("level")).toInt(&ok);
                if (shopId == 0 || c.parser.value(QStringLiteral("buyer")).isEmpty() || !ok || level < 0) {
                    c.err << tr("member needs --shop, --buyer and --level.") << Qt::endl;
                    return ExitUsage;
                }
                GiftRules::setMemberLevel(sql, c.actor, shopId, c.parser.value(QStringLiteral("buyer")),
                                          level);
                return ExitOk;
            }
            GiftRule rule;
            rule.name = c.parser.value(QStringLiteral("name"));
            rule.shopId = shopId;
            const auto sku = SkuCatalog::idByCode(sql, c.parser.value(QStringLiteral("sku")));
            if (!sku) {
                c.err << tr("No SKU with outer code \"%1\".").arg(c.parser.value(QStringLiteral("sku")))
                      << Qt::endl;
                return ExitBadInput;
            }
            rule.giftSkuId = *sku;
            bool ok = false;
            rule.qty = c.parser.value(QStringLiteral("qty")).toInt(&ok);
            if (!ok) {
                c.err << tr("--qty takes a whole number.") << Qt::endl;
                return ExitUsage;
            }
            if (c.parser.isSet(QStringLiteral("min-amount"))) {
                rule.minAmountFen = Money::parseYuan(c.parser.value(QStringLiteral("min-amount")));
                if (!rule.minAmountFen) {
                    c.err << tr("--min-amount takes yuan, like 199.00.") << Qt::endl;
                    return ExitUsage;
                }
            }
            if (c.parser.isSet(QStringLiteral("min-level"))) {
                rule.minMemberLevel = c.parser.value(QStringLiteral("min-level")).toInt(&ok);
                if (!ok) {
                    c.err << tr("--min-level takes a whole number.") << Qt::endl;
                    return ExitUsage;
                }
            }
            c.out << tr("Gift rule %1 added.").arg(GiftRules::add(sql, c.actor, rule)) << Qt::endl;
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<GiftsCommand>();
}};
} // namespace
