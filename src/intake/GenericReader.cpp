#include "GenericReader.h"

#include "FieldText.h"
#include "OrderNumberMap.h"
#include "RowParser.h"
#include "base/Error.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GenericReader", text);
}

// The rows of one order as they are read.
struct Group {
    IncomingOrder order;
    QList<qint64> lines;
    RejectedRow firstProblem;
    bool bad = false;
};
} // namespace

bool GenericReader::fits(const ColumnMapping &mapping, const QStringList &header)
{
    if (!mapping.usable())
        return false;
    const HeaderMap h(header, mapping.aliases());
    return h.missingRequired().isEmpty();
}

void GenericReader::read(CsvSource &source, const ColumnMapping &mapping, const ImportSink &sink)
{
    if (const Result<> usable = mapping.usable(); !usable)
        throw Error(tr("%1: %2").arg(source.fileName(), usable.message));
    read(source, mapping.platform, mapping.aliases(), mapping.vocabulary(), sink, nullptr);
}

void GenericReader::read(CsvSource &source, const QString &name, const QList<FieldAliases> &aliases,
                         const StatusVocabulary &vocabulary, const ImportSink &sink, ReadNotes *notes)
{
    const HeaderMap h(source.header(), aliases);
    if (!h.missingRequired().isEmpty())
        throw Error(tr("%1: the %2 mapping needs column(s) %3, which the file does not have.")
                        .arg(source.fileName(), name, h.missingRequired().join(QStringLiteral(", "))));

    OrderNumberMap<qint64> seen; // order number → the line its rows started on

    Group group;
    bool open = false;
    auto flush = [&] {
        if (!open)
            return;
        open = false;
        if (!group.bad) {
            sink.order(group.order);
            return;
        }
        // The whole order is refused: the bad row says why, the others point at it.
        sink.reject(group.firstProblem);
        for (qint64 line : group.lines)
            if (line != group.firstProblem.line)
                sink.reject({source.fileName(), line, h.headerOf(OrderField::OrderNo),
                             group.order.order.platformOrderNo,
                             tr("its order is refused because of line %1").arg(group.firstProblem.line)});
    };
    auto markBad = [&](qint64 line, const RejectedRow &why) {
        if (!group.bad) {
            group.bad = true;
            group.firstProblem = why;
            group.firstProblem.file = source.fileName();
            group.firstProblem.line = line;
        }
    };

    CsvRecord record;
    qint64 rows = 0;
    while (source.next(record)) {
        if (record.isBlank())
            continue;
        if (++rows % 1000 == 0 && sink.progress)
            sink.progress(source.bytesRead(), rows);
        if (!record.error.isEmpty()) {
            flush();
            sink.reject({source.fileName(), record.line, source.errorColumn(record), {}, record.error});
            continue;
        }
        const QString no = FieldText::numberText(h.value(record.fields, OrderField::OrderNo));
        if (no.isEmpty()) {
            flush();
            sink.reject({source.fileName(),
                         record.line,
                         h.headerOf(OrderField::OrderNo),
                         {},
                         tr("the order number is empty")});
            continue;
        }
        if (!open || no != group.order.order.platformOrderNo) {
            flush();
            bool isNew = false;
            qint64 &first = seen.insert(no, &isNew);
            if (!isNew) {
                sink.reject(
                    {source.fileName(), record.line, h.headerOf(OrderField::OrderNo), no,
                     tr("this order's rows are not together: it already started on line %1").arg(first)});
                continue;
            }
            first = record.line;
            group = Group();
            open = true;
            group.order.sourceLine = record.line;
            group.order.order.platformOrderNo = no;
            RejectedRow bad;
            if (const QString shape = source.shapeProblem(record); !shape.isEmpty())
                markBad(record.line, {{}, 0, {}, {}, shape});
            else if (!RowParser::orderFields(h, record.fields, vocabulary, group.order, bad, notes))
                markBad(record.line, bad);
        }
        group.lines << record.line;
        if (group.bad)
            continue;
        if (const QString shape = source.shapeProblem(record); !shape.isEmpty()) {
            markBad(record.line, {{}, 0, {}, {}, shape});
            continue;
        }
        OrderLine line;
        RejectedRow bad;
        if (!RowParser::line(h, record.fields, vocabulary, line, bad)) {
            markBad(record.line, bad);
            continue;
        }
        group.order.order.lines << line;
    }
    flush();
    if (sink.progress)
        sink.progress(source.bytesRead(), rows);
}
