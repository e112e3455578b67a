// bm_zone: the agreement-zone analysis (sim/zone.h) against the plain brute-force reference
// (sim/zone_reference.h) on two generated Ukraine-like scenarios built in code:
//   Space10x5: 4 actors, 10 issues x 5 options (9,765,625 packages), a few red lines;
//   Space20x4: 4 actors, 20 issues x 4 options (1.1e12 packages), tight red lines; the
//              reference runs only on a slice of consecutive indices.
// Counter packages_per_s: packages decided per second (pruned ones count as decided).
// Run: bm_zone --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <string>
#include <vector>

#include "sim/zone.h"
#include "sim/zone_plan.h"
#include "sim/zone_reference.h"
#include "sim/zone_search.h"
#include "sim/zone_tables.h"

namespace negsim {
namespace {

struct Shape {
  int issues;
  int options;
  double reservation_ukraine;
  double reservation_russia;
  double reservation_us;
  int bounded_issues;  // issues on which ukraine has an at-most and russia an at-least line
};

std::string OptionName(int o) {
  std::string name = "o";  // appended, not "o" + ...: GCC 12 warns falsely on the latter
  name += std::to_string(o);
  return name;
}

// Options run from most pro-Ukraine (0) to most pro-Russia; ukraine's and europe's values fall
// along each issue, russia's rise, the us prefers the middle. Weights and noise come from a
// fixed seed, so every run benchmarks the same scenario.
ScenarioSpec GeneratedSpec(const Shape& shape) {
  boost::random::mt19937_64 rng(20250425);
  const auto uniform = [&](double lo, double hi) {
    return boost::random::uniform_real_distribution<double>(lo, hi)(rng);
  };
  ScenarioSpec spec;
  spec.name = "generated-" + std::to_string(shape.issues) + "x" + std::to_string(shape.options);
  for (int i = 0; i < shape.issues; ++i) {
    IssueSpec issue;
    issue.name = "issue" + std::to_string(i);
    for (int o = 0; o < shape.options; ++o) issue.options.push_back(OptionName(o));
    spec.issues.push_back(issue);
  }
  const auto actor = [&](const std::string& id, bool signatory, double reservation) {
    ActorSpec a;
    a.id = id;
    a.signatory = signatory;
    a.reservation = reservation;
    for (int i = 0; i < shape.issues; ++i) {
      const std::string& name = spec.issues[i].name;
      a.weights[name] = uniform(0.2, 1.0);
      for (int o = 0; o < shape.options; ++o) {
        const double x = static_cast<double>(o) / (shape.options - 1);
        const double base = id == "russia" ? x : id == "us" ? 1 - 2 * std::abs(x - 0.5) : 1 - x;
        a.values[name].values.push_back(std::clamp(base + uniform(-0.1, 0.1), 0.0, 1.0));
      }
    }
    return a;
  };
  ActorSpec europe = actor("europe", false, 0.5);
  ActorSpec russia = actor("russia", true, shape.reservation_russia);
  ActorSpec ukraine = actor("ukraine", true, shape.reservation_ukraine);
  ActorSpec us = actor("us", true, shape.reservation_us);
  // Adds a red line on issue i; `options` is the forbid list or the if set, `bound` the bound.
  const auto line = [&](ActorSpec& a, RedLineKind kind, int i, std::vector<std::string> options,
                        std::string bound) -> RedLineSpec& {
    RedLineSpec l;
    l.kind = kind;
    l.issue = spec.issues[i].name;
    l.options = std::move(options);
    l.bound = std::move(bound);
    l.key = "actors." + a.id + ".red_lines[" + std::to_string(a.red_lines.size()) + "]";
    a.red_lines.push_back(l);
    return a.red_lines.back();
  };
  for (int i = 0; i < shape.bounded_issues; ++i) {
    line(ukraine, RedLineKind::kAtMost, i, {}, OptionName(shape.options - 2));
    line(russia, RedLineKind::kAtLeast, i, {}, "o1");
  }
  line(us, RedLineKind::kForbid, shape.issues - 1, {"o0"}, "");
  RedLineSpec& rule =
      line(ukraine, RedLineKind::kIfThen, shape.issues - 2, {OptionName(shape.options - 1)}, "");
  rule.then_issue = spec.issues[shape.issues - 3].name;
  rule.then_options = {"o0", "o1"};
  SynergySpec guarantee{{spec.issues[0].name, "o1"}, {spec.issues[1].name, "o0"}, 0.05};
  ukraine.synergies.push_back(guarantee);
  spec.actors = {europe, russia, ukraine, us};
  return spec;
}

// Zone size in the low ten-thousands: Ukraine and Russia want opposite poles, the US the middle.
const Shape kSpace10x5{10, 5, 0.40, 0.38, 0.66, 3};
// Ten issues bounded by both sides (two options left each) and reservations that leave a zone of
// a few ten thousand packages out of 1.1e12.
const Shape kSpace20x4{20, 4, 0.5, 0.48, 0.68, 10};

const Scenario& Generated(const Shape& shape) {
  static const auto small = Compile(GeneratedSpec(kSpace10x5));
  static const auto large = Compile(GeneratedSpec(kSpace20x4));
  return shape.issues == kSpace10x5.issues ? *small : *large;
}

void SetRate(benchmark::State& state, double packages) {
  state.counters["packages_per_s"] =
      benchmark::Counter(packages, benchmark::Counter::kIsIterationInvariantRate);
}

// Zone size only: the enumeration core.
void BM_ZoneCount(benchmark::State& state, const Shape& shape) {
  const Scenario& scenario = Generated(shape);
  const ZoneTables tables(scenario);
  const SearchPlan plan(tables, tables.allowed(), tables.rules(), PlanPurpose::kZone);
  PackageIndex zone = 0;
  for (auto _ : state) {
    WorkBudget budget(ZoneOptions{}.max_work);
    zone = CountZone(plan, budget);
    benchmark::DoNotOptimize(zone);
  }
  state.counters["zone"] = static_cast<double>(zone);
  SetRate(state, static_cast<double>(scenario.space().size()));
}

// Zone, Pareto set and the four bargaining solutions (no relaxation table).
void BM_ZoneSolutions(benchmark::State& state, const Shape& shape) {
  const Scenario& scenario = Generated(shape);
  ZoneOptions options;
  options.relaxations = false;
  ZoneReport report;
  for (auto _ : state) {
    report = AnalyseZone(scenario, options);
    benchmark::DoNotOptimize(report.zone_size);
  }
  state.counters["zone"] = static_cast<double>(report.zone_size);
  state.counters["pareto"] = static_cast<double>(report.pareto_count);
  state.counters["work"] = static_cast<double>(report.work);
  SetRate(state, static_cast<double>(scenario.space().size()));
}

// Everything `negsim zone` reports, the red-line relaxation table included.
void BM_ZoneFullReport(benchmark::State& state, const Shape& shape) {
  const Scenario& scenario = Generated(shape);
  ZoneReport report;
  for (auto _ : state) {
    report = AnalyseZone(scenario);
    benchmark::DoNotOptimize(report.zone_size);
  }
  state.counters["relaxation_rows"] = static_cast<double>(report.relaxations.size());
  SetRate(state, static_cast<double>(scenario.space().size()));
}

// The reference counting the zone over `slice` consecutive indices from the middle of the
// space (the whole space when it is smaller).
void BM_ReferenceCount(benchmark::State& state, const Shape& shape, PackageIndex slice) {
  const Scenario& scenario = Generated(shape);
  const PackageIndex size = scenario.space().size();
  const PackageIndex count = std::min(slice, size);
  const PackageIndex begin = (size - count) / 2;
  PackageIndex zone = 0;
  for (auto _ : state) {
    zone = CountZoneReference(scenario, begin, begin + count);
    benchmark::DoNotOptimize(zone);
  }
  state.counters["zone"] = static_cast<double>(zone);
  SetRate(state, static_cast<double>(count));
}

// The reference's zone, Pareto set and bargaining solutions over the whole space.
void BM_ReferenceSolutions(benchmark::State& state, const Shape& shape) {
  const Scenario& scenario = Generated(shape);
  ZoneReferenceResult result;
  for (auto _ : state) {
    result = AnalyseZoneReference(scenario, 0);
    benchmark::DoNotOptimize(result.members.data());
  }
  state.counters["zone"] = static_cast<double>(result.members.size());
  state.counters["pareto"] = static_cast<double>(result.pareto.size());
  SetRate(state, static_cast<double>(scenario.space().size()));
}

BENCHMARK_CAPTURE(BM_ZoneCount, Space10x5, kSpace10x5)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ZoneSolutions, Space10x5, kSpace10x5)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ZoneFullReport, Space10x5, kSpace10x5)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReferenceCount, Space10x5, kSpace10x5, PackageIndex{10'000'000})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReferenceSolutions, Space10x5, kSpace10x5)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ZoneCount, Space20x4, kSpace20x4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ZoneSolutions, Space20x4, kSpace20x4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ZoneFullReport, Space20x4, kSpace20x4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReferenceCount, Space20x4Slice, kSpace20x4, PackageIndex{1'000'000})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace negsim

BENCHMARK_MAIN();
