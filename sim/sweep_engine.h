// RunSweep: runs a sweep's runs on a pool of worker threads and hands their rows to a sink in
// run-index order, whatever thread finished them first. Finished rows wait in a bounded
// reorder buffer (a window of run positions), so memory stays flat however many runs there are:
// a worker that gets a window ahead of the oldest unfinished run waits for it.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "sim/sweep_job.h"

namespace negsim {

struct SweepRunOptions {
  int threads = 1;    // worker threads (>= 1)
  Shard shard;        // the runs this process takes
  RunIndex first = 0; // the shard position to start at (rows before it are already written)
  RunIndex window = 0;  // reorder-buffer slots; 0: 256 per thread
  // Set (e.g. by a SIGINT handler) to stop early: no new run starts, and the rows of the runs
  // already started are still delivered, in order.
  const std::atomic<bool>* stop = nullptr;
};

// Receives each row (CSV text with its newline) in run order, on the thread that called
// RunSweep.
using RowSink = std::function<void(RunIndex run, const std::string& row)>;
// Told the shard positions finished so far, after every batch of rows and at least every
// 100 ms, on the calling thread.
using ProgressSink = std::function<void(RunIndex done)>;

// Runs shard positions [options.first, options.shard.Size(num_runs)) of `job`. Returns the
// position after the last row delivered: the shard's size unless stopped. If a run throws,
// every row before it is still delivered, none after it, and the exception of the
// lowest-positioned failing run is rethrown, so the outcome does not depend on the threads.
RunIndex RunSweep(const SweepJob& job, const SweepRunOptions& options, const RowSink& sink,
                  const ProgressSink& progress = nullptr);

}  // namespace negsim
