// `negsim sweep SPEC`: runs a sweep file's what-if batch on every core into --out DIR
// (runs.csv, summary.json), resumable, shardable across processes, and mergeable.
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "agents/builtin_strategies.h"
#include "cli/commands.h"
#include "scenarios/sweep_loader.h"
#include "sim/protocol.h"
#include "sim/sweep_engine.h"
#include "sim/sweep_output.h"
#include "sim/sweep_progress.h"

namespace negsim {

namespace {

using Clock = std::chrono::steady_clock;

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void StopSweep(int) { g_stop.store(true); }

// Ctrl-C or kill (SIGTERM) stop the sweep after the runs under way, whose rows are written;
// a second signal acts as usual (SA_RESETHAND).
class StopOnSignal {
 public:
  StopOnSignal() {
    struct sigaction action = {};
    action.sa_handler = StopSweep;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &old_int_);
    sigaction(SIGTERM, &action, &old_term_);
  }
  ~StopOnSignal() {
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
  }

 private:
  struct sigaction old_int_ = {}, old_term_ = {};
};

[[noreturn]] void BadArgument(const std::string& option, const std::string& problem,
                              const std::string& fix) {
  throw InputError(SourcePos{"command line", 0, 0}, option, problem, fix);
}

Shard ParseShard(const std::string& text) {
  Shard shard;
  const size_t slash = text.find('/');
  const auto number = [&](size_t from, size_t to, std::uint64_t& out) {
    const auto [end, ec] = std::from_chars(text.data() + from, text.data() + to, out);
    return ec == std::errc() && end == text.data() + to && from < to;
  };
  if (slash == std::string::npos || !number(0, slash, shard.index) ||
      !number(slash + 1, text.size(), shard.count) || shard.index < 1 ||
      shard.index > shard.count)
    BadArgument("--shard", "'" + text + "' is not a shard i/n with 1 <= i <= n",
                "write e.g. --shard 2/4 for the second of four shards");
  return shard;
}

// The progress bar on a terminal (redrawn at most 10 times a second), a plain line at most
// every 10 seconds otherwise, nothing with --quiet.
class Progress {
 public:
  Progress(bool quiet, RunIndex first, RunIndex total)
      : bar_(!quiet && ::isatty(STDERR_FILENO)), lines_(!quiet && !bar_), first_(first),
        total_(total), start_(Clock::now()), last_(start_) {}

  void Update(RunIndex done, bool final = false) {
    const Clock::time_point now = Clock::now();
    if (!final && now - last_ < (bar_ ? std::chrono::milliseconds(100) : std::chrono::seconds(10)))
      return;
    last_ = now;
    const ProgressState state{done - first_, total_ - first_,
                              std::chrono::duration<double>(now - start_).count()};
    if (bar_) std::cerr << '\r' << FormatProgressBar(state, 30) << "\x1b[K" << (final ? "\n" : "");
    if (lines_) std::cerr << FormatProgressLine(state) << '\n';
    std::cerr.flush();
  }

