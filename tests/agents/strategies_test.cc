// The built-in strategies: registration, the time-dependent concession curve, tit-for-tat's
// mirroring and the hardliner's stillness.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "agents/builtin_strategies.h"
#include "agents/time_dependent.h"
#include "tests/agents/bargaining_fixtures.h"

namespace negsim::testing {
namespace {

TEST(Strategies, EveryBuiltinIsRegisteredByName) {
  EXPECT_EQ(Builtins().strategies.Names(),
            (std::vector<std::string>{"time_dependent", "boulware", "linear", "conceder",
                                      "hardliner", "tit_for_tat", "opponent_model"}));
  const StrategyInfo& boulware = *Builtins().strategies.Find("boulware");
  ASSERT_EQ(boulware.params.size(), 2u);
  EXPECT_EQ(boulware.params[0].name, "exponent");
  EXPECT_EQ(boulware.params[0].default_value, 0.2);
  EXPECT_EQ(boulware.params[0].max, 1);  // a Boulware negotiator holds out: e <= 1
  EXPECT_EQ(Builtins().strategies.Find("conceder")->params[0].min, 1);
  EXPECT_EQ(Builtins().strategies.Find("linear")->params.size(), 1u);  // no exponent
}

TEST(ConcessionCurve, BoulwareHoldsOutLinearIsEvenConcederGivesEarly) {
  // 11 rounds: t / T = t / 10. Between reservation 0.2 and ceiling 1.
  const ConcessionCurve boulware(11, 0.2, 0), linear(11, 1, 0), conceder(11, 2, 0);
  EXPECT_DOUBLE_EQ(boulware.Target(0, 0.2, 1), 1);
  EXPECT_DOUBLE_EQ(linear.Target(5, 0.2, 1), 0.6);
  EXPECT_NEAR(boulware.Target(5, 0.2, 1), 1 - 0.8 * std::pow(0.5, 5), 1e-15);
  EXPECT_NEAR(conceder.Target(5, 0.2, 1), 1 - 0.8 * std::sqrt(0.5), 1e-15);
  for (const ConcessionCurve* curve : {&boulware, &linear, &conceder})
    EXPECT_DOUBLE_EQ(curve->Target(10, 0.2, 1), 0.2);  // the reservation at the deadline
  const ConcessionCurve opening(11, 1, 0.5);  // half the range conceded at once
  EXPECT_DOUBLE_EQ(opening.Target(0, 0.2, 1), 0.6);
}

// Aspirations checked where a protocol first sees them, right after the engine began the
// round: each active actor's must be what its strategy's own Aspiration says, clamped into
// [reservation, ceiling]. Then the actors propose in turn, as in the alternating protocol.
int aspirations_checked = 0;

class AspirationCheckingProtocol final : public Protocol {
 public:
  int MaxOffersPerRound(const Scenario&) const override { return 1; }

