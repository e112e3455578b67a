// The example scenarios in scenarios/examples/ load, compile, and use every part of the format.
#include <gtest/gtest.h>

#include <set>

#include "scenarios/scenario_loader.h"

namespace negsim {
namespace {

const std::string kToy = NEGSIM_SOURCE_DIR "/scenarios/examples/toy.toml";
const std::string kWhatIf = NEGSIM_SOURCE_DIR "/scenarios/examples/toy-whatif.toml";

TEST(ExamplesTest, ToyUsesEveryPartOfTheFormat) {
  const auto scenario = LoadScenario(kToy);
  const ScenarioSpec& spec = scenario->spec();
  EXPECT_EQ(scenario->space().num_issues(), 3);
  EXPECT_EQ(scenario->num_actors(), 3);
  EXPECT_EQ(scenario->signatories().size(), 2u);
  EXPECT_TRUE(scenario->space().issue(1).numeric());
  EXPECT_EQ(scenario->space().issue(1).options.front(), "900000");

  const ActorSpec& russia = spec.actors[0];
  const ActorSpec& ukraine = spec.actors[1];
  ASSERT_EQ(ukraine.id, "ukraine");
  EXPECT_EQ(ukraine.values.at("army_cap").ideal, 900000);     // numeric ideal point
  EXPECT_EQ(russia.values.at("guarantees").ideal, 3);         // categorical ideal point
  EXPECT_EQ(ukraine.synergies.size(), 1u);
  std::set<RedLineKind> kinds;
  for (const ActorSpec& actor : spec.actors)
    for (const RedLineSpec& line : actor.red_lines) kinds.insert(line.kind);
  EXPECT_EQ(kinds.size(), 4u);
  EXPECT_EQ(ukraine.strategy->name, "boulware");
  EXPECT_EQ(ukraine.strategy->params.at("exponent"), 0.2);
  EXPECT_EQ(russia.strategy->name, "hardliner");
  EXPECT_EQ(scenario->influence().size(), 2u);
  // Territory is negotiated after guarantees.
  EXPECT_EQ(scenario->agenda_prerequisites()[0], std::vector<int>{2});
}

TEST(ExamplesTest, WhatIfChangesOnlyWhatItSays) {
  const auto base = LoadScenario(kToy);
  const auto whatif = LoadScenario(kWhatIf);
  const ScenarioSpec& spec = whatif->spec();
  EXPECT_EQ(spec.name, "toy-whatif");
  EXPECT_EQ(spec.date, base->spec().date);
  EXPECT_EQ(spec.protocol.name, "mediated");
  EXPECT_EQ(spec.protocol.mediator, "us");
  ASSERT_EQ(whatif->space().num_issues(), 4);
  EXPECT_EQ(whatif->space().issue(3).name, "sanctions");
  EXPECT_EQ(spec.actors[0].reservation, 0.3);
  const ActorSpec& ukraine = spec.actors[1];
  ASSERT_EQ(ukraine.red_lines.size(), 4u);
  EXPECT_EQ(ukraine.red_lines[3].name, "freeze-needs-guarantee");
  EXPECT_FALSE(ukraine.red_lines[3].active);
  EXPECT_EQ(whatif->red_lines().size(), base->red_lines().size() - 1);
  ASSERT_EQ(whatif->influence().size(), 1u);
  EXPECT_EQ(spec.where.at("actors.ukraine.red_lines[0].at_most").file, kToy);
  EXPECT_EQ(spec.where.at("actors.ukraine.red_lines[3].active").file, kWhatIf);
}

TEST(ExamplesTest, SetOverridesAnExample) {
  const Override overrides[] = {ParseOverride("actors.russia.red_lines[0].at_least=800000")};
  const auto scenario = LoadScenario(kToy, overrides);
  EXPECT_EQ(scenario->spec().actors[0].red_lines[0].bound, "800000");
  EXPECT_EQ(scenario->spec().where.at("actors.russia.red_lines[0].at_least").file,
            "--set actors.russia.red_lines[0].at_least=800000");
}

}  // namespace
}  // namespace negsim
