// Numeric issues: options generated from `from` toward `to` by `step`, named by level, and
// ideal points on them.
#include <gtest/gtest.h>

#include "scenarios/scenario_loader.h"
#include "tests/scenarios/scenario_files.h"

namespace negsim {
namespace {

std::string WithIssue(const std::string& issue_lines) {
  return "[scenario]\nname = \"t\"\n[[issues]]\nname = \"x\"\n" + issue_lines;
}

TEST(NumericIssueTest, LevelsRunFromTowardToWithBothEndsIncluded) {
  ScenarioFiles files;
  const std::string file = files.Write(
      "s.toml", WithIssue("from = 900000\nto = 400000\nstep = 50000\nunit = \"troops\"\n"));
  const ScenarioSpec spec = LoadScenarioSpec(file);
  const IssueSpec& issue = spec.issues[0];
  ASSERT_EQ(issue.options.size(), 11u);
  EXPECT_EQ(issue.options.front(), "900000");
  EXPECT_EQ(issue.options[6], "600000");
  EXPECT_EQ(issue.options.back(), "400000");
  EXPECT_EQ(issue.levels[1], 850000);
  EXPECT_EQ(issue.levels.back(), 400000);
  EXPECT_EQ(issue.unit, "troops");
}

TEST(NumericIssueTest, FractionalStepsGiveCleanLevelNames) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", WithIssue("from = 0\nto = 1\nstep = 0.1\n"));
  const IssueSpec issue = LoadScenarioSpec(file).issues[0];
  ASSERT_EQ(issue.options.size(), 11u);
  EXPECT_EQ(issue.options[3], "0.3");
  EXPECT_EQ(issue.levels[3], 0.3);
  EXPECT_EQ(issue.options[7], "0.7");
  EXPECT_EQ(issue.options.back(), "1");
}

TEST(NumericIssueTest, EqualEndsGiveOneLevel) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", WithIssue("from = 5\nto = 5\nstep = 1\n"));
  EXPECT_EQ(LoadScenarioSpec(file).issues[0].options, std::vector<std::string>{"5"});
}

TEST(NumericIssueTest, ToNotReachedByStepsIsAnErrorSuggestingAReachableEnd) {
  ScenarioFiles files;
  const std::string file =
      files.Write("s.toml", WithIssue("from = 900000\nto = 420000\nstep = 50000\n"));
  const InputError error = CatchInputError([&] { LoadScenarioSpec(file); });
  ExpectAt(error, file, 6, 6, "issues[0].to");
  EXPECT_EQ(error.problem(), "to = 420000 is not reached from 900000 in steps of 50000");
  EXPECT_EQ(error.fix(), "make to - from a multiple of step, e.g. to = 450000");
}

TEST(NumericIssueTest, StepMustBePositiveAndNotTooSmall) {
  ScenarioFiles files;
  const std::string zero = files.Write("zero.toml", WithIssue("from = 0\nto = 1\nstep = 0\n"));
  InputError error = CatchInputError([&] { LoadScenarioSpec(zero); });
  ExpectAt(error, zero, 7, 8, "issues[0].step");
  EXPECT_EQ(error.problem(), "step is 0; it must be > 0");

  const std::string tiny = files.Write("tiny.toml", WithIssue("from = 0\nto = 1\nstep = 1e-9\n"));
  error = CatchInputError([&] { LoadScenarioSpec(tiny); });
  ExpectAt(error, tiny, 7, 8, "issues[0].step");
  EXPECT_NE(error.problem().find("more than 255 options"), std::string::npos) << error.what();
}

TEST(NumericIssueTest, RangeNeedsAllThreeKeysAndExcludesOptions) {
  ScenarioFiles files;
  const std::string partial = files.Write("partial.toml", WithIssue("from = 0\nto = 1\n"));
  InputError error = CatchInputError([&] { LoadScenarioSpec(partial); });
  ExpectAt(error, partial, 3, 1, "issues[0].step");
  EXPECT_EQ(error.problem(), "missing required key 'step' in issues[0]");

  const std::string both =
      files.Write("both.toml", WithIssue("options = [\"a\"]\nfrom = 0\nto = 1\nstep = 1\n"));
  error = CatchInputError([&] { LoadScenarioSpec(both); });
  ExpectAt(error, both, 6, 8, "issues[0].from");
  EXPECT_EQ(error.problem(), "issue 'x' has options, so it cannot also have from");

  const std::string neither = files.Write("neither.toml", WithIssue("unit = \"km\"\n"));
  error = CatchInputError([&] { LoadScenarioSpec(neither); });
  ExpectAt(error, neither, 3, 1, "issues[0]");
  EXPECT_EQ(error.problem(), "issue 'x' has no options");
}

TEST(NumericIssueTest, IdealPointIsALevelGivenAsNumberOrName) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", R"(
[scenario]
name = "t"
[[issues]]
name = "army_cap"
from = 900000
to = 400000
step = 100000
[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "russian"]
[actors.a]
signatory = true
reservation = 0.3
weights = { army_cap = 1, crimea = 1 }
values = { army_cap = { ideal = 650000, loss = "quadratic" }, crimea = { ideal = "frozen" } }
[actors.b]
signatory = true
reservation = 0.3
weights = { army_cap = 1 }
values = { army_cap = { ideal = "600000" } }
)");
  const ScenarioSpec spec = LoadScenarioSpec(file);
  const ValueSpec& a_cap = spec.actors[0].values.at("army_cap");
  EXPECT_EQ(a_cap.ideal, 650000);
  EXPECT_EQ(a_cap.loss, Loss::kQuadratic);
  EXPECT_TRUE(a_cap.values.empty());
  EXPECT_EQ(spec.actors[0].values.at("crimea").ideal, 1);  // categorical: the option index
  EXPECT_EQ(spec.actors[0].values.at("crimea").loss, Loss::kLinear);
  EXPECT_EQ(spec.actors[1].values.at("army_cap").ideal, 600000);

  // Compiled, the ideal point becomes one value per level: 1 at the ideal, 0 farthest away.
  const auto scenario = LoadScenario(file);
  EXPECT_EQ(scenario->value(1, 0, 3), 1.0);   // 600000
  EXPECT_EQ(scenario->value(1, 0, 0), 0.0);   // 900000, the farthest level
  EXPECT_EQ(scenario->value(0, 1, 1), 1.0);   // crimea = frozen
}

TEST(NumericIssueTest, IdealOfAnUnknownIssueIsLeftToCompile) {
  ScenarioFiles files;
  const std::string file = files.Write("s.toml", R"(
[scenario]
name = "t"
[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "russian"]
[actors.a]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0.5, 0], crimae = { ideal = "frozen" } }
)");
  const InputError error = CatchInputError([&] { LoadScenario(file); });
  ExpectAt(error, file, 10, 43, "actors.a.values.crimae");
  EXPECT_EQ(error.problem(), "no issue named 'crimae'");
  EXPECT_EQ(error.fix(), "did you mean 'crimea'?");
}

}  // namespace
}  // namespace negsim
