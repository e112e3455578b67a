// The built-in protocols and strategies, a small scenario written inline, and a one-call way to
// play it, for the agents tests (on top of tests/sim/run_test_support.h).
#pragma once

#include <map>
#include <string>

#include "agents/builtin_strategies.h"
#include "tests/sim/run_test_support.h"

namespace negsim::testing {

inline RunRegistries BuiltinRegistries() {
  RunRegistries registries;
  RegisterBuiltinProtocols(registries.protocols);
  RegisterBuiltinStrategies(registries.strategies);
  return registries;
}

inline const RunRegistries& Builtins() {
  static const RunRegistries registries = BuiltinRegistries();
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

inline void SetStrategy(ScenarioSpec& spec, const std::string& id, const std::string& name,
                        std::map<std::string, double> params = {}) {
  ActorOf(spec, id).strategy = StrategySpec{name, std::move(params)};
}

// A run played to its end with the built-in protocols and strategies.
inline Played Play(const ScenarioSpec& spec, std::uint64_t seed = 1) {
  return PlayOut(spec, seed, Builtins());
}

}  // namespace negsim::testing
