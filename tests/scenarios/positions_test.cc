// spec.where: a position for every key path read, under the key paths Compile() looks up,
// and the order and shape of what the loader fills in.
#include <gtest/gtest.h>

#include "scenarios/scenario_loader.h"
#include "tests/scenarios/scenario_files.h"

namespace negsim {
namespace {

constexpr const char* kScenario = R"(
[scenario]
name = "positions"
[protocol]
name = "mediated"
max_rounds = 10
mediator = "ukraine"
params = { step = 0.5 }
[[issues]]
name = "ceasefire"
options = ["now", "later"]
[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "de_facto", "russian"]
[[issues]]
name = "army_cap"
from = 900000
to = 400000
step = 100000
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 0.5, army_cap = 0.5 }
[actors.ukraine.values]
crimea = [1, 0.7, 0.2, 0]
army_cap = { ideal = 900000, loss = "linear" }
[[actors.ukraine.synergies]]
a = { crimea = "frozen" }
b = { army_cap = 800000 }
value = 0.1
[[actors.ukraine.red_lines]]
issue = "crimea"
at_most = "frozen"
[[actors.ukraine.red_lines]]
issue = "crimea"
forbid = ["russian", "de_facto"]
active = false
why = "never"
[[actors.ukraine.red_lines]]
name = "cap-needs-now"
if = { army_cap = [400000, "500000"] }
then = { ceasefire = ["now"] }
[actors.ukraine.strategy]
name = "boulware"
exponent = 0.2
[actors.europe]
signatory = false
reservation = 0.2
weights = { crimea = 1 }
values = { crimea = [1, 0.5, 0.2, 0] }
[[influence]]
from = "europe"
to = "ukraine"
weight = 0.2
kind = "weights"
[agenda]
crimea = ["ceasefire"]
)";

TEST(PositionsTest, EveryKeyPathReadHasItsPosition) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kScenario);
  const ScenarioSpec spec = LoadScenarioSpec(file);
  struct Expected {
    const char* key;
    int line;
    int column;
  };
  const Expected expected[] = {
      {"scenario", 1, 1},
      {"scenario.name", 2, 8},
      {"protocol.max_rounds", 5, 14},
      {"protocol.params.step", 7, 19},
      {"issues[1]", 11, 1},
      {"issues[1].options", 13, 11},
      {"issues[1].options[3]", 13, 47},
      {"issues[2].from", 16, 8},
      {"actors.ukraine", 19, 1},
      {"actors.ukraine.weights.crimea", 22, 22},
      {"actors.ukraine.values.crimea", 24, 10},
      {"actors.ukraine.values.crimea[2]", 24, 19},
      {"actors.ukraine.values.army_cap.ideal", 25, 22},
      {"actors.ukraine.synergies[0].a", 27, 5},
      {"actors.ukraine.synergies[0].a.crimea", 27, 16},
      {"actors.ukraine.red_lines[1]", 33, 1},
      {"actors.ukraine.red_lines[0].at_most", 32, 11},
      {"actors.ukraine.red_lines[1].forbid[1]", 35, 22},
      {"actors.ukraine.red_lines[2].if.army_cap[1]", 40, 28},
      {"actors.ukraine.strategy.exponent", 44, 12},
      {"influence[0].from", 51, 8},
      {"agenda.crimea", 56, 10},
      {"agenda.crimea[0]", 56, 11},
  };
  for (const Expected& e : expected) {
    ASSERT_TRUE(spec.where.contains(e.key)) << e.key;
    const SourcePos& pos = spec.where.at(e.key);
    EXPECT_EQ(pos.file, file) << e.key;
    EXPECT_EQ(pos.line, e.line) << e.key;
    EXPECT_EQ(pos.column, e.column) << e.key;
  }
}

TEST(PositionsTest, SpecHoldsWhatTheFileSays) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kScenario);
  const ScenarioSpec spec = LoadScenarioSpec(file);
  EXPECT_EQ(spec.file, file);
  EXPECT_EQ(spec.protocol.name, "mediated");
  EXPECT_EQ(spec.protocol.mediator, "ukraine");
  EXPECT_EQ(spec.protocol.params.at("step"), 0.5);

  // Issues in file order, actors sorted by id.
  ASSERT_EQ(spec.issues.size(), 3u);
  EXPECT_EQ(spec.issues[0].name, "ceasefire");
  EXPECT_EQ(spec.issues[2].name, "army_cap");
  ASSERT_EQ(spec.actors.size(), 2u);
  EXPECT_EQ(spec.actors[0].id, "europe");
  EXPECT_EQ(spec.actors[1].id, "ukraine");

  const ActorSpec& ukraine = spec.actors[1];
  ASSERT_EQ(ukraine.synergies.size(), 1u);
  EXPECT_EQ(ukraine.synergies[0].b.issue, "army_cap");
  EXPECT_EQ(ukraine.synergies[0].b.option, "800000");  // a number names a level

  ASSERT_EQ(ukraine.red_lines.size(), 3u);
  const RedLineSpec& forbid = ukraine.red_lines[1];
  EXPECT_EQ(forbid.kind, RedLineKind::kForbid);
  EXPECT_EQ(forbid.options, (std::vector<std::string>{"russian", "de_facto"}));
  EXPECT_FALSE(forbid.active);  // inactive lines stay in the spec
  EXPECT_EQ(forbid.why, "never");
  EXPECT_EQ(forbid.key, "actors.ukraine.red_lines[1]");
  const RedLineSpec& if_then = ukraine.red_lines[2];
  EXPECT_EQ(if_then.kind, RedLineKind::kIfThen);
  EXPECT_EQ(if_then.name, "cap-needs-now");
  EXPECT_EQ(if_then.issue, "army_cap");
  EXPECT_EQ(if_then.options, (std::vector<std::string>{"400000", "500000"}));
  EXPECT_EQ(if_then.then_issue, "ceasefire");
  EXPECT_EQ(if_then.then_options, std::vector<std::string>{"now"});

  ASSERT_TRUE(ukraine.strategy.has_value());
  EXPECT_EQ(ukraine.strategy->name, "boulware");
  EXPECT_EQ(ukraine.strategy->params.at("exponent"), 0.2);
  EXPECT_EQ(spec.influence[0].kind, "weights");
  EXPECT_EQ(spec.agenda.at("crimea"), std::vector<std::string>{"ceasefire"});

  const auto scenario = LoadScenario(file);
  EXPECT_EQ(scenario->red_lines().size(), 2u);  // the inactive line is not compiled
}

TEST(PositionsTest, CompileErrorInsideAnIfThenLineUsesTheConditionsPosition) {
  ScenarioFiles files;
  std::string text = kScenario;
  const std::string then = "then = { ceasefire = [\"now\"] }";
  text.replace(text.find(then), then.size(), "then = { ceasefire = [\"nw\"] }");
  const std::string file = files.Write("s.toml", text);
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 41, 8, "actors.ukraine.red_lines[2].then[0]");
  EXPECT_EQ(error.fix(), "did you mean 'now'?");
}

}  // namespace
}  // namespace negsim
