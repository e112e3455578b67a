// The engine's part of every round (RunState, Protocol::Apply): the books on agreements, the
// guards on responses, the deadline, walk-outs, reservation drift, influence and agenda stages,
// on hand-checked runs of the scripted "step" strategy (run_test_support.h).
#include <gtest/gtest.h>

#include <array>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

void SetStep(ScenarioSpec& spec, const std::string& id, double step) {
  ActorOf(spec, id).strategy = StrategySpec{"step", {{"step", step}}};
}

struct KeepsDefaults : Strategy {
  double Aspiration(const Self&, const Record&) override { return 1; }
};
struct Watches : KeepsDefaults {
  void Observe(const Self&, const Record&, const OfferView&) override {}
};
struct Answers final : Watches {
  bool Respond(const Self&, const Record&, const OfferView&, double) override { return true; }
  double Expectation(const Self&, const Record&) override { return 1; }
};

// The engine skips the virtual call to a default hook only when MakeStrategy saw the type keep
// it; an override anywhere between the type and Strategy counts.
TEST(Engine, MakeStrategyRecordsWhichHooksATypeOverrides) {
  const auto flags = [](const Strategy& s) {
    const Strategy::Overrides& o = s.overrides();
    return std::array<bool, 3>{o.respond, o.expectation, o.observe};
  };
  using Flags = std::array<bool, 3>;
  EXPECT_EQ(flags(*MakeStrategy<KeepsDefaults>()), (Flags{false, false, false}));
  EXPECT_EQ(flags(*MakeStrategy<Watches>()), (Flags{false, false, true}));
  EXPECT_EQ(flags(*MakeStrategy<Answers>()), (Flags{true, true, true}));
  // Made any other way, a strategy is called for every hook.
  EXPECT_EQ(flags(KeepsDefaults()), (Flags{true, true, true}));
}

TEST(Engine, WithoutConcessionsTheDeadlineEndsTheRun) {
  ScenarioSpec spec = LineSpec();
  SetStep(spec, "a", 0);
  SetStep(spec, "b", 0);
  const auto played = PlayOut(spec);
  EXPECT_EQ(played.outcome().end, RunEnd::kDeadline);
  EXPECT_EQ(played.outcome().round, 9);
  EXPECT_EQ(played.state->num_offers(), 10);
  EXPECT_NE(Output(*played.state).find("no agreement by the deadline (10 rounds)"),
            std::string::npos);
}

TEST(Engine, AgreesWhenAnOfferMeetsEverySignatorysAspiration) {
  // Aspirations 1 - 0.1 t; a proposes in even rounds, b in odd ones. In round 5 b offers l2,
  // worth 0.5 to a, whose aspiration is 0.5.
  const auto played = PlayOut(LineSpec());
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);
  EXPECT_EQ(played.outcome().round, 5);
  EXPECT_EQ(played.state->settled()[0], 2);
  EXPECT_EQ(played.state->offer(5).proposer, 1);
  EXPECT_DOUBLE_EQ(played.state->aspiration(0), 0.5);
}

TEST(Engine, AStrategyThatAcceptsEverythingStillRefusesRedLinesAndNoDealBetter) {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").strategy = StrategySpec{"yes", {}};
  ActorOf(spec, "a").reservation = 0.3;
  RedLineSpec line;
  line.kind = RedLineKind::kForbid;
  line.issue = "line";
  line.options = {"l3"};
  ActorOf(spec, "a").red_lines = {line};
  // b's aspirations 0.9 (round 1: offers l4), 0.7 (round 3: l3), 0.5 (round 5: l2).
  const auto played = PlayOut(spec);
  const RunState& state = *played.state;
  EXPECT_EQ(state.responses(1)[0], Response::kReject);  // l4: worth 0, below 0.3
  EXPECT_EQ(state.responses(3)[0], Response::kReject);  // l3: a's red line
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);
  EXPECT_EQ(played.outcome().round, 5);
}

// a's reservation starts at 0.5 and rises by 0.1 a round past its ceiling of 0.9.
ScenarioSpec DriftingSpec() {
  ScenarioSpec spec = LineSpec();
  ActorOf(spec, "a").values["line"].values = {0.9, 0.7, 0.5, 0.3, 0};
  ActorOf(spec, "a").reservation = 0.5;
  ActorOf(spec, "a").reservation_drift = 0.1;
  return spec;
}

// The round in which DriftingSpec's a first exceeds its ceiling, summed as the engine sums it.
int DriftingWalkOutRound() {
  double reservation = 0.5;
  int round = 0;
  while (!(reservation > 0.9)) {
    reservation += 0.1;
    ++round;
  }
  return round;
}

