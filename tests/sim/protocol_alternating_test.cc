// The alternating protocol: proposers take turns, walked-out actors are skipped, and a random
// order is drawn per run from its seed.
#include <gtest/gtest.h>

#include <set>

#include "tests/sim/run_test_support.h"

namespace negsim::testing {
namespace {

ScenarioSpec ThreeActors() {
  ScenarioSpec spec = LineSpec();
  ActorSpec c = spec.actors[0];
  c.id = "c";
  c.signatory = false;
  spec.actors.push_back(c);
  for (ActorSpec& actor : spec.actors) actor.strategy = StrategySpec{"step", {{"step", 0}}};
  return spec;
}

std::string Proposers(const RunState& state) {
  std::string order;
  for (int k = 0; k < state.num_offers(); ++k) order += ProposerName(state, k);
  return order;
}

TEST(Alternating, ProposersTakeTurnsInActorOrder) {
  const auto played = PlayOut(ThreeActors());
  EXPECT_EQ(Proposers(*played.state), "abcabcabca");
  // Every active actor votes on every offer, its proposer included.
  for (int k = 0; k < played.state->num_offers(); ++k)
    for (int a = 0; a < 3; ++a) EXPECT_NE(played.state->responses(k)[a], Response::kNone);
}

TEST(Alternating, AWalkedOutActorIsSkipped) {
  ScenarioSpec spec = ThreeActors();
  ActorOf(spec, "c").values["line"].values = {0.75, 0.5, 0.5, 0.25, 0};
  ActorOf(spec, "c").reservation = 0.5;
  ActorOf(spec, "c").reservation_drift = 0.1;  // above its ceiling of 0.75 from round 3 on
  const auto played = PlayOut(spec);
  EXPECT_EQ(Proposers(*played.state), "abcabababa");
}

TEST(Alternating, ARandomOrderIsDrawnPerRunFromTheSeed) {
  ScenarioSpec spec = ThreeActors();
  spec.protocol.params["random_order"] = 1;
  std::set<std::string> orders;
  for (std::uint64_t seed = 0; seed < 40; ++seed) {
    const std::string order = Proposers(*PlayOut(spec, seed).state);
    EXPECT_EQ(Proposers(*PlayOut(spec, seed).state), order);
    EXPECT_EQ(order.substr(0, 3), order.substr(3, 3));  // one rotation, repeated
    orders.insert(order.substr(0, 3));
  }
  EXPECT_EQ(orders.size(), 6u);  // every permutation of three occurs
}

}  // namespace
}  // namespace negsim::testing
