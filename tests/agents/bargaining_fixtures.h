// Small scenarios written inline and a one-call way to play them with the built-in protocols
// and strategies, for the bargaining tests.
#pragma once

#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "agents/builtin_strategies.h"
#include "sim/run.h"
#include "sim/run_writer.h"
#include "sim/scenario.h"

namespace negsim::testing {

struct Registries {
  ProtocolRegistry protocols;
  StrategyRegistry strategies;
  Registries() {
    RegisterBuiltinProtocols(protocols);
    RegisterBuiltinStrategies(strategies);
  }
};

inline const Registries& Builtins() {
  static const Registries registries;
  return registries;
}

// Two signatories over two issues of three options each (9 packages):
//   land: keep, freeze, cede          army: 900k, 700k, 500k
//   ua: land 0.75 x [1, 0.6, 0]  +  army 0.25 x [1, 0.75, 0]
//   ru: land 0.5  x [0, 0.5, 1]  +  army 0.5  x [0, 0.5, 1]
inline ScenarioSpec LandArmySpec() {
  ScenarioSpec spec;
  spec.file = "land_army.toml";
  spec.name = "land-army";
  spec.protocol.max_rounds = 20;
  spec.issues.push_back(IssueSpec{"land", "", {"keep", "freeze", "cede"}, {}, ""});
  spec.issues.push_back(IssueSpec{"army", "", {"900k", "700k", "500k"}, {}, ""});
  ActorSpec ru;
  ru.id = "ru";
  ru.signatory = true;
  ru.reservation = 0.2;
  ru.weights = {{"land", 0.5}, {"army", 0.5}};
  ru.values["land"].values = {0, 0.5, 1};
  ru.values["army"].values = {0, 0.5, 1};
  ru.strategy = StrategySpec{"linear", {}};
  ActorSpec ua;
  ua.id = "ua";
  ua.signatory = true;
  ua.reservation = 0.2;
  ua.weights = {{"land", 0.75}, {"army", 0.25}};
  ua.values["land"].values = {1, 0.6, 0};
  ua.values["army"].values = {1, 0.75, 0};
  ua.strategy = StrategySpec{"linear", {}};
  spec.actors = {ru, ua};  // sorted by id
  return spec;
}

inline ActorSpec& ActorOf(ScenarioSpec& spec, const std::string& id) {
  for (ActorSpec& actor : spec.actors)
    if (actor.id == id) return actor;
  throw std::logic_error("no actor " + id);
}

inline void SetStrategy(ScenarioSpec& spec, const std::string& id, const std::string& name,
                        std::map<std::string, double> params = {}) {
  ActorOf(spec, id).strategy = StrategySpec{name, std::move(params)};
}

// A set-up and a state played to the end (the state refers to the set-up).
struct Played {
  std::unique_ptr<RunSetup> setup;
  std::unique_ptr<RunState> state;
  const RunOutcome& outcome() const { return state->outcome(); }
};

inline Played Play(const ScenarioSpec& spec, std::uint64_t seed = 1) {
  Played played;
  played.setup = std::make_unique<RunSetup>(Compile(spec), Builtins().protocols,
                                            Builtins().strategies);
  played.state = std::make_unique<RunState>(*played.setup);
  PlayRun(*played.setup, *played.state, seed);
  return played;
}

inline std::string Output(const RunState& state, RunFormat format, std::uint64_t seed = 1) {
  std::ostringstream out;
  WriteRun(state, format, seed, out);
  return out.str();
}

}  // namespace negsim::testing