TEST(Engine, AnActorWalksOutWhenItsDriftingReservationExceedsItsCeiling) {
  ScenarioSpec spec = DriftingSpec();
  SetStep(spec, "a", 0);
  SetStep(spec, "b", 0);
  const auto played = PlayOut(spec);
  const int round = DriftingWalkOutRound();
  EXPECT_EQ(played.outcome().end, RunEnd::kWalkOut);
  EXPECT_EQ(played.outcome().actor, 0);
  EXPECT_EQ(played.outcome().round, round);
  EXPECT_EQ(played.state->num_offers(), round);  // nothing offered in the walk-out round
  ASSERT_EQ(played.state->events().size(), 1u);
  EXPECT_DOUBLE_EQ(played.state->events()[0].expectation, 0.9);
  const std::string text = Output(*played.state);
  EXPECT_NE(text.find("a walks out: its reservation 1.000 exceeds the 0.900 it can still expect"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("outcome: a walked out in round " + std::to_string(round)),
            std::string::npos)
      << text;
}

// With every strategy's default Expectation the engine checks walk-outs again only after a
// reservation or ceiling changed ("yes" keeps the default; "step" does not).
TEST(Engine, ADriftingReservationEndsTheRunWithDefaultExpectations) {
  ScenarioSpec spec = DriftingSpec();
  for (const std::string id : {"a", "b"}) ActorOf(spec, id).strategy = StrategySpec{"yes", {}};
  const auto played = PlayOut(spec);
  EXPECT_EQ(played.outcome().end, RunEnd::kWalkOut);
  EXPECT_EQ(played.outcome().actor, 0);
  EXPECT_EQ(played.outcome().round, DriftingWalkOutRound());
}

TEST(Engine, ASettledStageThatSinksACeilingMakesItsActorWalkOut) {
  ScenarioSpec spec = LineSpec();
  spec.issues.push_back(IssueSpec{"other", "", {"o0", "o1"}, {}, ""});
  ActorOf(spec, "a").weights = {{"line", 1}, {"other", 1}};
  ActorOf(spec, "b").weights = {{"line", 1}, {"other", 1}};
  ActorOf(spec, "a").values["other"].values = {1, 0};
  ActorOf(spec, "b").values["other"].values = {0, 1};
  ActorSpec c = ActorOf(spec, "a");
  c.id = "c";
  c.signatory = false;
  c.reservation = 0.5;
  c.weights = {{"line", 1}};
  c.values["line"].values = {0, 1, 1, 1, 1};  // a ceiling of 1 until line settles at l0
  spec.actors.push_back(c);
  for (ActorSpec& actor : spec.actors) actor.strategy = StrategySpec{"yes", {}};
  spec.agenda["other"] = {"line"};
  const auto played = PlayOut(spec);
  const RunState& state = *played.state;
  ASSERT_EQ(state.events().size(), 2u);
  EXPECT_EQ(state.events()[0].kind, EventKind::kStageSettled);
  EXPECT_EQ(state.events()[0].round, 0);
  EXPECT_EQ(state.settled()[0], 0);
  EXPECT_EQ(state.events()[1].kind, EventKind::kWalkOut);
  EXPECT_EQ(state.events()[1].actor, 2);
  EXPECT_EQ(state.events()[1].round, 1);
}

TEST(Engine, ANonSignatoryWalksOutAndTheOthersNegotiateOn) {
  ScenarioSpec spec = LineSpec();
  ActorSpec c = ActorOf(spec, "a");
  c.id = "c";
  c.signatory = false;
  c.reservation = 0.8;
  c.values["line"].values = {0.5, 0.5, 0.5, 0.5, 0.5};  // its ceiling, 0.5, is below 0.8
  spec.actors.push_back(c);
  const auto played = PlayOut(spec);
  const RunState& state = *played.state;
  ASSERT_EQ(state.events().size(), 1u);
  EXPECT_EQ(state.events()[0].actor, 2);
  EXPECT_EQ(state.events()[0].round, 0);
  EXPECT_FALSE(state.active(2));
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);  // a and b as without c
  EXPECT_EQ(played.outcome().round, 5);
  for (int k = 0; k < state.num_offers(); ++k) {
    EXPECT_NE(state.offer(k).proposer, 2);
    EXPECT_EQ(state.responses(k)[2], Response::kNone);
  }
}

TEST(Engine, ReservationDriftIsKeptInTheUnitInterval) {
  ScenarioSpec spec = LineSpec();
  SetStep(spec, "a", 0);
  SetStep(spec, "b", 0);
  ActorOf(spec, "b").reservation_drift = -0.3;
  auto played = Prepare(spec);
  for (int round = 0; round < 3; ++round) Step(played);
  EXPECT_EQ(played.state->reservation(1), 0.0);
  EXPECT_EQ(played.state->reservation(0), 0.1);
}

// c (reservation 0.1) presses on a (0.5) with weight 0.5.
ScenarioSpec PressureSpec(const std::string& kind) {
  ScenarioSpec spec = LineSpec();
  spec.issues.push_back(IssueSpec{"other", "", {"o0", "o1"}, {}, ""});
  for (ActorSpec& actor : spec.actors) actor.values["other"].values = {1, 0};
  ActorSpec c = spec.actors[0];
  c.id = "c";
  c.signatory = false;
  c.weights = {{"other", 1}};
  spec.actors.push_back(c);
  ActorOf(spec, "a").reservation = 0.5;
  for (const std::string id : {"a", "b", "c"}) SetStep(spec, id, 0);
  spec.influence.push_back(InfluenceSpec{"c", "a", 0.5, kind});
  return spec;
}

