#include "ImportPipe.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace {
constexpr size_t kBatch = 256;  // events per hand-over: one lock per batch, not per order
constexpr size_t kInFlight = 8; // batches queued at most: bounds memory when the writer is slower

struct Progress {
    qint64 bytes;
    qint64 rows;
};
using Event = std::variant<IncomingOrder, RejectedRow, Progress>;
using Batch = std::vector<Event>;

// Thrown inside the reader when the writer has stopped: it unwinds the reader quietly.
struct ReaderStopped {};

class Queue {
public:
    // Hands batch to the writer, and gives back one the writer is done with (or none), emptied here
    // on the reader's thread: the orders' memory goes back to the thread that took it. Freed on the
    // writer's thread it was a tenth of the writer's time (perf, 1M orders).
    Batch push(Batch &&batch)
    {
        Batch spent;
        {
            std::unique_lock lock(m_mutex);
            m_spaceLeft.wait(lock, [&] { return m_batches.size() < kInFlight || m_stopped; });
            if (m_stopped)
                throw ReaderStopped();
            m_batches.push_back(std::move(batch));
            m_ready.notify_one();
            if (!m_spent.empty()) {
                spent = std::move(m_spent.front());
                m_spent.pop_front();
            }
        }
        spent.clear(); // its capacity stays, for the next batch
        return spent;
    }
    // False when the reader is done and everything was taken. batch: the one the writer is done
    // with (handed back to the reader), then the next.
    bool pop(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        if (!batch.empty())
            m_spent.push_back(std::move(batch));
        batch = Batch();
        m_ready.wait(lock, [&] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_spaceLeft.notify_one();
        return true;
    }
    void finish(std::exception_ptr error)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
        m_ready.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_spaceLeft.notify_all();
    }
    std::exception_ptr error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_spaceLeft;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent; // the writer's, for the reader to empty
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};
} // namespace

void ImportPipe::run(const std::function<void(const ImportSink &)> &read, const ImportSink &deliver)
{
    Queue queue;
    std::thread reader([&] {
        Batch batch;
        batch.reserve(kBatch);
        auto add = [&](Event &&e) {
            batch.push_back(std::move(e));
            if (batch.size() == kBatch) {
                batch = queue.push(std::move(batch));
                batch.reserve(kBatch);
            }
        };
        ImportSink sink;
        sink.order = [&](IncomingOrder &in) {
            add(std::move(in));
        };
        sink.reject = [&](const RejectedRow &row) {
            add(row);
        };
        sink.progress = [&](qint64 bytes, qint64 rows) {
            add(Progress{bytes, rows});
        };
        std::exception_ptr error;
        try {
            read(sink);
            if (!batch.empty())
                queue.push(std::move(batch)); // a batch given back now is freed here
        } catch (const ReaderStopped &) {
        } catch (...) {
            error = std::current_exception();
        }
        queue.finish(error);
    });

    try {
        Batch batch;
        while (queue.pop(batch)) {
            for (Event &e : batch) {
                if (auto *order = std::get_if<IncomingOrder>(&e))
                    deliver.order(*order);
                else if (auto *row = std::get_if<RejectedRow>(&e))
                    deliver.reject(*row);
                else if (deliver.progress)
                    deliver.progress(std::get<Progress>(e).bytes, std::get<Progress>(e).rows);
            }
        }
    } catch (...) {
        queue.stop();
        reader.join();
        throw;
    }
    reader.join();
    if (const std::exception_ptr error = queue.error())
        std::rethrow_exception(error);
}
