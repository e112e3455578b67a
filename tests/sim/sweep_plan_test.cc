// The run plan of a sweep: grid expansion, Monte Carlo draws, per-run seeds and shards.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "sim/json_writer.h"
#include "sim/sweep_plan.h"
#include "tests/sim/sweep_test_jobs.h"

namespace negsim::testing {
namespace {

SweepPlan GridPlan() {
  SweepPlan plan;
  plan.samples = 2;
  plan.parameters.push_back(GridParameter("g0", ReservationOf(0), {1, 2, 3}));
  plan.parameters.push_back(GridParameter("g1", ReservationOf(1), {10, 20}));
  return plan;
}

std::vector<double> ValuesOf(const SweepPlan& plan, RunIndex run) {
  std::vector<double> values(plan.parameters.size());
  plan.Values(run, values);
  return values;
}

TEST(SweepPlan, GridCountsInOdometerOrderWithTheSamplesInnermost) {
  const SweepPlan plan = GridPlan();
  EXPECT_EQ(plan.num_grid_points(), 6u);
  ASSERT_EQ(plan.num_runs(), 12u);
  const std::vector<std::vector<double>> expected = {
      {1, 10}, {1, 10}, {1, 20}, {1, 20}, {2, 10}, {2, 10},
      {2, 20}, {2, 20}, {3, 10}, {3, 10}, {3, 20}, {3, 20}};
  for (RunIndex run = 0; run < plan.num_runs(); ++run)
    EXPECT_EQ(ValuesOf(plan, run), expected[run]) << "run " << run;
}

TEST(SweepPlan, MonteCarloParametersMultiplyNothingButTheSamples) {
  SweepPlan plan = GridPlan();
  const Draw draw{.min = 0, .max = 1};
  plan.parameters.insert(plan.parameters.begin() + 1, DrawParameter("d", ReservationOf(0), draw));
  plan.samples = 5;
  EXPECT_EQ(plan.num_runs(), 30u);
  // The grid parameters keep their values around the drawn one.
  EXPECT_EQ(ValuesOf(plan, 29)[0], 3);
  EXPECT_EQ(ValuesOf(plan, 29)[2], 20);
}

SweepPlan DrawPlan(std::uint64_t seed) {
  SweepPlan plan;
  plan.seed = seed;
  plan.samples = 200;
  const Draw uniform{.min = 0.2, .max = 0.6};
  const Draw normal{
      .distribution = Distribution::kNormal, .min = 0.4, .max = 0.7, .mean = 0.5, .sd = 0.2};
  const Draw triangular{.distribution = Distribution::kTriangular, .min = 1, .max = 5, .mode = 2};
  const Draw choice{
      .distribution = Distribution::kChoice, .min = 3, .max = 7, .choices = {3, 7, 5}};
  const Draw rounds{.min = 10, .max = 40};
  plan.parameters.push_back(DrawParameter("uniform", ReservationOf(0), uniform));
  plan.parameters.push_back(DrawParameter("normal", ReservationOf(0), normal));
  plan.parameters.push_back(DrawParameter("triangular", ReservationOf(0), triangular));
  plan.parameters.push_back(DrawParameter("choice", ReservationOf(0), choice));
  plan.parameters.push_back(DrawParameter("rounds", ReservationOf(0), rounds));
  plan.parameters.back().kind = ValueKind::kInteger;
  return plan;
}

TEST(SweepPlan, DrawsDependOnlyOnTheSeedAndTheRunIndex) {
  const SweepPlan plan = DrawPlan(7);
  std::vector<std::vector<double>> forward, backward(plan.num_runs());
  for (RunIndex run = 0; run < plan.num_runs(); ++run) forward.push_back(ValuesOf(plan, run));
  for (RunIndex run = plan.num_runs(); run-- > 0;) backward[run] = ValuesOf(plan, run);
  EXPECT_EQ(forward, backward);
  EXPECT_EQ(forward, [&] {
    std::vector<std::vector<double>> again;
    const SweepPlan copy = DrawPlan(7);
    for (RunIndex run = 0; run < copy.num_runs(); ++run) again.push_back(ValuesOf(copy, run));
    return again;
  }());
  EXPECT_NE(ValuesOf(plan, 0), ValuesOf(plan, 1));
  EXPECT_NE(ValuesOf(plan, 0), ValuesOf(DrawPlan(8), 0));
}

// Pinned values: a change to the seed derivation or the draws changes every sweep's rows.
TEST(SweepPlan, DrawsArePinned) {
  const SweepPlan plan = DrawPlan(42);
  std::string text;
  for (RunIndex run : {0, 1, 199}) {
    for (double v : ValuesOf(plan, run)) text += FormatDouble(v) + " ";
    text += "| ";
  }
  EXPECT_EQ(text,
            "0.488689051580104 0.6271596452617879 3.107282033958266 3 24 | "
            "0.389079595531707 0.624921493560282 1.9977194934384204 7 25 | "
            "0.2136615455670349 0.4562973379252542 1.7752554995471317 3 29 | ");
}

TEST(SweepPlan, EveryDrawStaysWithinItsBounds) {
  const SweepPlan plan = DrawPlan(3);
  std::set<double> choices;
  for (RunIndex run = 0; run < plan.num_runs(); ++run) {
    const std::vector<double> v = ValuesOf(plan, run);
    EXPECT_GE(v[0], 0.2);
    EXPECT_LT(v[0], 0.6);
    // Truncated by redrawing, never clamped onto a bound.
    EXPECT_GT(v[1], 0.4);
    EXPECT_LT(v[1], 0.7);
    EXPECT_GE(v[2], 1);
    EXPECT_LE(v[2], 5);
    choices.insert(v[3]);
    EXPECT_GE(v[4], 10);
    EXPECT_LE(v[4], 40);
    EXPECT_EQ(v[4], std::round(v[4])) << "an integer parameter's draw is rounded";
  }
  EXPECT_EQ(choices, (std::set<double>{3, 5, 7}));
}

TEST(SweepPlan, ValuesFormatAsOptionNamesOrRoundTripNumbers) {
  const SweepParameter bound = PBoundParameter({0, 1, 2});
  EXPECT_EQ(bound.Format(1), "b");
  const SweepParameter number = GridParameter("x", ReservationOf(0), {0.1});
  EXPECT_EQ(number.Format(0.1), "0.1");
  EXPECT_EQ(number.Format(0.30000000000000004), "0.30000000000000004");
}

TEST(DrawSeed, DiffersForEveryRunAndSeed) {
  std::set<std::uint64_t> seeds;
  for (std::uint64_t seed : {0, 1, 2})
    for (RunIndex run = 0; run < 1000; ++run) seeds.insert(DrawSeed(seed, run));
  EXPECT_EQ(seeds.size(), 3000u);
}

TEST(Shard, ShardsPartitionTheRunsInInterleavedOrder) {
  for (RunIndex total = 0; total <= 23; ++total) {
    for (std::uint64_t count = 1; count <= 5; ++count) {
      std::vector<int> seen(total, 0);
      for (std::uint64_t index = 1; index <= count; ++index) {
        const Shard shard{index, count};
        RunIndex previous = 0;
        for (RunIndex position = 0; position < shard.Size(total); ++position) {
          const RunIndex run = shard.RunAt(position);
          ASSERT_LT(run, total);
          EXPECT_TRUE(shard.Contains(run));
          EXPECT_EQ(run % count, index - 1);
          if (position > 0) {
            EXPECT_GT(run, previous);
          }
          previous = run;
          ++seen[run];
        }
      }
      EXPECT_TRUE(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }))
          << total << " runs in " << count << " shards";
    }
  }
}

}  // namespace
}  // namespace negsim::testing
