// The bargaining behaviours the issue names, on hand-checkable scenarios (bargaining_fixtures.h).
#include <gtest/gtest.h>

#include <set>

#include "tests/agents/bargaining_fixtures.h"

namespace negsim::testing {
namespace {

RedLineSpec Line(RedLineKind kind, const std::string& issue, const std::string& bound) {
  RedLineSpec line;
  line.kind = kind;
  line.issue = issue;
  line.bound = bound;
  return line;
}

// ua never cedes land; ru accepts nothing short of it: no package is acceptable to both.
ScenarioSpec IncompatibleRedLines() {
  ScenarioSpec spec = LandArmySpec();
  ActorOf(spec, "ua").red_lines = {Line(RedLineKind::kAtMost, "land", "freeze")};
  ActorOf(spec, "ru").red_lines = {Line(RedLineKind::kAtLeast, "land", "cede")};
  return spec;
}

TEST(Bargaining, TwoHardlinersWithIncompatibleRedLinesNeverAgree) {
  for (const std::string protocol : {"alternating", "mediated"}) {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
      ScenarioSpec spec = IncompatibleRedLines();
      spec.protocol.name = protocol;
      if (protocol == "mediated") spec.protocol.mediator = "neutral";
      spec.protocol.params["random_order"] = 1;
      if (protocol == "mediated") spec.protocol.params.clear();
      SetStrategy(spec, "ua", "hardliner");
      SetStrategy(spec, "ru", "hardliner");
      const Played played = Play(spec, seed);
      EXPECT_EQ(played.outcome().end, RunEnd::kDeadline) << protocol << " seed " << seed;
      for (int k = 0; k < played.state->num_offers(); ++k)
        EXPECT_FALSE(played.state->AllSignatoriesAccept(k)) << protocol << " offer " << k;
    }
  }
}

TEST(Bargaining, IncompatibleRedLinesHoldEvenForConceders) {
  ScenarioSpec spec = IncompatibleRedLines();
  SetStrategy(spec, "ua", "conceder", {{"exponent", 5}});
  SetStrategy(spec, "ru", "conceder", {{"exponent", 5}});
  ActorOf(spec, "ua").reservation = 0;
  ActorOf(spec, "ru").reservation = 0;
  const Played played = Play(spec);
  EXPECT_NE(played.outcome().end, RunEnd::kAgreement);
  EXPECT_GT(played.state->num_offers(), 0);
}

// ru holds out for land=cede army=500k (worth 1 to it, 0 to ua); ua concedes.
TEST(Bargaining, ConcederFacingHardlinerEndsAtTheHardlinersTerms) {
  for (const std::string conceder : {"conceder", "linear", "boulware", "opponent_model"}) {
    ScenarioSpec spec = LandArmySpec();
    SetStrategy(spec, "ru", "hardliner");
    SetStrategy(spec, "ua", conceder);
    ActorOf(spec, "ua").reservation = 0;  // the zone holds ru's best package
    const Played played = Play(spec);
    ASSERT_EQ(played.outcome().end, RunEnd::kAgreement) << conceder;
    const Scenario& s = played.setup->scenario();
    EXPECT_EQ(s.space().Describe(played.state->settled()), "land=cede army=500k") << conceder;
    EXPECT_DOUBLE_EQ(played.state->utilities(played.outcome().offer)[s.FindActor("ru")], 1.0);
  }
}

TEST(Bargaining, ConcederFacingHardlinerDoesNotAgreeWhenTheZoneExcludesItsTerms) {
  ScenarioSpec spec = LandArmySpec();
  SetStrategy(spec, "ru", "hardliner");
  SetStrategy(spec, "ua", "conceder");
  ActorOf(spec, "ua").reservation = 0.1;  // ru's terms are worth 0 to ua
  const Played played = Play(spec);
  EXPECT_EQ(played.outcome().end, RunEnd::kDeadline);
}

TEST(Bargaining, AnAgreementIsAPackageEverySignatoryAcceptsInThatRound) {
  ScenarioSpec spec = LandArmySpec();
  const Played played = Play(spec);
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);
  const RunState& state = *played.state;
  const Scenario& s = played.setup->scenario();
  const int offer = played.outcome().offer;
  EXPECT_EQ(state.offer(offer).round, played.outcome().round);
  for (int a : s.signatories()) {
    EXPECT_EQ(state.responses(offer)[a], Response::kAccept);
    EXPECT_TRUE(s.Acceptable(a, state.settled(), state.reservation(a)));
    EXPECT_GE(state.utilities(offer)[a], state.aspiration(a));
  }
  // No earlier offer was accepted by both (the run would have ended there).
  for (int k = 0; k < offer; ++k) EXPECT_FALSE(state.AllSignatoriesAccept(k));
}

TEST(Bargaining, LinearNegotiatorsAgreeWhenAProposalFirstReachesTheOthersAspiration) {
  // Both concede from 1 to 0.2 over rounds 0..19: aspiration 0.2 + 0.8 (1 - t/19). ru proposes
  // in even rounds. In round 12 (aspiration 0.4947) ru's nearest concession is worth 0.5 to it:
  // keep/500k, freeze/700k or cede/900k, and it offers the lowest index, keep/500k, worth 0.75
  // to ua. In round 11 ua had offered freeze/700k, worth 0.5 to ru, below ru's 0.5368.
  const Played played = Play(LandArmySpec());
  ASSERT_EQ(played.outcome().end, RunEnd::kAgreement);
  EXPECT_EQ(played.outcome().round, 12);
  const Scenario& s = played.setup->scenario();
  EXPECT_EQ(s.space().Describe(played.state->settled()), "land=keep army=500k");
  EXPECT_EQ(s.space().Describe(played.state->offer_options(11)), "land=freeze army=700k");
}

TEST(Bargaining, SameSeedSameTranscriptAndADifferentSeedCanChangeTheOrder) {
  ScenarioSpec spec = LandArmySpec();
  spec.actors.push_back(spec.actors[1]);
  spec.actors.back().id = "us";
  spec.actors.back().signatory = false;
  spec.protocol.params["random_order"] = 1;
  std::set<std::string> first_proposers;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const Played a = Play(spec, seed), b = Play(spec, seed);
    for (RunFormat format : {RunFormat::kText, RunFormat::kJson, RunFormat::kCsv})
      EXPECT_EQ(Output(*a.state, format, seed), Output(*b.state, format, seed));
    first_proposers.insert(ProposerName(*a.state, 0));
  }
  EXPECT_EQ(first_proposers.size(), 3u);  // every actor opens under some seed
}

}  // namespace
}  // namespace negsim::testing
