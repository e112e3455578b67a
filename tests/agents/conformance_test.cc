// The conformance suite every registered protocol x strategy passes (OpenSpiel's basic_tests):
// on random scenarios, with and without agenda stages, influence and drift, a run ends by the
// deadline, no agreement crosses a signatory's red line or falls below its reservation, every
// utility on the record is within the actor's bounds, and the same seed gives the same
// output, also from a RunState reused across runs.
#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

#include "tests/agents/bargaining_fixtures.h"
#include "tests/sim/random_scenario.h"

namespace negsim::testing {
namespace {

struct Combination {
  std::string protocol;
  std::string strategy;
};

// How GoogleTest shows a parameter ("alternating/boulware", not its bytes).
void PrintTo(const Combination& combination, std::ostream* out) {
  *out << combination.protocol << "/" << combination.strategy;
}

std::vector<Combination> AllCombinations() {
  std::vector<Combination> all;
  for (const std::string& protocol : Builtins().protocols.Names())
    for (const std::string& strategy : Builtins().strategies.Names())
      all.push_back({protocol, strategy});
  return all;
}

class Conformance : public ::testing::TestWithParam<Combination> {};

// Scenario `k` of the suite: random preferences and red lines; every third one with agenda
// stages, every fourth with influence and drift; strategies mixed in every other one.
ScenarioSpec SuiteSpec(const Combination& combination, std::uint64_t k) {
  RandomScenarioOptions options;
  options.value_grid = k % 2 == 0 ? 8 : 0;  // exact ties on even k
  options.num_actors = 3 + static_cast<int>(k % 2);
  ScenarioSpec spec = RandomScenarioSpec(1000 + k, options);
  spec.protocol.name = combination.protocol;
  spec.protocol.max_rounds = 5 + static_cast<int>(k * 7 % 40);
  const ProtocolInfo& protocol = *Builtins().protocols.Find(combination.protocol);
  if (protocol.uses_mediator) spec.protocol.mediator = k % 2 == 0 ? "neutral" : "a1";
  if (protocol.uses_mediator && k % 5 == 0) spec.protocol.params["deadline"] = 4;
  const std::vector<std::string> names = Builtins().strategies.Names();
  for (size_t a = 0; a < spec.actors.size(); ++a) {
    const bool mixed = k % 2 == 1 && a > 0;
    const std::string name =
        mixed ? names[(k + a) % names.size()] : combination.strategy;
    spec.actors[a].strategy = StrategySpec{name, {}};
  }
  if (k % 3 == 0)
    for (size_t i = 1; i < spec.issues.size(); ++i)
      spec.agenda[spec.issues[i].name] = {spec.issues[i - 1].name};
  if (k % 4 == 0) {
    spec.influence.push_back(InfluenceSpec{"a0", "a1", 0.3, "reservation"});
    spec.influence.push_back(InfluenceSpec{"a0", "a2", 0.2, "weights"});
    spec.actors[1].reservation_drift = 0.01;
    spec.actors[0].reservation_drift = -0.005;
  }
  return spec;
}

// An actor's utility is a weighted mean of values in [0,1] plus its synergy terms.
std::pair<double, double> UtilityBounds(const Scenario& s, int actor) {
  double low = 0, high = 1;
  for (const Synergy& synergy : s.synergies())
    if (synergy.actor == actor) (synergy.value < 0 ? low : high) += synergy.value;
  return {low, high};
}

void CheckRun(const Played& played, const std::string& where) {
  const RunState& state = *played.state;
  const Scenario& s = played.setup->scenario();
  const RunOutcome& outcome = played.outcome();
  ASSERT_NE(outcome.end, RunEnd::kRunning) << where;
  EXPECT_LT(outcome.round, played.setup->deadline()) << where;
  for (int k = 0; k < state.num_offers(); ++k) {
    EXPECT_LE(state.offer(k).round, outcome.round) << where;
    for (int a = 0; a < s.num_actors(); ++a) {
      const auto [low, high] = UtilityBounds(s, a);
      EXPECT_GE(state.utilities(k)[a], low - 1e-12) << where << " offer " << k;
      EXPECT_LE(state.utilities(k)[a], high + 1e-12) << where << " offer " << k;
    }
  }
  if (outcome.end != RunEnd::kAgreement) {
    if (outcome.end == RunEnd::kWalkOut) {
      EXPECT_TRUE(s.actor(outcome.actor).signatory) << where;
    }
    return;
  }
  EXPECT_EQ(state.offer(outcome.offer).round, outcome.round) << where;
  for (int a : s.signatories()) {
    EXPECT_FALSE(s.CrossesRedLine(a, state.settled())) << where << " actor " << a;
    EXPECT_EQ(state.responses(outcome.offer)[a], Response::kAccept) << where;
    EXPECT_GE(state.utilities(outcome.offer)[a], state.reservation(a)) << where;
    // Without influence on weights, the run's utility is the scenario's, bit for bit.
    if (s.influence().empty()) {
      EXPECT_EQ(state.utilities(outcome.offer)[a], s.Utility(a, state.settled())) << where;
    }
  }
}

TEST_P(Conformance, EndsByTheDeadlineWithinTheRedLinesAndTheSameForTheSameSeed) {
  const Combination& combination = GetParam();
  int agreements = 0;
  for (std::uint64_t k = 0; k < 24; ++k) {
    const ScenarioSpec spec = SuiteSpec(combination, k);
    const std::string where = combination.protocol + "/" + combination.strategy + " #" +
                              std::to_string(k);
    const Played played = Play(spec, k);
    CheckRun(played, where);
    agreements += played.outcome().end == RunEnd::kAgreement;
    const std::string json = Output(*played.state, RunFormat::kJson, k);
    EXPECT_EQ(Output(*Play(spec, k).state, RunFormat::kJson, k), json) << where;
    // A reused state gives the same run after another one.
    PlayRun(*played.setup, *played.state, k + 1);
    PlayRun(*played.setup, *played.state, k);
    EXPECT_EQ(Output(*played.state, RunFormat::kJson, k), json) << where;
  }
  // The suite is not vacuous: some runs agree (hardliners facing hardliners excepted).
  if (combination.strategy != "hardliner") {
    EXPECT_GT(agreements, 0) << combination.strategy;
  }
}

INSTANTIATE_TEST_SUITE_P(AllProtocolsAndStrategies, Conformance,
                         ::testing::ValuesIn(AllCombinations()),
                         [](const ::testing::TestParamInfo<Combination>& info) {
                           return info.param.protocol + "_" + info.param.strategy;
                         });

}  // namespace
}  // namespace negsim::testing
