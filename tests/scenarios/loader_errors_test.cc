// One test per class of bad input: each asserts that the error names file, line, column and
// key path, and says what is wrong and how to fix it.
#include <gtest/gtest.h>

#include "scenarios/scenario_loader.h"
#include "tests/scenarios/scenario_files.h"

namespace negsim {
namespace {

TEST(LoaderErrorsTest, TomlSyntaxErrorGivesLineAndColumn) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"
options = ["a" "b"]
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 3, 16, "");
  EXPECT_NE(error.problem().find("TOML syntax error"), std::string::npos) << error.what();
  EXPECT_FALSE(error.fix().empty());
}

TEST(LoaderErrorsTest, MisspeltKeySuggestsTheRightOne) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"

[actors.russia]
signatory = true
reservation = 0.3
weigths = { crimea = 1 }
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 7, 1, "actors.russia.weigths");
  EXPECT_EQ(error.problem(), "unknown key 'weigths' in actors.russia");
  EXPECT_EQ(error.fix(), "did you mean 'weights'?");
  EXPECT_EQ(std::string(error.what()),
            file + ":7:1: actors.russia.weigths: unknown key 'weigths' in actors.russia; "
                   "did you mean 'weights'?");
}

TEST(LoaderErrorsTest, UnknownKeyWithoutCloseMatchListsTheValidKeys) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"
colour = "red"
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 3, 1, "scenario.colour");
  EXPECT_EQ(error.fix(), "expected one of: name, date, description, sources");
}

TEST(LoaderErrorsTest, UnknownTopLevelKey) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"
[actor.russia]
signatory = true
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 3, 2, "actor");
  EXPECT_EQ(error.problem(), "unknown key 'actor' in the top level");
  EXPECT_EQ(error.fix(), "did you mean 'actors'?");
}

TEST(LoaderErrorsTest, WrongTypeNamesExpectedAndFound) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"
[actors.ukraine]
signatory = true
reservation = "high"
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 5, 15, "actors.ukraine.reservation");
  EXPECT_EQ(error.problem(), "expected a number, found a string");
  EXPECT_NE(error.fix().find("without quotes"), std::string::npos);
}

TEST(LoaderErrorsTest, IntegersAreNumbersButFloatsAreNotIntegers) {
  ScenarioFiles files;
  const std::string good = files.Write("good.toml", R"(
[scenario]
name = "t"
[protocol]
max_rounds = 60
[actors.ukraine]
signatory = true
reservation = 0
weights = { crimea = 2 }
)");
  const ScenarioSpec spec = LoadScenarioSpec(good);
  EXPECT_EQ(spec.protocol.max_rounds, 60);
  EXPECT_EQ(spec.actors[0].reservation, 0.0);
  EXPECT_EQ(spec.actors[0].weights.at("crimea"), 2.0);

  const std::string bad = files.Write("bad.toml", R"(
[scenario]
name = "t"
[protocol]
max_rounds = 60.0
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(bad); });
  ExpectAt(error, bad, 4, 14, "protocol.max_rounds");
  EXPECT_EQ(error.problem(), "expected an integer, found a float");
}

TEST(LoaderErrorsTest, NonFiniteNumberIsRejected) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"
[actors.ukraine]
signatory = true
reservation = nan
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 5, 15, "actors.ukraine.reservation");
  EXPECT_EQ(error.problem(), "expected a finite number, found nan");
}

TEST(LoaderErrorsTest, MissingRequiredKeyPointsAtItsTable) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[scenario]
name = "t"

[actors.ukraine]
reservation = 0.3
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 4, 1, "actors.ukraine.signatory");
  EXPECT_EQ(error.problem(), "missing required key 'signatory' in actors.ukraine");
  EXPECT_EQ(error.fix(), "add signatory = true");
}

TEST(LoaderErrorsTest, MissingScenarioTable) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", R"(
[protocol]
max_rounds = 3
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 1, 1, "scenario");
  EXPECT_EQ(error.problem(), "missing required key 'scenario' in the top level");
}

// The scenario the Compile-time error tests below vary: one issue, two actors.
constexpr const char* kHeader = R"(
[scenario]
name = "t"

[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "russian"]
)";

TEST(LoaderErrorsTest, NegativeWeightIsReportedAtTheWeight) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = -0.5 }
values = { crimea = [1, 0.5, 0] }
)");
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 11, 22, "actors.ukraine.weights.crimea");
  EXPECT_NE(error.problem().find("must be >= 0"), std::string::npos) << error.what();
}

