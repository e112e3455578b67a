// RunSetup::Rebind: a set-up rebound to another scenario's weights, values and reservations plays
// exactly as one built from that scenario, for every protocol x strategy, with agenda stages,
// influence and synergies; bad numbers are InputErrors that change nothing.
#include <gtest/gtest.h>

#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <functional>

#include "tests/agents/bargaining_fixtures.h"

namespace negsim::testing {
namespace {

// The numbers of a spec as Rebind takes them: `actors` views `weights` and `values`.
struct SpecNumbers {
  std::vector<std::vector<double>> weights, values;
  std::vector<ActorNumbers> actors;
};

SpecNumbers NumbersOf(const ScenarioSpec& spec) {
  SpecNumbers numbers;
  for (const ActorSpec& actor : spec.actors) {
    std::vector<double>& weights = numbers.weights.emplace_back();
    std::vector<double>& values = numbers.values.emplace_back();
    for (const IssueSpec& issue : spec.issues) {
      weights.push_back(actor.weights.at(issue.name));  // as written: Rebind normalises
      const std::vector<double>& v = actor.values.at(issue.name).values;
      values.insert(values.end(), v.begin(), v.end());
    }
  }
  for (size_t a = 0; a < spec.actors.size(); ++a)
    numbers.actors.push_back(
        ActorNumbers{numbers.weights[a], numbers.values[a], spec.actors[a].reservation});
  return numbers;
}

// `spec` with every weight, value and reservation drawn again from `seed`.
ScenarioSpec Redrawn(ScenarioSpec spec, std::uint64_t seed) {
  boost::random::mt19937_64 rng(seed);
  const auto unit = [&](double lo, double hi) {
    return boost::random::uniform_real_distribution<double>(lo, hi)(rng);
  };
  for (ActorSpec& actor : spec.actors) {
    actor.reservation = unit(0.05, 0.5);
    for (auto& [issue, weight] : actor.weights) weight = unit(0.05, 2);
    for (auto& [issue, values] : actor.values)
      for (double& value : values.values) value = unit(0, 1);
  }
  return spec;
}

TEST(Rebind, PlaysExactlyAsASetUpBuiltFromTheRedrawnScenario) {
  ForEveryProtocolAndStrategy(2000, 4, 3, 25, [](const ScenarioSpec& original, std::uint64_t k,
                                                 const std::string& where) {
    RunSetup setup(Compile(original), Builtins().protocols, Builtins().strategies);
    RunState state(setup);
    for (std::uint64_t draw = 0; draw < 3; ++draw) {
      const ScenarioSpec redrawn = Redrawn(original, 10 * k + draw);
      const SpecNumbers numbers = NumbersOf(redrawn);
      setup.Rebind(numbers.actors);
      PlayRun(setup, state, k);
      const Played expected = Play(redrawn, k);
      EXPECT_EQ(Output(state, RunFormat::kJson, k), Output(*expected.state, RunFormat::kJson, k))
          << where << " draw " << draw;
    }
    // Back to the original numbers: nothing of the redrawn ones is left.
    setup.Rebind(NumbersOf(original).actors);
    PlayRun(setup, state, k);
    EXPECT_EQ(Output(state, RunFormat::kJson, k),
              Output(*Play(original, k).state, RunFormat::kJson, k))
        << where;
  });
}

// Rebinding `spec`'s set-up with one number changed by `spoil` throws at `key`, and the set-up
// still plays the original scenario.
void ExpectRebindError(const std::function<void(SpecNumbers&)>& spoil, const std::string& key,
                       const std::string& problem) {
  const ScenarioSpec spec = LandArmySpec();
  RunSetup setup(Compile(spec), Builtins().protocols, Builtins().strategies);
  SpecNumbers numbers = NumbersOf(spec);
  spoil(numbers);
  try {
    setup.Rebind(numbers.actors);
    FAIL() << "no error for " << key;
  } catch (const InputError& e) {
    EXPECT_EQ(e.key_path(), key) << e.what();
    EXPECT_NE(e.problem().find(problem), std::string::npos) << e.what();
  }
  RunState state(setup);
  PlayRun(setup, state, 1);
  EXPECT_EQ(Output(state, RunFormat::kJson), Output(*Play(spec).state, RunFormat::kJson));
}

TEST(Rebind, ANumberOutOfRangeIsAnInputErrorThatChangesNothing) {
  // Actors are sorted by id: ru (0), ua (1). Issues: land (0), army (1).
  ExpectRebindError([](SpecNumbers& n) { n.weights[1][1] = -0.5; }, "actors.ua.weights.army",
                    "weights must be >= 0");
  ExpectRebindError(
      [](SpecNumbers& n) {
        n.weights[0][0] = 0;
        n.weights[0][1] = 0;
      },
      "actors.ru.weights", "has no positive weight");
  ExpectRebindError([](SpecNumbers& n) { n.values[1][4] = 1.5; }, "actors.ua.values.army[1]",
                    "value is 1.5, outside [0,1]");
  ExpectRebindError([](SpecNumbers& n) { n.actors[0].reservation = std::nan(""); },
                    "actors.ru.reservation", "reservation is");
}

}  // namespace
}  // namespace negsim::testing
