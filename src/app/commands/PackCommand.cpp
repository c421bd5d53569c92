// packline pack PARCEL ITEM… [--weight G]: the pack station without a screen, for scripted
// stations (a scanner on a terminal) and drills. The first code opens the parcel, the others are
// item scans ("*N" sets the next quantity); exit 0 when the parcel was packed, 1 otherwise.
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "packing/ScanSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace {
class PackCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PackCommand)
public:
    QString name() const override { return QStringLiteral("pack"); }
    QString summary() const override
    {
        return tr("Verify a parcel by its codes and pack it (scan by scan).");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("codes"),
                                     tr("Tracking or order number, then item barcodes."), tr("PARCEL ITEM…"));
        parser.addOption(
            {QStringLiteral("weight"), tr("Weigh the parcel: grams, or kilograms with kg."), tr("G")});
        parser.addOption({QStringLiteral("station"),
                          tr("Station id written on the parcel (default: settings)."), tr("ID")});
        parser.addOption(
            {QStringLiteral("sync-file"),
             tr("Drills and tests: before the last item scan, print 'ready' and wait until FILE exists."),
             tr("FILE")});
    }
    int run(CliContext &c) override
    {
        const QStringList codes = c.parser.positionalArguments();
        if (codes.size() < 2) {
            c.err << tr("Give the parcel's tracking or order number and at least one item barcode.")
                  << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        Actor actor = c.actor;
        if (c.parser.isSet(QStringLiteral("station")))
            actor.station = c.parser.value(QStringLiteral("station"));
        ScanSession session(db.connection(), actor);
        const QString weight = c.parser.value(QStringLiteral("weight"));
        if (!weight.isEmpty()) {
            WeightRule rule;
            rule.required = true;
            session.setWeightRule(rule);
        }
        const QString syncFile = c.parser.value(QStringLiteral("sync-file"));
        bool packed = false;
        try {
            for (int i = 0; i < codes.size(); ++i) {
                if (i == codes.size() - 1 && !syncFile.isEmpty()) {
                    c.out << "ready" << Qt::endl;
                    while (!QFileInfo::exists(syncFile))
                        QThread::msleep(5);
                }
                const ScanFeedback f = session.scan(codes[i]);
                c.out << codes[i] << ": " << f.message << Qt::endl;
                packed = packed || f.kind == ScanFeedback::Kind::Packed;
            }
            if (session.state() == ScanSession::State::Weighing) {
                const ScanFeedback f = session.scan(weight);
                c.out << weight << ": " << f.message << Qt::endl;
                packed = f.kind == ScanFeedback::Kind::Packed;
            }
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        if (!packed)
            c.err << tr("Not packed: %1").arg(session.last().message) << Qt::endl;
        return packed ? ExitOk : ExitBadInput;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<PackCommand>();
}};
} // namespace