TEST(LoaderErrorsTest, ValueOutsideUnitIntervalIsReportedAtTheElement) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 1.5, 0] }
)");
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 12, 25, "actors.ukraine.values.crimea[1]");
  EXPECT_NE(error.problem().find("outside [0,1]"), std::string::npos) << error.what();
}

TEST(LoaderErrorsTest, UnknownOptionOfAnIdealPointSuggestsOne) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = { ideal = "ukranian" } }
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 12, 31, "actors.ukraine.values.crimea.ideal");
  EXPECT_EQ(error.problem(), "issue 'crimea' has no option 'ukranian'");
  EXPECT_EQ(error.fix(), "did you mean 'ukrainian'?");
}

TEST(LoaderErrorsTest, UnknownOptionOfARedLineSuggestsOne) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0.5, 0] }
[[actors.ukraine.red_lines]]
issue = "crimea"
at_most = "frozn"
)");
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 15, 11, "actors.ukraine.red_lines[0].at_most");
  EXPECT_EQ(error.fix(), "did you mean 'frozen'?");
}

TEST(LoaderErrorsTest, CategoricalIdealMustBeAnOptionName) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
values = { crimea = { ideal = 1, loss = "linear" } }
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 11, 31, "actors.ukraine.values.crimea.ideal");
  EXPECT_EQ(error.problem(),
            "expected an option name of categorical issue 'crimea', found an integer");
}

TEST(LoaderErrorsTest, UnknownLossSuggestsOne) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
values = { crimea = { ideal = "frozen", loss = "quadratik" } }
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 11, 48, "actors.ukraine.values.crimea.loss");
  EXPECT_EQ(error.fix(), "did you mean 'quadratic'?");
}

TEST(LoaderErrorsTest, UnknownActorInInfluenceSuggestsOne) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0.5, 0] }
[actors.europe]
signatory = false
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0.5, 0] }

[[influence]]
from = "europa"
to = "ukraine"
weight = 0.2
)");
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 20, 8, "influence[0].from");
  EXPECT_EQ(error.problem(), "no actor named 'europa'");
  EXPECT_EQ(error.fix(), "did you mean 'europe'?");
}

TEST(LoaderErrorsTest, RedLineNamingAMissingIssue) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0.5, 0] }
[[actors.ukraine.red_lines]]
issue = "crimee"
forbid = ["russian"]
)");
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 14, 9, "actors.ukraine.red_lines[0].issue");
  EXPECT_EQ(error.problem(), "no issue named 'crimee'");
  EXPECT_EQ(error.fix(), "did you mean 'crimea'?");
}

TEST(LoaderErrorsTest, RedLineNeedsExactlyOneRule) {
  ScenarioFiles files;
  const std::string none = files.Write("none.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
[[actors.ukraine.red_lines]]
issue = "crimea"
)");
  InputError error = CatchInputError([&] { LoadScenarioSpec(none); });
  ExpectAt(error, none, 11, 1, "actors.ukraine.red_lines[0]");
  EXPECT_EQ(error.problem(), "the red line has no rule");

  const std::string two = files.Write("two.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
[[actors.ukraine.red_lines]]
issue = "crimea"
at_most = "frozen"
forbid = ["russian"]
)");
  error = CatchInputError([&] { LoadScenarioSpec(two); });
  ExpectAt(error, two, 14, 10, "actors.ukraine.red_lines[0].forbid");
  EXPECT_EQ(error.problem(), "a red line has one rule, but this one has both at_most and forbid");
}

TEST(LoaderErrorsTest, IfThenRedLineNeedsOneIssueOnEachSide) {
  ScenarioFiles files;
  const std::string file = files.Write("bad.toml", std::string(kHeader) + R"(
[actors.ukraine]
signatory = true
reservation = 0.3
[[actors.ukraine.red_lines]]
if = { crimea = ["frozen"], nato = ["ban"] }
then = { crimea = ["frozen"] }
)");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 12, 6, "actors.ukraine.red_lines[0].if");
  EXPECT_EQ(error.problem(), "expected one issue, found 2");
}

TEST(LoaderErrorsTest, MissingFile) {
  const InputError error =
      CatchInputError([&] { LoadScenarioSpec("/nonexistent/negsim/scenario.toml"); });
  ExpectAt(error, "/nonexistent/negsim/scenario.toml", 0, 0, "");
  EXPECT_EQ(error.problem(), "cannot read the file");
}

}  // namespace
}  // namespace negsim
