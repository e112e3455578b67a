// The rows of `negsim compare` (declared in compare.h); the writers are in compare_writer.cc.
#include "sim/compare.h"

#include <span>

#include "sim/check.h"
#include "sim/run.h"
#include "sim/zone.h"

namespace negsim {

namespace {

NamedPackage NamePackage(const IssueSpace& space, std::span<const OptionIndex> package) {
  NamedPackage named;
  for (int i = 0; i < space.num_issues(); ++i)
    named.emplace_back(space.issue(i).name, space.issue(i).options[package[i]]);
  return named;
}

// "russia.whole-donbas": the line's name where the author gave one, else its key path
// ("russia.red_lines[2]"), either of which a --set can address.
std::string RedLineName(const Scenario& scenario, const RedLine& line) {
  const ActorSpec& actor = scenario.spec().actors[line.actor];
  for (const RedLineSpec& spec : actor.red_lines)
    if (spec.key == line.key && !spec.name.empty()) return actor.id + "." + spec.name;
  const std::string prefix = "actors.";
  return line.key.starts_with(prefix) ? line.key.substr(prefix.size()) : line.key;
}

std::vector<CompareBinding> Binding(const Scenario& scenario, const ZoneReport& report) {
  std::vector<CompareBinding> binding;
  for (const BindingRedLine& line : BindingRedLines(report))
    binding.push_back({RedLineName(scenario, scenario.red_lines()[line.red_line]), line.added});
  return binding;
}

std::vector<CompareConcession> Opening(const Scenario& scenario, const ZoneReport& report) {
  std::vector<CompareConcession> opening;
  if (report.zone_size > 0 || report.nearest.empty()) return opening;
  for (const ZoneConcession& concession : report.nearest.front().concessions) {
    CompareConcession entry{scenario.actor(concession.actor).id, "", concession.shortfall};
    if (concession.red_line >= 0) {
      entry.red_line = RedLineName(scenario, scenario.red_lines()[concession.red_line]);
      entry.shortfall = 0;
    }
    opening.push_back(std::move(entry));
  }
  return opening;
}

CompareRun PlayUnder(const ScenarioSpec& spec, const ProtocolInfo& protocol,
                     const ProtocolRegistry& protocols, const StrategyRegistry& strategies,
                     std::uint64_t seed) {
  const RunSetup setup(Compile(SpecUnderProtocol(spec, protocol)), protocols, strategies);
  RunState state(setup);
  PlayRun(setup, state, seed);
  const Scenario& scenario = setup.scenario();
  const RunOutcome& outcome = state.outcome();
  CompareRun run;
  run.protocol = protocol.name;
  run.mediator = scenario.spec().protocol.mediator;
  run.end = outcome.end;
  run.round = outcome.round;
  switch (outcome.end) {
    case RunEnd::kAgreement:
      run.agreement = NamePackage(scenario.space(), state.settled());
      break;
    case RunEnd::kWalkOut:
    case RunEnd::kMediatorLeft:
      run.actor = outcome.actor < 0 ? "neutral" : scenario.actor(outcome.actor).id;
      break;
    case RunEnd::kDeadline:
      run.round = setup.deadline();
      break;
    case RunEnd::kRunning:
      NEGSIM_CHECK(false);  // PlayRun returns only once the run has ended
  }
  return run;
}

}  // namespace

ScenarioSpec SpecUnderProtocol(const ScenarioSpec& spec, const ProtocolInfo& protocol) {
  ScenarioSpec under = spec;
  if (spec.protocol.name == protocol.name) return under;
  under.protocol.name = protocol.name;
  std::erase_if(under.protocol.params, [&](const auto& param) {
    return std::none_of(protocol.params.begin(), protocol.params.end(),
                        [&](const ParamSpec& declared) { return declared.name == param.first; });
  });
  if (!protocol.uses_mediator)
    under.protocol.mediator.clear();
  else if (under.protocol.mediator.empty())
    under.protocol.mediator = "neutral";
  return under;
}

CompareRow CompareScenario(const std::string& scenario, const ScenarioSpec& spec,
                           const ProtocolRegistry& protocols, const StrategyRegistry& strategies,
                           std::uint64_t seed, std::vector<std::string>* notes) {
  // The scenario's own protocol must exist even though every registered one is played.
  protocols.Lookup(spec.protocol.name, spec, "protocol.name");
  const auto compiled = Compile(spec, notes);
  ZoneOptions options;
  options.nearest = 1;  // the first nearest package carries the smallest concession set
  options.max_pareto_listed = 0;
  const ZoneReport report = AnalyseZone(*compiled, options);

  CompareRow row;
  row.scenario = scenario;
  row.name = compiled->name();
  row.space_size = report.space_size;
  row.zone_size = report.zone_size;
  for (const ZoneSolutionPoint& point : report.solutions)
    if (point.kind == ZoneSolution::kNash)
      row.nash = NamePackage(compiled->space(), point.package.options);
  for (const ProtocolInfo& protocol : protocols.entries())
    row.runs.push_back(PlayUnder(spec, protocol, protocols, strategies, seed));
  row.binding = Binding(*compiled, report);
  row.opening = Opening(*compiled, report);
  return row;
}

std::string DescribeCompareRun(const CompareRun& run) {
  NEGSIM_CHECK(run.end != RunEnd::kRunning);  // rows hold finished runs only
  const std::string round = std::string("r").append(std::to_string(run.round));
  switch (run.end) {
    case RunEnd::kAgreement: return "agreed " + round;
    case RunEnd::kWalkOut: return "walk-out: " + run.actor + " " + round;
    case RunEnd::kMediatorLeft: return "mediator left " + round;
    case RunEnd::kDeadline:
    case RunEnd::kRunning: break;
  }
  return "deadline " + round;
}

}  // namespace negsim