TEST(Engine, ReservationInfluenceLowersTheTargetTowardTheInfluencer) {
  auto played = Prepare(PressureSpec("reservation"));
  RunState& state = *played.state;
  Step(played);  // round 0: no pressure yet
  EXPECT_DOUBLE_EQ(state.reservation(0), 0.5);
  Step(played);  // round 1: 0.5 - 0.5 (0.5 - 0.1)
  EXPECT_DOUBLE_EQ(state.reservation(0), 0.3);
  Step(played);  // round 2: 0.3 - 0.5 (0.3 - 0.1)
  EXPECT_DOUBLE_EQ(state.reservation(0), 0.2);
  EXPECT_DOUBLE_EQ(state.reservation(1), 0.1);  // b is not pressed
}

TEST(Engine, WeightsInfluenceMovesTheTargetsWeightsAndItsUtilities) {
  auto played = Prepare(PressureSpec("weights"));
  RunState& state = *played.state;
  Step(played);
  Step(played);  // round 1: a's weights (1, 0) move halfway to c's (0, 1)
  ASSERT_EQ(state.weights(0).size(), 2u);
  EXPECT_DOUBLE_EQ(state.weights(0)[0], 0.5);
  EXPECT_DOUBLE_EQ(state.weights(0)[1], 0.5);
  // Round 1's offer, by b: l4 and o0: worth 0.5 x 0 + 0.5 x 1 to a now.
  EXPECT_EQ(state.offer(1).proposer, 1);
  EXPECT_DOUBLE_EQ(state.utilities(1)[0], 0.5);
  EXPECT_DOUBLE_EQ(state.utilities(0)[0], 1.0);  // round 0 under the old weights
}

// b offers the same package every turn; as a's weights keep moving, a's utility of it must be
// judged afresh each time rather than recalled from b's last offer.
TEST(Engine, ARepeatedOfferIsJudgedOnTheCurrentWeights) {
  auto played = Prepare(PressureSpec("weights"));
  RunState& state = *played.state;
  std::vector<double> judged;
  for (int round = 0; round < 8 && state.running(); ++round) {
    Step(played);
    const int k = state.num_offers() - 1;
    if (state.offer(k).proposer != 1) continue;
    // l4 and o0: worth a's weight on "other" to a, whose value of l4 is 0 and of o0 is 1.
    EXPECT_EQ(state.offer_options(k)[0], 4);
    EXPECT_EQ(state.offer_options(k)[1], 0);
    EXPECT_DOUBLE_EQ(state.utilities(k)[0], state.weights(0)[1]) << "round " << round;
    judged.push_back(state.utilities(k)[0]);
  }
  ASSERT_GE(judged.size(), 2u);
  EXPECT_LT(judged[0], judged[1]);
}

TEST(Engine, AnAgendaSettlesItsStagesInOrder) {
  ScenarioSpec spec = LineSpec();
  spec.issues.push_back(IssueSpec{"other", "", {"o0", "o1"}, {}, ""});
  ActorOf(spec, "a").weights = {{"line", 1}, {"other", 1}};
  ActorOf(spec, "b").weights = {{"line", 1}, {"other", 1}};
  ActorOf(spec, "a").values["other"].values = {1, 0};
  ActorOf(spec, "b").values["other"].values = {0, 1};
  spec.agenda["other"] = {"line"};
  const auto played = PlayOut(spec);
  const RunState& state = *played.state;
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);
  ASSERT_EQ(state.events().size(), 1u);
  const RunEvent& settled = state.events()[0];
  EXPECT_EQ(settled.kind, EventKind::kStageSettled);
  EXPECT_EQ(settled.stage, 0);
  const int first = settled.offers_before - 1;
  EXPECT_TRUE(state.AllSignatoriesAccept(first));
  // While "other" was pending it counted at each actor's mean value: 0.5 x 0.5 = 0.25.
  EXPECT_DOUBLE_EQ(state.utilities(0)[0], 0.5 * 1 + 0.25);
  for (int k = settled.offers_before; k < state.num_offers(); ++k) {
    EXPECT_EQ(state.offer(k).stage, 1);
    EXPECT_EQ(state.offer_options(k)[0], state.offer_options(first)[0]);  // line stays settled
  }
  EXPECT_EQ(state.settled()[0], state.offer_options(first)[0]);
  const std::string text = Output(state);
  EXPECT_NE(text.find("other=(pending)"), std::string::npos) << text;
  EXPECT_NE(text.find("stage 1 settled: line="), std::string::npos) << text;
}

}  // namespace
}  // namespace negsim::testing
