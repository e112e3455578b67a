// The built-in protocols and strategies, a small scenario written inline, random scenarios set
// up for runs, and a one-call way to play them, for the agents tests (on top of
// tests/sim/run_test_support.h).
#pragma once

#include <functional>
#include <map>
#include <string>

#include "agents/builtin_strategies.h"
#include "tests/sim/random_scenario.h"
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
  ScenarioSpec spec =
      InlineSpec("land_army.toml", "land-army", 20,
                 {{"land", {"keep", "freeze", "cede"}}, {"army", {"900k", "700k", "500k"}}});
  spec.actors = {// sorted by id
                 Signatory("ru", 0.2, {{"land", 0.5}, {"army", 0.5}},
                           {{"land", {0, 0.5, 1}}, {"army", {0, 0.5, 1}}}, "linear"),
                 Signatory("ua", 0.2, {{"land", 0.75}, {"army", 0.25}},
                           {{"land", {1, 0.6, 0}}, {"army", {1, 0.75, 0}}}, "linear")};
  return spec;
}

inline void SetStrategy(ScenarioSpec& spec, const std::string& id, const std::string& name,
                        std::map<std::string, double> params = {}) {
  ActorOf(spec, id).strategy = StrategySpec{name, std::move(params)};
}

// What RandomRunSpec adds to a random scenario.
struct RandomRun {
  std::string protocol;  // a mediated run's mediator: "neutral" for an even seed, else "a1"
  std::string strategy;  // every actor's
  int num_actors = 4;
  int max_rounds = 30;
  bool agenda = false;    // the first issue is settled before the others
  bool pressure = false;  // a0 pulls a1's weights, a2 its reservation; a2's drifts
};

// A random scenario (tests/sim/random_scenario.h) from `seed`, played as `run` says.
inline ScenarioSpec RandomRunSpec(std::uint64_t seed, const RandomRun& run) {
  RandomScenarioOptions options;
  options.num_actors = run.num_actors;
  ScenarioSpec spec = RandomScenarioSpec(seed, options);
  spec.protocol.name = run.protocol;
  spec.protocol.max_rounds = run.max_rounds;
  if (run.protocol == "mediated") spec.protocol.mediator = seed % 2 == 0 ? "neutral" : "a1";
  for (ActorSpec& actor : spec.actors) actor.strategy = StrategySpec{run.strategy, {}};
  if (run.agenda)
    for (size_t i = 1; i < spec.issues.size(); ++i)
      spec.agenda[spec.issues[i].name] = {spec.issues[0].name};
  if (run.pressure) {
    spec.influence.push_back(InfluenceSpec{"a0", "a1", 0.5, "weights"});
    spec.influence.push_back(InfluenceSpec{"a2", "a1", 0.5, "reservation"});
    spec.actors[2].reservation_drift = 0.01;
  }
  return spec;
}

// Calls check(spec, k, where) for `count` random scenarios under every built-in protocol x
// strategy: scenario k is RandomRunSpec(base_seed + k), with agenda stages on even k and
// pressure on every third; `where` names the combination and k for failure messages.
inline void ForEveryProtocolAndStrategy(
    std::uint64_t base_seed, int count, int num_actors, int max_rounds,
    const std::function<void(const ScenarioSpec&, std::uint64_t, const std::string&)>& check) {
  for (const std::string& protocol : Builtins().protocols.Names())
    for (const std::string& strategy : Builtins().strategies.Names())
      for (std::uint64_t k = 0; k < static_cast<std::uint64_t>(count); ++k)
        check(RandomRunSpec(base_seed + k, {.protocol = protocol,
                                            .strategy = strategy,
                                            .num_actors = num_actors,
                                            .max_rounds = max_rounds,
                                            .agenda = k % 2 == 0,
                                            .pressure = k % 3 == 0}),
              k, protocol + "/" + strategy + " #" + std::to_string(k));
}

// A run played to its end with the built-in protocols and strategies.
inline Played Play(const ScenarioSpec& spec, std::uint64_t seed = 1) {
  return PlayOut(spec, seed, Builtins());
}

}  // namespace negsim::testing
