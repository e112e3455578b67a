#include "sim/sweep_job.h"

namespace negsim {

namespace {

// Appends `prefix` + each issue name; returns the first new column's index.
int AddIssueColumns(const Scenario& scenario, const std::string& prefix,
                    std::vector<std::string>& names) {
  const int first = static_cast<int>(names.size());
  for (int i = 0; i < scenario.space().num_issues(); ++i)
    names.push_back(prefix + scenario.space().issue(i).name);
  return first;
}

int AddActorColumns(const Scenario& scenario, const std::string& prefix,
                    std::vector<std::string>& names) {
  const int first = static_cast<int>(names.size());
  for (int a = 0; a < scenario.num_actors(); ++a) names.push_back(prefix + scenario.actor(a).id);
  return first;
}

int AddColumn(const std::string& name, std::vector<std::string>& names) {
  names.push_back(name);
  return static_cast<int>(names.size()) - 1;
}

}  // namespace

SweepColumns MakeSweepColumns(const SweepJob& job) {
  const Scenario& scenario = *job.scenario;
  SweepColumns c;
  c.num_parameters = static_cast<int>(job.plan.parameters.size());
  c.num_issues = scenario.space().num_issues();
  c.num_actors = scenario.num_actors();
  c.names.push_back("run");
  for (const SweepParameter& p : job.plan.parameters) c.names.push_back(p.path);
  if (job.zone()) {
    c.zone_size = AddColumn("zone.size", c.names);
    c.zone_nash = AddIssueColumns(scenario, "zone.nash.", c.names);
    c.zone_utility = AddActorColumns(scenario, "zone.nash_utility.", c.names);
    c.zone_binding = AddColumn("zone.binding", c.names);
  }
  if (job.bargain()) {
    c.agreed = AddColumn("bargain.agreed", c.names);
    c.round = AddColumn("bargain.round", c.names);
    c.package = AddIssueColumns(scenario, "bargain.package.", c.names);
    c.utility = AddActorColumns(scenario, "bargain.utility.", c.names);
    c.cause = AddColumn("bargain.cause", c.names);
  }
  return c;
}

const char* AnalysisName(SweepAnalysis analysis) {
  switch (analysis) {
    case SweepAnalysis::kZone: return "zone";
    case SweepAnalysis::kBargain: return "bargain";
    case SweepAnalysis::kBoth: return "both";
  }
  return "";
}

}  // namespace negsim
