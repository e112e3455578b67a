// SweepJob: everything a sweep's runs need, built once by the sweep loader and shared read-only
// by every worker thread: the plan, the base scenario as a spec (copied and changed per run)
// and compiled (for names), what each run computes, and the layout of the rows it writes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sim/protocol.h"
#include "sim/scenario.h"
#include "sim/strategy.h"
#include "sim/sweep_plan.h"
#include "sim/zone.h"

namespace negsim {

// What each run of a sweep computes.
enum class SweepAnalysis { kZone, kBargain, kBoth };

// The columns of runs.csv: `run`, one per parameter, then the zone columns (zone analyses),
// then the bargaining columns (bargaining runs). README.md (Sweeps) describes each. Column
// indices are -1 where the analysis does not write them.
struct SweepColumns {
  std::vector<std::string> names;  // the header row
  int num_parameters = 0;          // parameter columns are 1 .. num_parameters
  int num_issues = 0;
  int num_actors = 0;
  int zone_size = -1;     // zone.size
  int zone_nash = -1;     // zone.nash.<issue>, num_issues columns from here
  int zone_utility = -1;  // zone.nash_utility.<actor>, num_actors columns from here
  int zone_binding = -1;  // zone.binding
  int agreed = -1;        // bargain.agreed
  int round = -1;         // bargain.round
  int package = -1;       // bargain.package.<issue>, num_issues columns from here
  int utility = -1;       // bargain.utility.<actor>, num_actors columns from here
  int cause = -1;         // bargain.cause

  int parameter(int k) const { return 1 + k; }
};

// Where bargaining runs look up protocols and strategies. The caller fills them (agents/
// registers the strategies, and sim does not depend on it); they must outlive the job.
struct RunRegistries {
  const ProtocolRegistry* protocols = nullptr;
  const StrategyRegistry* strategies = nullptr;
};

struct SweepJob {
  std::string name;      // the sweep's name, for the summary
  SourcePos file;        // the sweep file, for errors found while running
  SweepPlan plan;
  ScenarioSpec base;     // the base scenario with the sweep's fixed overrides applied
  std::shared_ptr<const Scenario> scenario;  // `base` compiled: issue and actor names
  SweepAnalysis analysis = SweepAnalysis::kZone;
  ZoneOptions zone_options{.nearest = 0, .relaxations = true, .max_pareto_listed = 0};
  RunRegistries registries;  // bargaining runs only
  // Canonical text of everything that decides the rows (plan, base scenario, analysis):
  // output written for another identity is never resumed or merged into this one.
  std::string identity;

  bool zone() const { return analysis != SweepAnalysis::kBargain; }
  bool bargain() const { return analysis != SweepAnalysis::kZone; }
};

SweepColumns MakeSweepColumns(const SweepJob& job);

// "zone" | "bargain" | "both".
const char* AnalysisName(SweepAnalysis analysis);

}  // namespace negsim
