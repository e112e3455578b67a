// Support for the bargaining tests: scripted strategies (one whose aspiration falls by a fixed
// step per round, one that accepts everything), registries holding them beside the built-in
// protocols, a small inline scenario, and ways to step or play a run.
#pragma once

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "sim/run.h"
#include "sim/run_writer.h"
#include "sim/scenario.h"

namespace negsim::testing {

// Aspiration: ceiling - step x round. Proposes its nearest concession (the default).
class StepStrategy final : public Strategy {
 public:
  explicit StepStrategy(double step) : step_(step) {}
  double Aspiration(const Self& self, const Record& record) override {
    return self.ceiling() - step_ * record.round();
  }

 private:
  double step_;
};

// Says yes to everything: the engine must still refuse red lines and sub-reservation deals.
class YesStrategy final : public Strategy {
 public:
  double Aspiration(const Self& self, const Record&) override { return self.ceiling(); }
  bool Respond(const Self&, const Record&, const OfferView&, double) override { return true; }
};

struct RunRegistries {
  ProtocolRegistry protocols;
  StrategyRegistry strategies;
};

// The built-in protocols with the scripted strategies "step" and "yes".
inline const RunRegistries& ScriptedRegistries() {
  static const RunRegistries registries = [] {
    RunRegistries r;
    RegisterBuiltinProtocols(r.protocols);
    r.strategies.Add(StrategyInfo{"step",
                                  "aspiration falls by `step` per round",
                                  {{"step", 0.1, 0, 1, "fall per round"}},
                                  [](const StrategyConfig& c) -> std::unique_ptr<Strategy> {
                                    return std::make_unique<StepStrategy>(c.params[0]);
                                  }});
    r.strategies.Add(StrategyInfo{
        "yes", "accepts everything", {}, [](const StrategyConfig&) -> std::unique_ptr<Strategy> {
          // Made as the built-in strategies are, so that its own Respond must be found; "step"
          // is made plainly, so that the engine calls its defaults virtually.
          return MakeStrategy<YesStrategy>();
        }});
    return r;
  }();
  return registries;
}

// A spec read from `file` (nowhere: written inline) over categorical issues, each a name and
// its options, with room for `max_rounds` rounds and no actors yet.
inline ScenarioSpec InlineSpec(
    const std::string& file, const std::string& name, int max_rounds,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& issues) {
  ScenarioSpec spec;
  spec.file = file;
  spec.name = name;
  spec.protocol.max_rounds = max_rounds;
  for (const auto& [issue, options] : issues)
    spec.issues.push_back(IssueSpec{issue, "", options, {}, ""});
  return spec;
}

// A signatory following `strategy` (default parameters), with its weights and values by issue.
inline ActorSpec Signatory(const std::string& id, double reservation,
                           const std::map<std::string, double>& weights,
                           const std::map<std::string, std::vector<double>>& values,
                           const std::string& strategy) {
  ActorSpec actor;
  actor.id = id;
  actor.signatory = true;
  actor.reservation = reservation;
  actor.weights = weights;
  for (const auto& [issue, v] : values) actor.values[issue].values = v;
  actor.strategy = StrategySpec{strategy, {}};
  return actor;
}

// One issue `line` of five options; a wants option 0, b wants option 4 (linear values).
inline ScenarioSpec LineSpec() {
  ScenarioSpec spec =
      InlineSpec("line.toml", "line", 10, {{"line", {"l0", "l1", "l2", "l3", "l4"}}});
  spec.actors = {Signatory("a", 0.1, {{"line", 1}}, {{"line", {1, 0.75, 0.5, 0.25, 0}}}, "step"),
                 Signatory("b", 0.1, {{"line", 1}}, {{"line", {0, 0.25, 0.5, 0.75, 1}}}, "step")};
  return spec;
}

inline ActorSpec& ActorOf(ScenarioSpec& spec, const std::string& id) {
  for (ActorSpec& actor : spec.actors)
    if (actor.id == id) return actor;
  throw std::logic_error("no actor " + id);
}

// A set-up and a state on it (the state refers to the set-up), with the run's engine.
struct Played {
  std::unique_ptr<RunSetup> setup;
  std::unique_ptr<RunState> state;
  Rng rng;
  const RunOutcome& outcome() const { return state->outcome(); }
};

// A reset state, ready to be stepped round by round.
inline Played Prepare(const ScenarioSpec& spec, std::uint64_t seed = 1,
                      const RunRegistries& registries = ScriptedRegistries()) {
  Played played;
  played.setup =
      std::make_unique<RunSetup>(Compile(spec), registries.protocols, registries.strategies);
  played.state = std::make_unique<RunState>(*played.setup);
  played.rng.seed(RunSeed(seed, 0));
  played.state->Reset(played.rng);
  return played;
}

inline void Step(Played& played) {
  played.setup->protocol().Apply(*played.setup, *played.state, played.rng);
}

// A run played to its end.
inline Played PlayOut(const ScenarioSpec& spec, std::uint64_t seed = 1,
                      const RunRegistries& registries = ScriptedRegistries()) {
  Played played = Prepare(spec, seed, registries);
  while (played.state->running()) Step(played);
  return played;
}

inline std::string Output(const RunState& state, RunFormat format = RunFormat::kText,
                          std::uint64_t seed = 1) {
  std::ostringstream out;
  WriteRun(state, format, seed, out);
  return out.str();
}

}  // namespace negsim::testing
