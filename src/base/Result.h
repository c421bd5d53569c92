#pragma once

#include <QString>
#include <utility>

// The outcome of something a person asked for that may be refused for a reason they can act on
// ("order is Submitted: edits are refused"), with what it made when it went through. Faults a
// person cannot fix from where they stand (a lost database, a full disk) are thrown as Error.
//
//   Result<qint64> made = AfterSalesDesk::createLinkedOrder(…);
//   if (!made) show(made.message); else open(*made);
template <typename T = void> struct [[nodiscard]] Result {
    bool ok = false;
    QString message; // why it was refused; empty when ok
    T value{};       // what it made; default when refused

    static Result success(T made) { return {true, {}, std::move(made)}; }
    static Result failure(const QString &why) { return {false, why, {}}; }
    explicit operator bool() const { return ok; }
    const T &operator*() const { return value; }
    const T *operator->() const { return &value; }
};

// Done or refused, with nothing to hand back.
template <> struct [[nodiscard]] Result<void> {
    bool ok = true;
    QString message;

    static Result success() { return {}; }
    static Result failure(const QString &why) { return {false, why}; }
    explicit operator bool() const { return ok; }
};
