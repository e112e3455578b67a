// --set PATH=VALUE: parsing, applying to tables and array elements, and errors positioned at
// the override ("--set PATH=VALUE", line 0).
#include <gtest/gtest.h>

#include <vector>

#include "scenarios/scenario_loader.h"
#include "tests/scenarios/scenario_files.h"
#include "tests/scenarios/two_issue_scenario.h"

namespace negsim {
namespace {

std::vector<Override> Parse(std::initializer_list<const char*> args) {
  std::vector<Override> overrides;
  for (const char* arg : args) overrides.push_back(ParseOverride(arg));
  return overrides;
}

TEST(OverrideTest, ParseSplitsAtTheFirstEquals) {
  const Override o = ParseOverride("scenario.description=\"a=b\"");
  EXPECT_EQ(o.path, "scenario.description");
  EXPECT_EQ(o.value, "\"a=b\"");
}

TEST(OverrideTest, SetsNumbersWordsStringsAndArrayElements) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const std::vector<Override> overrides =
      Parse({"protocol.max_rounds=30", "actors.ukraine.red_lines[0].at_most=de_facto",
             "actors.ukraine.weights.army_cap=0.5", "scenario.name=\"two words\"",
             "actors.ukraine.values.army_cap=[1, 0.8, 0.6, 0.4, 0.2, 0]",
             "protocol.params.step=0.25"});
  const ScenarioSpec spec = LoadScenarioSpec(file, overrides);
  EXPECT_EQ(spec.protocol.max_rounds, 30);
  EXPECT_EQ(spec.actors[1].red_lines[0].bound, "de_facto");  // a bare word is a string
  EXPECT_EQ(spec.actors[1].weights.at("army_cap"), 0.5);     // a new key in a table
  EXPECT_EQ(spec.actors[1].weights.at("crimea"), 1.0);
  EXPECT_EQ(spec.name, "two words");
  EXPECT_EQ(spec.actors[1].values.at("army_cap").values.size(), 6u);
  EXPECT_EQ(spec.protocol.params.at("step"), 0.25);  // a missing table is created

  // Positions of overridden values name the override, with no line.
  const SourcePos& pos = spec.where.at("protocol.max_rounds");
  EXPECT_EQ(pos.file, "--set protocol.max_rounds=30");
  EXPECT_EQ(pos.line, 0);
  EXPECT_EQ(spec.where.at("actors.ukraine.values.army_cap[2]").file,
            "--set actors.ukraine.values.army_cap=[1, 0.8, 0.6, 0.4, 0.2, 0]");
  EXPECT_EQ(spec.where.at("actors.ukraine.reservation").file, file);

  LoadScenario(file, overrides);  // and the result compiles
}

TEST(OverrideTest, NumberNamesALevelOfANumericIssue) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const ScenarioSpec spec =
      LoadScenarioSpec(file, Parse({"actors.russia.red_lines[0].at_least=600000"}));
  EXPECT_EQ(spec.actors[0].red_lines[0].bound, "600000");
}

TEST(OverrideTest, LaterOverridesWin) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const ScenarioSpec spec = LoadScenarioSpec(
      file, Parse({"actors.russia.reservation=0.1", "actors.russia.reservation=0.2"}));
  EXPECT_EQ(spec.actors[0].reservation, 0.2);
}

TEST(OverrideTest, UnknownKeyIsAnErrorWithASuggestion) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const InputError error = CatchInputError(
      [&] { LoadScenarioSpec(file, Parse({"actors.ukraine.reservaton=0.4"})); });
  ExpectAt(error, "--set actors.ukraine.reservaton=0.4", 0, 0, "actors.ukraine.reservaton");
  EXPECT_EQ(error.problem(), "unknown key 'reservaton' in actors.ukraine");
  EXPECT_EQ(error.fix(), "did you mean 'reservation'?");
  EXPECT_EQ(std::string(error.what()),
            "--set actors.ukraine.reservaton=0.4: actors.ukraine.reservaton: unknown key "
            "'reservaton' in actors.ukraine; did you mean 'reservation'?");
}