 private:
  bool bar_, lines_;
  RunIndex first_, total_;
  Clock::time_point start_, last_;
};

// The headline (the rate of each outcome) and where the files are, on stdout.
void PrintResult(const SweepJob& job, const std::string& dir, const SweepSummary& summary) {
  std::cout << job.name << ": " << summary.Headline() << '\n'
            << "rows: " << dir << "/runs.csv\nsummary: " << dir << "/summary.json\n";
}

int RunSweepCommand(const Args& args) {
  std::vector<Override> overrides;
  for (const std::string& text : args.all("set")) overrides.push_back(ParseOverride(text));
  if (args.has("resume") && args.has("overwrite"))
    BadArgument("--overwrite", "--resume and --overwrite contradict each other",
                "keep --resume to complete the rows there, or --overwrite to start again");
  if (args.has("merge") && args.has("shard"))
    BadArgument("--merge", "--merge writes the whole sweep, so it takes no --shard",
                "drop --shard");
  const SweepOutput::Mode mode = args.has("resume")      ? SweepOutput::Mode::kResume
                                 : args.has("overwrite") ? SweepOutput::Mode::kOverwrite
                                                         : SweepOutput::Mode::kNew;
  const Shard shard = ParseShard(args.get("shard", "1/1"));
  const int threads = static_cast<int>(args.GetInt(
      "threads", std::max(1u, std::thread::hardware_concurrency()), 1, 1024));
  const bool quiet = args.has("quiet");

  ProtocolRegistry protocols;
  RegisterBuiltinProtocols(protocols);
  StrategyRegistry strategies;
  RegisterBuiltinStrategies(strategies);
  std::vector<std::string> notes;
  const SweepJob job = LoadSweep(args.positional(0), {&protocols, &strategies}, overrides, &notes);
  if (!quiet)
    for (const std::string& note : notes) std::cerr << "negsim: note: " << note << '\n';
  const std::string dir = args.get("out", job.name + "-sweep");

  if (args.has("merge")) {
    std::vector<std::filesystem::path> shards(args.all("merge").begin(), args.all("merge").end());
    const SweepSummary summary = MergeSweepShards(job, dir, shards, mode);
    if (!quiet) std::cerr << "negsim: merged " << shards.size() << " shards\n";
    PrintResult(job, dir, summary);
    return 0;
  }

  SweepOutput output(job, dir, shard, mode);
  const RunIndex total = shard.Size(job.plan.num_runs());
  const RunIndex first = output.first();
  if (!quiet)
    std::cerr << "negsim: sweep '" << job.name << "': " << total << " runs"
              << (shard.count > 1 ? " (shard " + args.get("shard", "") + ")" : "")
              << (first > 0 ? ", " + std::to_string(first) + " done before" : "")
              << ", " << threads << " thread" << (threads == 1 ? "" : "s") << '\n';
  Progress progress(quiet, first, total);
  RunIndex done = first;
  {
    const StopOnSignal stop_on_signal;
    SweepRunOptions options;
    options.threads = threads;
    options.shard = shard;
    options.first = first;
    options.stop = &g_stop;
    done = RunSweep(
        job, options, [&](RunIndex, const std::string& row) { output.Append(row); },
        [&](RunIndex d) { progress.Update(d); });
  }
  progress.Update(done, true);
  if (done < total) {
    std::cerr << "negsim: interrupted after " << done << " of " << total
              << " runs, all written to " << dir << "/runs.csv; run the same command with "
              << "--resume to complete it\n";
    return 130;
  }
  output.Finish();
  PrintResult(job, dir, output.summary());
  return 0;
}

}  // namespace

Command SweepCommand() {
  return {{"sweep", "negsim sweep SPEC [options]",
           "Run a sweep file's batch of what-if runs (a grid and/or Monte Carlo draws over\n"
           "scenario parameters) on every core. In DIR: runs.csv, one row per run in run\n"
           "order, each written within 100 ms of it and every earlier run being done;\n"
           "summary.json (outcome rates per parameter value, sensitivities, frequent\n"
           "packages, binding red lines) at the end; sweep.id, which sweep and shard the rows\n"
           "belong to. Rows are identical for any --threads and --shard. Ctrl-C or SIGTERM\n"
           "finishes the runs under way, writes their rows and exits 130; --resume then\n"
           "completes the sweep.\n"
           "Progress on stderr (a bar on a terminal); the outcome rates on stdout.\n"
           "Exit codes: 0 done, 1 runtime failure, 2 bad input, 130 interrupted.\n"
           "File format and every column and field: README.md (Sweeps).",
           {"SPEC"},
           {{"out", "DIR", "output directory (default NAME-sweep, NAME from the sweep file)"},
            {"threads", "N", "worker threads (default: every core)"},
            {"shard", "I/N", "run only the runs whose index % N == I-1 (merge with --merge)"},
            {"resume", "", "complete an interrupted sweep in DIR without repeating a row"},
            {"overwrite", "", "start again, replacing DIR's runs.csv and summary.json"},
            {"merge", "SHARD_DIR", "instead of running, merge every shard's --out into DIR", true},
            {"quiet", "", "nothing on stderr but errors"},
            SetOption()}},
          RunSweepCommand};
}

}  // namespace negsim
