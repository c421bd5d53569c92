#pragma once

#include "ReviewSettings.h"
#include "RuleEngine.h"
#include "review/rules/ReviewBatch.h"
#include "review/rules/RuleSet.h"
#include "review/rules/StockRule.h"

#include <QSet>
#include <functional>
#include <vector>

class RuleWrites;

// One run of the review rules over orders handed to it a batch at a time (RuleEngine reads them
// back from the database; an import's pass hands over the orders it has just written, see
// ImportRules). Per batch: check() works out priority, cut-off wave and flags (before the batch's
// transaction, which may run again), write() stores them inside it, keep() remembers what the
// stock rule needs once it committed. handOutStock() then gives out the stock in queue order over
// the whole run.
class RuleRun {
public:
    // What one batch came to, between check() and keep().
    struct Checked {
        QList<ReviewFlag> flags;
        QSet<qint64> flagged;                  // orders with a flag of a rule that ran
        QSet<qint64> waiting;                  // orders that need stock of a known SKU
        QList<QPair<qint64, int>> newPriority; // (order, priority) where it changes
        QList<QPair<qint64, QString>> newWave; // (order, wave date) where it changes
        QHash<qint64, size_t> storedStock;     // of the waiting orders: a stored out_of_stock reason, hashed
    };
    // Writes one chunk of the stock rule's outcome (inside a transaction the caller opens).
    using WriteChunk = std::function<void(const std::function<void(RuleWrites &)> &)>;

    // Loads what every batch needs: the review settings, the enabled rules and the SKUs with their
    // available stock. CampaignLimits::sync is the caller's, before (it writes in a transaction of
    // its own).
    explicit RuleRun(const QSqlDatabase &db);

    // The enabled rules that look at other orders (the rest of the check, once every order is in).
    QList<RuleSetting> otherOrderRules() const;

    // In an import's pass (trackAfter) the orders were written with the priority and cut-off wave
    // the rules give them, so neither is worked out again, and the rules that look at other orders
    // wait until every order is in (laterCandidates, checkWith).
    Checked check(QList<ReviewOrder> &orders);
    // Only these rules (a later look at some orders): flags, no priority or wave.
    QList<ReviewFlag> checkWith(QList<ReviewOrder> &orders, const QList<RuleSetting> &rules);
    // Writes the difference between the stored rule flags and checked's (ranged: the orders came
    // by id range, so their stored flags are read as one range). The stock flag of a waiting order
    // is left for handOutStock (checked.storedStock). Runs again when the transaction does.
    void write(Checked &checked, const QList<ReviewOrder> &orders, bool ranged, RuleWrites &writes);
    // Orders just written (an import's pass), that have no rule flags yet: adds only, no read.
    void writeNew(const Checked &checked, RuleWrites &writes);
    // After the batch committed: its orders' stock needs, and the count of flagged orders.
    void keep(const Checked &checked, const QList<ReviewOrder> &orders);
    // Makes this run an import's pass over the new orders above afterId: check() as above, and
    // keep() remembers a byte per order (flagged or not, needs stock or not) instead of its stock
    // needs, so the flags of the rules that look at other orders, which come once every order is
    // in, count each order once (flagLater), and the stock needs are read back once the file's
    // memory is gone (queueStock).
    void trackAfter(qint64 afterId);
    // Of a batch just written (an import's pass): the orders the rules that look at other orders
    // should check once every order is in (ReviewRule::candidates), added to ids.
    // indexesAside: the pass runs with the orders' plain indexes set aside (IndexesAside), and the
    // rules that find their candidates through them are left to candidatesAfterIndexes().
    void laterCandidates(QList<ReviewOrder> &orders, std::vector<qint64> &ids, bool indexesAside);
    // Once the indexes are back: the candidates laterCandidates left out, among every new order.
    void candidatesAfterIndexes(std::vector<qint64> &ids);
    // One of the orders kept since trackAfter (another station's order may sit between them).
    bool tracked(qint64 id) const;
    // Adds the flags of the rules that look at other orders to tracked orders that have none of
    // theirs yet, and counts them; before queueStock.
    void flagLater(const QList<ReviewFlag> &flags, RuleWrites &writes);
    // The stock needs of the tracked orders still in review (Imported), read from the database
    // (a few columns a line), for handOutStock.
    void queueStock();
    // The stock rule over every order kept, in queue order, a chunk at a time through write.
    // stop: checked before each chunk (summary().stopped).
    void handOutStock(const WriteChunk &write, const std::function<bool()> &stop = {});

    bool stockEnabled() const { return m_stockEnabled; }
    const ReviewSettings &settings() const { return m_settings; }
    RuleRunSummary &summary() { return m_summary; }
    // PACKLINE_RULE_TIMES=1: where the run spent its time, on stderr (loading: the caller's).
    void printTimes(qint64 loadMs, qint64 writeMs) const;

private:
    // What the run remembers of an order waiting for the stock hand-out (by StockQueue tag).
    struct Deferred {
        bool flagged;  // flagged by another rule already (for the count of flagged orders)
        bool stored;   // has an out_of_stock flag from an earlier run
        size_t reason; // its reason, hashed
    };
    void runRules(const QList<RuleSetting> &rules, bool otherOrderRules, QList<ReviewFlag> &flags);

    QSqlDatabase m_db;
    ReviewSettings m_settings;
    RuleSet m_set;
    QList<RuleSetting> m_rules;
    QString m_stockCode;
    bool m_stockEnabled = false;
    ReviewBatch m_batch;
    RuleRunSummary m_summary;
    StockQueue m_stock;
    std::vector<Deferred> m_deferred;
    // trackAfter: per id above m_trackAfter, what keep() and flagLater() made of the order;
    // m_trackAfter < 0: not an import's pass.
    enum Track : quint8 { NotOurs, Clean, Flagged, WaitingClean, WaitingFlagged };
    qint64 m_trackAfter = -1;
    std::vector<quint8> m_track;
    QHash<QString, qint64> m_ruleMs;
};