TEST(OverrideTest, UnknownActorIsAnErrorWithASuggestion) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const InputError error = CatchInputError(
      [&] { LoadScenarioSpec(file, Parse({"actors.ukrain.reservation=0.4"})); });
  ExpectAt(error, "--set actors.ukrain.reservation=0.4", 0, 0, "actors.ukrain");
  EXPECT_EQ(error.problem(), "no actor 'ukrain' to change");
  EXPECT_EQ(error.fix(), "did you mean 'ukraine'?");
}

TEST(OverrideTest, IndexOutOfRangeIsAnError) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const InputError error = CatchInputError(
      [&] { LoadScenarioSpec(file, Parse({"actors.ukraine.red_lines[1].at_most=frozen"})); });
  ExpectAt(error, "--set actors.ukraine.red_lines[1].at_most=frozen", 0, 0,
           "actors.ukraine.red_lines[1]");
  EXPECT_EQ(error.problem(),
            "index 1 is out of range: actors.ukraine.red_lines has 1 element");
  EXPECT_EQ(error.fix(), "use an index from 0 to 0");
}

TEST(OverrideTest, PathThroughAValueIsAnError) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  InputError error = CatchInputError(
      [&] { LoadScenarioSpec(file, Parse({"actors.ukraine.reservation.low=0.4"})); });
  ExpectAt(error, "--set actors.ukraine.reservation.low=0.4", 0, 0,
           "actors.ukraine.reservation.low");
  EXPECT_EQ(error.problem(),
            "actors.ukraine.reservation is a float, not a table, so it has no key 'low'");

  error = CatchInputError([&] { LoadScenarioSpec(file, Parse({"scenario[0]=1"})); });
  EXPECT_EQ(error.problem(), "scenario is a table, not an array") << error.what();
}

TEST(OverrideTest, WrongTypeInAnOverrideIsReportedAtTheOverride) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const InputError error =
      CatchInputError([&] { LoadScenarioSpec(file, Parse({"protocol.max_rounds=soon"})); });
  ExpectAt(error, "--set protocol.max_rounds=soon", 0, 0, "protocol.max_rounds");
  EXPECT_EQ(error.problem(), "expected an integer, found a string");
}

TEST(OverrideTest, CompileErrorInAnOverriddenValueNamesTheOverride) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const InputError error =
      CatchInputError([&] { LoadScenario(file, Parse({"actors.ukraine.reservation=1.5"})); });
  ExpectAt(error, "--set actors.ukraine.reservation=1.5", 0, 0, "actors.ukraine.reservation");
  EXPECT_NE(error.problem().find("outside [0,1]"), std::string::npos) << error.what();
}

TEST(OverrideTest, ExtendsCannotBeSet) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", kTwoIssueScenario);
  const InputError error =
      CatchInputError([&] { LoadScenarioSpec(file, Parse({"extends=other.toml"})); });
  ExpectAt(error, "--set extends=other.toml", 0, 0, "extends");
}

TEST(OverrideTest, MalformedOverridesAreRejectedBeforeLoading) {
  struct Case {
    const char* arg;
    const char* problem;
  };
  const Case cases[] = {
      {"protocol.max_rounds", "expected PATH=VALUE, found no '='"},
      {"=3", "the key path is empty"},
      {"a..b=1", "expected a key at character 3 of the path"},
      {"a.b[x]=1", "expected [n] with a whole number n at character 5"},
      {"a b=1", "unexpected ' ' at character 2"},
      {"a.b=", "VALUE '' is not a TOML value"},
      {"a.b=[1,", "VALUE '[1,' is not a TOML value"},
      {"a.b=two words", "VALUE 'two words' is not a TOML value"},
  };
  for (const Case& c : cases) {
    const InputError error = CatchInputError([&] { ParseOverride(c.arg); });
    EXPECT_EQ(error.pos().file, std::string("--set ") + c.arg);
    EXPECT_EQ(error.pos().line, 0);
    EXPECT_TRUE(error.problem().starts_with(c.problem)) << error.what();
    EXPECT_FALSE(error.fix().empty()) << error.what();
  }
}

}  // namespace
}  // namespace negsim
