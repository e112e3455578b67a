// The mediated protocol: a single text composed from the parties' positions, voted on each
// round, moved toward the positions of those who reject it, and a mediator's deadline.
#include <gtest/gtest.h>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

// a wants l0, b wants l4; neither concedes unless `step` > 0.
ScenarioSpec Mediated(const std::string& mediator, double step = 0) {
  ScenarioSpec spec = LineSpec();
  spec.protocol.name = "mediated";
  spec.protocol.mediator = mediator;
  for (ActorSpec& actor : spec.actors) actor.strategy = StrategySpec{"step", {{"step", step}}};
  return spec;
}

int FirstText(const RunState& state) {
  for (int k = 0; k < state.num_offers(); ++k)
    if (state.offer(k).kind == OfferKind::kText) return k;
  return -1;
}

TEST(Mediated, TheFirstTextIsTheCapabilityWeightedMeanOfThePositions) {
  ScenarioSpec spec = Mediated("neutral");
  ActorOf(spec, "b").capability = 3;  // (1 x 0 + 3 x 4) / 4 = 3
  auto played = Prepare(spec);
  Step(played);
  const RunState& state = *played.state;
  // Both state their positions, then the text is tabled and voted on.
  ASSERT_EQ(FirstText(state), 2);
  EXPECT_EQ(state.offer(0).kind, OfferKind::kCounter);
  EXPECT_EQ(state.offer_options(0)[0], 0);
  EXPECT_EQ(state.offer_options(1)[0], 4);
  EXPECT_EQ(state.offer(2).proposer, -1);
  EXPECT_EQ(state.offer_options(2)[0], 3);
  EXPECT_EQ(state.responses(0)[0], Response::kNone);  // positions are not voted on
  EXPECT_EQ(state.responses(2)[0], Response::kReject);
}

TEST(Mediated, TheTextMovesTowardThePositionsOfThoseWhoReject) {
  ScenarioSpec spec = Mediated("neutral");
  spec.issues[0].options = {"l0", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8"};
  ActorOf(spec, "a").values["line"].values = {1, 1, 1, 1, 1, 1, 1, 1, 0};  // accepts l0..l7
  ActorOf(spec, "a").reservation = 0;
  ActorOf(spec, "b").values["line"].values = {0, 0, 0, 0, 0, 0, 0, 0, 1};  // wants l8
  auto played = Prepare(spec);
  Step(played);  // positions l0 (a) and l8 (b): text l4; a accepts, b rejects and restates l8
  const RunState& state = *played.state;
  ASSERT_EQ(state.offer_options(2)[0], 4);
  EXPECT_EQ(state.responses(2)[0], Response::kAccept);
  EXPECT_EQ(state.responses(2)[1], Response::kReject);
  Step(played);  // positions l4 (a, on the text) and l8 (b): target 6, half way: l5
  EXPECT_EQ(state.offer(3).kind, OfferKind::kCounter);
  EXPECT_EQ(state.offer_options(4)[0], 5);
  EXPECT_EQ(state.offer(4).kind, OfferKind::kText);
}

TEST(Mediated, AnActorMediatorPullsTheTextTowardItsOwnProposal) {
  ScenarioSpec spec = Mediated("m");
  ActorSpec m = spec.actors[1];  // wants l4 like b
  m.id = "m";
  m.signatory = false;
  m.capability = 2;
  spec.actors.push_back(m);
  spec.protocol.params["bias"] = 1;  // weight 2: (1 x 0 + 1 x 4 + 2 x 4) / 4 = 3
  auto played = Prepare(spec);
  Step(played);
  const RunState& state = *played.state;
  const int text = FirstText(state);
  ASSERT_EQ(text, 2);  // the mediator's own proposal is not a statement on the record
  EXPECT_EQ(state.offer(text).proposer, 2);
  EXPECT_EQ(state.offer_options(text)[0], 3);
  EXPECT_NE(state.responses(text)[2], Response::kNone);  // the mediator votes too
}

TEST(Mediated, AgreesOnceTheTextIsAcceptedByEverySignatory) {
  const auto played = PlayOut(Mediated("neutral", 0.1));
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);
  const RunState& state = *played.state;
  EXPECT_EQ(state.offer(played.outcome().offer).kind, OfferKind::kText);
  EXPECT_EQ(state.settled()[0], 2);  // the middle, with equal capabilities
}

TEST(Mediated, TheMediatorWalksAwayAtItsDeadline) {
  ScenarioSpec spec = Mediated("neutral");
  spec.protocol.params["deadline"] = 4;
  const auto played = PlayOut(spec);
  EXPECT_EQ(played.outcome().end, RunEnd::kMediatorLeft);
  EXPECT_EQ(played.outcome().round, 3);
  EXPECT_EQ(played.outcome().actor, -1);
  EXPECT_EQ(played.state->record().deadline(), 4);  // the parties know the threat
  EXPECT_NE(Output(*played.state).find("the neutral mediator walked away at its deadline"),
            std::string::npos);
}

}  // namespace
}  // namespace negsim::testing
