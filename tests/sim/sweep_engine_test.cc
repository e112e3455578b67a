// Running a sweep: one run's row, rows in run order whatever the threads, shards, a start
// position, stopping early, and a failing run.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

#include "sim/input_error.h"
#include "sim/sweep_csv.h"
#include "sim/sweep_engine.h"
#include "sim/sweep_worker.h"
#include "tests/sim/sweep_test_jobs.h"

namespace negsim::testing {
namespace {

struct Delivered {
  std::vector<RunIndex> runs;
  std::string text;  // every row, in delivery order
  RunIndex end = 0;  // RunSweep's result
};

Delivered RunAll(const SweepJob& job, SweepRunOptions options) {
  Delivered out;
  out.end = RunSweep(job, options, [&](RunIndex run, const std::string& row) {
    out.runs.push_back(run);
    out.text += row;
  });
  return out;
}

TEST(SweepWorker, ZoneRowHoldsTheValuesZoneSizeNashPointAndBindingLines) {
  SweepJob job = HandJob();
  job.plan.parameters.resize(2);  // p's reservation and p's red line bound
  SweepWorker worker(job);
  std::string row;
  worker.Run(3, row);  // grid point 1 (samples 3): reservation 0.2, bound b
  EXPECT_EQ(SplitCsvRow(row), (std::vector<std::string>{
                                  "3", "0.2", "b", "4", "a", "z", "0.5", "0.5",
                                  "actors.p.red_lines[0];actors.q.red_lines[0]"}));
  EXPECT_EQ(MakeSweepColumns(job).names,
            (std::vector<std::string>{"run", "actors.p.reservation",
                                      "actors.p.red_lines[0].at_most", "zone.size",
                                      "zone.nash.i0", "zone.nash.i1", "zone.nash_utility.p",
                                      "zone.nash_utility.q", "zone.binding"}));
  // Bound c: p's line allows every option, so only q's binds; (c,y) joins the zone.
  worker.Run(6, row);
  EXPECT_EQ(SplitCsvRow(row), (std::vector<std::string>{"6", "0.2", "c", "5", "a", "z", "0.5",
                                                        "0.5", "actors.q.red_lines[0]"}));
}

TEST(SweepWorker, EmptyZoneLeavesTheNashColumnsBlankAndNamesTheLinesThatWouldOpenIt) {
  SweepJob job = HandJob();
  // p needs u_p >= 0.8 and, with i0 = a and i1 in {y, z}, gets at most 0.75; q asks nothing.
  // Relaxing q's line admits (a,x), worth 1 to p and 0 to q; relaxing p's adds nothing.
  job.base.actors[0].reservation = 0.8;
  job.base.actors[1].reservation = 0.0;
  job.plan.parameters = {PBoundParameter({0, 1, 2})};
  SweepWorker worker(job);
  std::string row;
  worker.Run(0, row);
  EXPECT_EQ(SplitCsvRow(row), (std::vector<std::string>{"0", "a", "0", "", "", "", "",
                                                        "actors.q.red_lines[0]"}));
}

TEST(SweepEngine, RowsAreIdenticalAndInRunOrderWhateverTheThreads) {
  const SweepJob job = HandJob(5);
  SweepRunOptions options;
  const Delivered one = RunAll(job, options);
  ASSERT_EQ(one.end, job.plan.num_runs());
  for (RunIndex k = 0; k < one.runs.size(); ++k) ASSERT_EQ(one.runs[k], k);
  for (int threads : {2, 3, 8}) {
    for (RunIndex window : {1, 2, 0}) {
      options.threads = threads;
      options.window = window;
      const Delivered many = RunAll(job, options);
      EXPECT_EQ(many.runs, one.runs) << threads << " threads, window " << window;
      EXPECT_EQ(many.text, one.text) << threads << " threads, window " << window;
    }
  }
}

TEST(SweepEngine, ShardsTogetherGiveTheUnshardedRows) {
  const SweepJob job = HandJob(5);
  const Delivered whole = RunAll(job, {});
  std::vector<std::string> rows(job.plan.num_runs());
  for (std::uint64_t index = 1; index <= 3; ++index) {
    SweepRunOptions options;
    options.threads = 2;
    options.shard = Shard{index, 3};
    const Delivered part = RunAll(job, options);
    EXPECT_EQ(part.end, options.shard.Size(job.plan.num_runs()));
    size_t start = 0;
    for (RunIndex run : part.runs) {
      const size_t end = part.text.find('\n', start) + 1;
      rows[run] = part.text.substr(start, end - start);
      start = end;
    }
  }
  std::string merged;
  for (const std::string& row : rows) merged += row;
  EXPECT_EQ(merged, whole.text);
}

TEST(SweepEngine, StartingAtAPositionGivesTheRemainingRows) {
  const SweepJob job = HandJob(2);
  const Delivered whole = RunAll(job, {});
  SweepRunOptions options;
  options.threads = 2;
  options.first = 10;
  const Delivered rest = RunAll(job, options);
  ASSERT_EQ(rest.runs.front(), 10u);
  EXPECT_TRUE(whole.text.ends_with(rest.text));
  EXPECT_EQ(rest.runs.size(), job.plan.num_runs() - 10);
}

TEST(SweepEngine, StoppingDeliversAnInOrderPrefixOfTheRows) {
  const SweepJob job = HandJob(200);
  const Delivered whole = RunAll(job, {});
  const std::atomic<bool> stop{true};
  SweepRunOptions options;
  options.threads = 2;
  options.window = 4;
  options.stop = &stop;
  const Delivered stopped = RunAll(job, options);
  EXPECT_LT(stopped.end, job.plan.num_runs());
  EXPECT_EQ(stopped.runs.size(), stopped.end);
  EXPECT_TRUE(whole.text.starts_with(stopped.text));
}

TEST(SweepEngine, AFailingRunEndsTheSweepAfterEveryEarlierRowWhateverTheThreads) {
  SweepJob job = HandJob(3);
  // p's only weight on a grid [1, 0]: runs 3.. have no positive weight and cannot compile.
  job.base.actors[0].weights["i1"] = 0;
  job.plan.parameters = {GridParameter(
      "actors.p.weights.i0", SpecField{SpecField::Kind::kWeight, 0, 0, -1, ""}, {1, 0})};
  for (int threads : {1, 2, 4}) {
    SweepRunOptions options;
    options.threads = threads;
    std::vector<RunIndex> runs;
    try {
      RunSweep(job, options, [&](RunIndex run, const std::string&) { runs.push_back(run); });
      FAIL() << "no error";
    } catch (const InputError& error) {
      EXPECT_EQ(error.key_path(), "run 3");
      EXPECT_EQ(error.pos().file, "hand-sweep.toml");
      EXPECT_NE(error.problem().find("actors.p.weights.i0=0"), std::string::npos)
          << error.problem();
      EXPECT_NE(error.problem().find("no positive weight"), std::string::npos)
          << error.problem();
    }
    EXPECT_EQ(runs, (std::vector<RunIndex>{0, 1, 2})) << threads << " threads";
  }
}

}  // namespace
}  // namespace negsim::testing