 protected:
  void DoApply(const RunSetup&, RunState& state, Rng& rng) const override {
    const int n = state.scenario().num_actors();
    for (int a = 0; a < n; ++a) {
      if (!state.active(a)) continue;
      const double said = state.strategy(a).Aspiration(state.self(a), state.record());
      EXPECT_EQ(state.aspiration(a),
                std::max(state.reservation(a), std::min(said, state.ceiling(a))))
          << "actor " << a << " round " << state.round();
      ++aspirations_checked;
    }
    int proposer = state.round() % n;
    while (!state.active(proposer)) proposer = (proposer + 1) % n;
    state.Propose(proposer, rng, state.proposal());
    const int offer = state.MakeOffer(proposer, OfferKind::kProposal, state.proposal(), true);
    if (state.AllSignatoriesAccept(offer)) state.Settle(offer);
  }
};

// The engine computes a curve-following strategy's aspiration itself (no call per actor and
// round), from a table of the curve: it must agree with the strategy every round, as drift and
// influence move reservations and ceilings and agenda stages change them, with every built-in
// strategy, alone and beside the others (whose own Aspiration the engine calls).
TEST(ConcessionCurve, TheEngineAspiresAsTheStrategySays) {
  RunRegistries registries;
  RegisterBuiltinStrategies(registries.strategies);
  registries.protocols.Add(ProtocolInfo{
      "checking", "checks aspirations, then actors propose in turn", {}, false,
      [](const Scenario&, std::span<const double>, int) -> std::unique_ptr<Protocol> {
        return std::make_unique<AspirationCheckingProtocol>();
      }});
  const std::vector<std::string> names = registries.strategies.Names();
  aspirations_checked = 0;
  for (size_t k = 0; k < 2 * names.size(); ++k) {
    RandomRun run;
    run.protocol = "checking";
    run.strategy = names[k % names.size()];
    run.pressure = true;
    run.agenda = k % 3 == 0;
    ScenarioSpec spec = RandomRunSpec(5 + k, run);
    if (k >= names.size())  // mixed: each actor another strategy
      for (size_t a = 0; a < spec.actors.size(); ++a)
        spec.actors[a].strategy = StrategySpec{names[(k + a) % names.size()], {}};
    SCOPED_TRACE(::testing::Message() << "scenario " << k << ", first strategy " << run.strategy);
    PlayOut(spec, 1, registries);
  }
  EXPECT_GT(aspirations_checked, 1000);
}

TEST(Strategies, BoulwareAgreesLaterThanAConceder) {
  int rounds[2];
  int k = 0;
  for (const std::string name : {"boulware", "conceder"}) {
    ScenarioSpec spec = LandArmySpec();
    SetStrategy(spec, "ua", name);
    SetStrategy(spec, "ru", name);
    const Played played = Play(spec);
    ASSERT_EQ(played.outcome().end, RunEnd::kAgreement) << name;
    rounds[k++] = played.outcome().round;
  }
  EXPECT_GT(rounds[0], rounds[1]);
}

// tit-for-tat's aspiration in the last round played, from the record: its ceiling less the
// opening less the concession the other made to it in rounds before.
TEST(TitForTat, ConcedesAsMuchAsTheOtherHasConcededToIt) {
  ScenarioSpec spec = LandArmySpec();
  SetStrategy(spec, "ua", "tit_for_tat", {{"opening", 0.05}});
  SetStrategy(spec, "ru", "linear");
  spec.protocol.max_rounds = 9;
  const Played played = Play(spec);
  const RunState& state = *played.state;
  const int ua = 1, last = played.outcome().round;
  double first = NAN, latest = NAN;
  for (int k = 0; k < state.num_offers(); ++k) {
    if (state.offer(k).proposer != 0 || state.offer(k).round >= last) continue;
    if (std::isnan(first)) first = state.utilities(k)[ua];
    latest = state.utilities(k)[ua];
  }
  ASSERT_GT(latest, first);  // the linear negotiator has conceded something to ua
  const double expected =
      std::max(state.reservation(ua), state.ceiling(ua) - 0.05 - (latest - first));
  EXPECT_DOUBLE_EQ(state.aspiration(ua), expected);
}

TEST(TitForTat, FacingAHardlinerItConcedesOnlyItsOpening) {
  ScenarioSpec spec = LandArmySpec();
  SetStrategy(spec, "ua", "tit_for_tat", {{"opening", 0.05}});
  SetStrategy(spec, "ru", "hardliner");
  const Played played = Play(spec);
  EXPECT_EQ(played.outcome().end, RunEnd::kDeadline);
  EXPECT_DOUBLE_EQ(played.state->aspiration(1), 1 - 0.05);
}

TEST(Hardliner, AlwaysProposesItsBestPackage) {
  ScenarioSpec spec = LandArmySpec();
  SetStrategy(spec, "ru", "hardliner");
  SetStrategy(spec, "ua", "hardliner");
  const Played played = Play(spec);
  const RunState& state = *played.state;
  for (int k = 0; k < state.num_offers(); ++k)
    EXPECT_EQ(state.utilities(k)[state.offer(k).proposer], 1.0);
}

}  // namespace
}  // namespace negsim::testing
