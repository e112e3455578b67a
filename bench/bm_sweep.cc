// bm_sweep: what one run of a sweep costs, and runs per second on 1 and 2 threads.
//   Prepare*: making one run's scenario from the base and the run's values, on the bundled
//     sweep scenarios/sweeps/russia-reservation-vs-army-cap.toml (5 parameters):
//       PrepareFromSpec      the sweep's way: copy the parsed base spec, write the values into
//                            it (ApplyField), Compile;
//       PrepareFromDocument  reference: copy the parsed TOML document, apply the values as
//                            --set does (SetAtPath), read the spec again, Compile;
//       PrepareFromFiles     reference: read the scenario files again with the values as
//                            --set overrides (LoadScenario), as a shell loop over
//                            `negsim zone --set ...` would.
//   Sweep/threads:N: whole runs (values, compile, zone analysis, row) of the same sweep through
//     RunSweep into a sink that only counts bytes; items_per_second is runs per second.
//   SweepBargain/threads:N: the same with both analyses, on
//     scenarios/sweeps/territory-vs-guarantee.toml (zone + US-mediated bargaining run).
// Run: bm_sweep --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "agents/builtin_strategies.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/sweep_loader.h"
#include "scenarios/toml_document.h"
#include "sim/sweep_engine.h"

namespace negsim {
namespace {

struct Registries {
  Registries() {
    RegisterBuiltinProtocols(protocols);
    RegisterBuiltinStrategies(strategies);
  }
  ProtocolRegistry protocols;
  StrategyRegistry strategies;
};

const Registries& TheRegistries() {
  static const Registries registries;
  return registries;
}

SweepJob BundledSweep(const std::string& name) {
  return LoadSweep(std::string(NEGSIM_SOURCE_DIR) + "/scenarios/sweeps/" + name + ".toml",
                   {&TheRegistries().protocols, &TheRegistries().strategies});
}

const SweepJob& ArmyCapSweep() {
  static const SweepJob job = BundledSweep("russia-reservation-vs-army-cap");
  return job;
}

// The run's values as --set overrides (option names or numbers, as a user would type them).
std::vector<Override> Overrides(const SweepJob& job, RunIndex run) {
  std::vector<double> values(job.plan.parameters.size());
  job.plan.Values(run, values);
  std::vector<Override> overrides;
  for (size_t k = 0; k < values.size(); ++k)
    overrides.push_back(
        Override{job.plan.parameters[k].path, job.plan.parameters[k].Format(values[k])});
  return overrides;
}

void PrepareFromSpec(benchmark::State& state) {
  const SweepJob& job = ArmyCapSweep();
  std::vector<double> values(job.plan.parameters.size());
  RunIndex run = 0;
  for (auto _ : state) {
    job.plan.Values(run++ % job.plan.num_runs(), values);
    ScenarioSpec spec = job.base;
    for (size_t k = 0; k < values.size(); ++k)
      ApplyField(spec, job.plan.parameters[k].field, values[k]);
    benchmark::DoNotOptimize(Compile(std::move(spec)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(PrepareFromSpec);

void PrepareFromDocument(benchmark::State& state) {
  const SweepJob& job = ArmyCapSweep();
  const std::string file = job.base.file;
  const DocNode base = LoadDocument(file);
  RunIndex run = 0;
  for (auto _ : state) {
    const std::vector<Override> overrides = Overrides(job, run++ % job.plan.num_runs());
    DocNode document = base;
    for (const Override& override : overrides) ApplyOverride(document, override);
    benchmark::DoNotOptimize(Compile(ReadScenarioSpec(document, file)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(PrepareFromDocument);

void PrepareFromFiles(benchmark::State& state) {
  const SweepJob& job = ArmyCapSweep();
  RunIndex run = 0;
  for (auto _ : state) {
    const std::vector<Override> overrides = Overrides(job, run++ % job.plan.num_runs());
    benchmark::DoNotOptimize(LoadScenario(job.base.file, overrides));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(PrepareFromFiles);

void RunWholeSweep(benchmark::State& state, const SweepJob& job) {
  SweepRunOptions options;
  options.threads = static_cast<int>(state.range(0));
  std::size_t bytes = 0;
  for (auto _ : state)
    RunSweep(job, options, [&](RunIndex, const std::string& row) { bytes += row.size(); });
  benchmark::DoNotOptimize(bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(job.plan.num_runs()));
}

void Sweep(benchmark::State& state) { RunWholeSweep(state, ArmyCapSweep()); }
BENCHMARK(Sweep)->ArgName("threads")->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

void SweepBargain(benchmark::State& state) {
  static const SweepJob job = BundledSweep("territory-vs-guarantee");
  RunWholeSweep(state, job);
}
BENCHMARK(SweepBargain)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace negsim

BENCHMARK_MAIN();
