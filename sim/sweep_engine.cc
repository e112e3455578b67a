#include "sim/sweep_engine.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "sim/check.h"
#include "sim/sweep_worker.h"

namespace negsim {

namespace {

// The state shared by the workers and the delivering thread. Positions are shard positions;
// slot p % window holds the row of position p while it waits for delivery.
//
// The delivering thread is woken only when a batch of rows is ready in order (a quarter of the
// window, so workers never wait for it to wake), at the end, or by its own timeout: woken for
// every row, it would take a core's time slices from the workers when there are as many
// workers as cores.
class ReorderBuffer {
 public:
  ReorderBuffer(RunIndex first, RunIndex end, RunIndex window)
      : rows_(window), ready_(window, 0), batch_(std::max<RunIndex>(1, window / 4)),
        next_claim_(first), next_deliver_(first), ready_end_(first), end_(end) {}

  // The next position to run, or false when there is none (the end, a failure, or a stop).
  bool Claim(RunIndex& position) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] {
      return next_claim_ >= end_ || next_claim_ < next_deliver_ + rows_.size();
    });
    if (next_claim_ >= end_) return false;
    position = next_claim_++;
    return true;
  }

  // Stores the row of `position`; `row` receives an empty string to reuse.
  void Finish(RunIndex position, std::string& row) {
    std::lock_guard lock(mutex_);
    if (position >= end_) return;  // past a failure or stop: dropped
    const size_t slot = position % rows_.size();
    rows_[slot].swap(row);
    ready_[slot] = 1;
    if (position != ready_end_) return;
    while (ready_end_ < end_ && ready_end_ < next_deliver_ + rows_.size() &&
           ready_[ready_end_ % rows_.size()])
      ++ready_end_;
    if (ready_end_ - next_deliver_ >= batch_ || ready_end_ >= end_) ready_cv_.notify_one();
  }

  // Records that `position` failed: no run from it on is delivered or started.
  void Fail(RunIndex position, std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    if (position < end_) {
      end_ = position;
      error_ = std::move(error);
    }
    space_.notify_all();
    ready_cv_.notify_one();
  }

  // Lets the runs already started finish, and starts no more.
  void Stop() {
    std::lock_guard lock(mutex_);
    end_ = std::min(end_, next_claim_);
    space_.notify_all();
    ready_cv_.notify_one();
  }

  // Moves the rows ready in order into `batch`, waiting up to `wait` for a batch's worth or
  // the last of them; returns false once every position up to the end has been delivered.
  bool Take(std::vector<std::pair<RunIndex, std::string>>& batch,
            std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    ready_cv_.wait_for(lock, wait,
                       [&] { return ready_end_ - next_deliver_ >= batch_ || ready_end_ >= end_; });
    batch.clear();
    while (next_deliver_ < end_ && ready_[next_deliver_ % rows_.size()]) {
      const size_t slot = next_deliver_ % rows_.size();
      batch.emplace_back(next_deliver_, std::string());
      batch.back().second.swap(rows_[slot]);
      ready_[slot] = 0;
      ++next_deliver_;
    }
    if (!batch.empty()) space_.notify_all();
    return !batch.empty() || next_deliver_ < end_;
  }

  RunIndex delivered() const {
    std::lock_guard lock(mutex_);
    return next_deliver_;
  }
  std::exception_ptr error() const {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable space_;     // a worker may claim again
  std::condition_variable ready_cv_;  // a batch of rows is ready in order, or the last of them
  std::vector<std::string> rows_;
  std::vector<std::uint8_t> ready_;
  RunIndex batch_;         // ready rows in order that wake the delivering thread
  RunIndex next_claim_;
  RunIndex next_deliver_;
  RunIndex ready_end_;     // the first position from next_deliver_ on whose row is not ready
  RunIndex end_;
  std::exception_ptr error_;
};

void Work(const SweepJob& job, const Shard& shard, ReorderBuffer& buffer) {
  SweepWorker worker(job);
  std::string row;
  RunIndex position = 0;
  while (buffer.Claim(position)) {
    try {
      worker.Run(shard.RunAt(position), row);
    } catch (...) {
      buffer.Fail(position, std::current_exception());
      return;
    }
    buffer.Finish(position, row);
  }
}

}  // namespace

RunIndex RunSweep(const SweepJob& job, const SweepRunOptions& options, const RowSink& sink,
                  const ProgressSink& progress) {
  NEGSIM_CHECK(options.threads >= 1 && options.shard.index >= 1 &&
               options.shard.index <= options.shard.count);
  const RunIndex end = options.shard.Size(job.plan.num_runs());
  NEGSIM_CHECK(options.first <= end);
  const RunIndex window =
      options.window > 0 ? options.window : 256 * static_cast<RunIndex>(options.threads);
  ReorderBuffer buffer(options.first, end, window);

  std::vector<std::thread> workers;
  const auto join = [&] {
    buffer.Stop();
    for (std::thread& t : workers) t.join();
    workers.clear();
  };
  for (int t = 0; t < options.threads; ++t)
    workers.emplace_back(Work, std::cref(job), std::cref(options.shard), std::ref(buffer));

  std::vector<std::pair<RunIndex, std::string>> batch;
  bool stopping = false;
  try {
    while (buffer.Take(batch, std::chrono::milliseconds(100))) {
      for (const auto& [position, row] : batch) sink(options.shard.RunAt(position), row);
      if (progress) progress(buffer.delivered());
      if (!stopping && options.stop != nullptr && options.stop->load()) {
        stopping = true;
        buffer.Stop();
      }
    }
  } catch (...) {
    join();
    throw;
  }
  join();
  if (std::exception_ptr error = buffer.error()) std::rethrow_exception(error);
  return buffer.delivered();
}

}  // namespace negsim
