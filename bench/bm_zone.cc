// bm_zone: the agreement-zone analysis (sim/zone.h) against the plain brute-force reference
// (sim/zone_reference.h) on the two generated spaces of bench/zone_spaces.h:
//   Space10x5: 10 issues x 5 options (9,765,625 packages), zone 84,932;
//   Space20x4: 20 issues x 4 options (1.1e12 packages), zone 43,634; the reference runs only
//              on a slice of consecutive indices.
// Counters: packages_per_s, packages decided per CPU second (the whole space, pruned packages
// included; the reference: the packages it checked); zone, the zone size; the Time column is
// the total per analysis. README.md (The agreement zone) has the figures and the targets.
// Run: bm_zone --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <algorithm>

#include "bench/zone_spaces.h"
#include "sim/zone.h"
#include "sim/zone_plan.h"
#include "sim/zone_reference.h"
#include "sim/zone_search.h"
#include "sim/zone_tables.h"

namespace negsim {
namespace {

void SetRate(benchmark::State& state, double packages) {
  state.counters["packages_per_s"] =
      benchmark::Counter(packages, benchmark::Counter::kIsIterationInvariantRate);
}

// Zone size only: the enumeration core.
void BM_ZoneCount(benchmark::State& state, const ZoneBenchShape& shape) {
  const Scenario& scenario = ZoneBenchScenario(shape);
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
void BM_ZoneSolutions(benchmark::State& state, const ZoneBenchShape& shape) {
  const Scenario& scenario = ZoneBenchScenario(shape);
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
void BM_ZoneFullReport(benchmark::State& state, const ZoneBenchShape& shape) {
  const Scenario& scenario = ZoneBenchScenario(shape);
  ZoneReport report;
  for (auto _ : state) {
    report = AnalyseZone(scenario);
    benchmark::DoNotOptimize(report.zone_size);
  }
  state.counters["zone"] = static_cast<double>(report.zone_size);
  state.counters["relaxation_rows"] = static_cast<double>(report.relaxations.size());
  SetRate(state, static_cast<double>(scenario.space().size()));
}

// The reference counting the zone over `slice` consecutive indices from the middle of the
// space (the whole space when it is smaller).
void BM_ReferenceCount(benchmark::State& state, const ZoneBenchShape& shape, PackageIndex slice) {
  const Scenario& scenario = ZoneBenchScenario(shape);
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
void BM_ReferenceSolutions(benchmark::State& state, const ZoneBenchShape& shape) {
  const Scenario& scenario = ZoneBenchScenario(shape);
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
