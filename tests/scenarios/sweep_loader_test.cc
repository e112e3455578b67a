// The sweep file loader: what it reads, that a run's fast path (a value written straight into
// the spec) gives the scenario the same --set gives, and its errors, positioned in the sweep
// file with suggestions.
#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <string>

#include "scenarios/scenario_loader.h"
#include "scenarios/scenario_writer.h"
#include "scenarios/sweep_loader.h"
#include "tests/scenarios/scenario_files.h"
#include "tests/scenarios/two_issue_scenario.h"

namespace negsim {
namespace {

// A sweep over scenario.toml whose [sweep] table ends at line 5; `rest` starts at line 6.
std::string Sweep(const std::string& rest, const std::string& extra_sweep_keys = "") {
  return "[sweep]\nname = \"s\"\nscenario = \"scenario.toml\"\nanalysis = \"zone\"\n" +
         std::string(extra_sweep_keys.empty() ? "seed = 1\n" : extra_sweep_keys) + rest;
}

class SweepLoaderTest : public ::testing::Test {
 protected:
  SweepLoaderTest() { files_.Write("scenario.toml", kTwoIssueScenario); }

  SweepJob Load(const std::string& text) {
    return LoadSweep(files_.Write("sweep.toml", text), RunRegistries{});
  }
  InputError Error(const std::string& text) {
    return CatchInputError([&] { Load(text); });
  }
  std::string SweepPath() const { return files_.Path("sweep.toml"); }

  ScenarioFiles files_;
};

TEST_F(SweepLoaderTest, ReadsGridsRangesAndDraws) {
  const SweepJob job = Load(Sweep(R"(samples = 7
[[grid]]
path = "actors.ukraine.reservation"
from = 0.1
to = 0.5
step = 0.1
[[grid]]
path = "actors.ukraine.red_lines[0].at_most"
from = "de_facto"
to = "ukrainian"
[[grid]]
path = "actors.russia.red_lines[0].at_least"
values = [600000, "500000"]
[[monte_carlo]]
path = "actors.russia.reservation"
distribution = "triangular"
min = 0.2
mode = 0.3
max = 0.6
)",
                                  "seed = 99\n"));
  EXPECT_EQ(job.name, "s");
  EXPECT_EQ(job.analysis, SweepAnalysis::kZone);
  EXPECT_EQ(job.plan.seed, 99u);
  EXPECT_EQ(job.plan.samples, 7u);
  ASSERT_EQ(job.plan.parameters.size(), 4u);
  const SweepParameter& reservation = job.plan.parameters[0];
  EXPECT_EQ(reservation.path, "actors.ukraine.reservation");
  EXPECT_EQ(reservation.kind, ValueKind::kNumber);
  // Snapped like numeric issue levels: exactly the doubles the decimals name.
  EXPECT_EQ(reservation.grid, (std::vector<double>{0.1, 0.2, 0.3, 0.4, 0.5}));
  const SweepParameter& bound = job.plan.parameters[1];
  EXPECT_EQ(bound.kind, ValueKind::kOption);
  EXPECT_EQ(bound.grid, (std::vector<double>{2, 1, 0}));
  EXPECT_EQ(bound.Format(2), "de_facto");
  EXPECT_EQ(job.plan.parameters[2].grid, (std::vector<double>{3, 4}));
  EXPECT_EQ(job.plan.parameters[2].Format(3), "600000");
  const SweepParameter& drawn = job.plan.parameters[3];
  EXPECT_TRUE(drawn.monte_carlo());
  EXPECT_EQ(drawn.draw.distribution, Distribution::kTriangular);
  EXPECT_EQ(drawn.draw.mode, 0.3);
  EXPECT_EQ(job.plan.num_runs(), 5u * 3 * 2 * 7);
}

TEST_F(SweepLoaderTest, IdentityFollowsTheBaseScenarioAndThePlan) {
  const std::string sweep = Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\n"
                                  "values = [0.2, 0.3]\n");
  const std::string first = Load(sweep).identity;
  EXPECT_EQ(Load(sweep).identity, first);
  EXPECT_NE(Load(Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\n"
                       "values = [0.2, 0.35]\n"))
                .identity,
            first);
  std::string changed = kTwoIssueScenario;
  changed.replace(changed.find("reservation = 0.4"), 17, "reservation = 0.45");
  files_.Write("scenario.toml", changed);
  EXPECT_NE(Load(sweep).identity, first);
}

// Every kind of sweepable field, on the bundled toy scenario: the value written straight into
// the spec compiles to the scenario that the same --set gives.
struct FastPathCase {
  const char* path;
  const char* value;
};

// Shown by GoogleTest in failure messages and --gtest_list_tests.
void PrintTo(const FastPathCase& c, std::ostream* out) { *out << c.path << " = " << c.value; }

// The test's name: the path with every run of other characters turned into one '_'
// ("actors_ukraine_values_territory_1").
std::string FastPathName(const ::testing::TestParamInfo<FastPathCase>& info) {
  std::string name;
  for (const char* c = info.param.path; *c != '\0'; ++c) {
    if (std::isalnum(static_cast<unsigned char>(*c)))
      name += *c;
    else if (!name.empty() && name.back() != '_')
      name += '_';
  }
  if (name.ends_with('_')) name.pop_back();
  return name;
}

class SweepFastPathTest : public ::testing::TestWithParam<FastPathCase> {};

TEST_P(SweepFastPathTest, GivesTheScenarioTheSameSetGives) {
  const ScenarioFiles files;
  const std::string toy = std::string(NEGSIM_SOURCE_DIR) + "/scenarios/examples/toy.toml";
  const std::string file = files.Write(
      "sweep.toml", "[sweep]\nname = \"s\"\nscenario = \"" + toy +
                        "\"\nanalysis = \"zone\"\n[[grid]]\npath = \"" + GetParam().path +
                        "\"\nvalues = [" + GetParam().value + "]\n");
  const SweepJob job = LoadSweep(file, RunRegistries{});
  ASSERT_EQ(job.plan.parameters.size(), 1u);
  ScenarioSpec spec = job.base;
  ApplyField(spec, job.plan.parameters[0].field, job.plan.parameters[0].grid[0]);
  const std::string fast = WriteNormalisedToml(*Compile(spec));
  std::string value = GetParam().value;
  const std::string set = WriteNormalisedToml(
      *LoadScenario(toy, std::vector<Override>{Override{GetParam().path, value}}));
  EXPECT_EQ(fast, set);
  EXPECT_NE(fast, WriteNormalisedToml(*job.scenario)) << "the value changed nothing";
}

INSTANTIATE_TEST_SUITE_P(
    EveryFieldKind, SweepFastPathTest,
    ::testing::Values(FastPathCase{"actors.ukraine.reservation", "0.31"},
                      FastPathCase{"actors.ukraine.reservation_drift", "-0.01"},
                      FastPathCase{"actors.us.capability", "0.7"},
                      FastPathCase{"actors.russia.weights.guarantees", "0.4"},
                      FastPathCase{"actors.ukraine.values.territory[1]", "0.55"},
                      FastPathCase{"actors.ukraine.values.army_cap.ideal", "800000"},
                      FastPathCase{"actors.russia.values.guarantees.ideal", "\"coalition\""},
                      FastPathCase{"actors.ukraine.red_lines[0].at_most", "\"recognised_line\""},
                      FastPathCase{"actors.russia.red_lines[0].at_least", "600000"},
                      FastPathCase{"actors.ukraine.synergies[0].value", "0.2"},
                      FastPathCase{"actors.ukraine.strategy.exponent", "0.5"},
                      FastPathCase{"protocol.max_rounds", "25"},
                      FastPathCase{"protocol.params.step", "0.3"},
                      FastPathCase{"influence[1].weight", "0.3"}),
    FastPathName);

TEST_F(SweepLoaderTest, MisspeltFieldIsPositionedAtThePathWithASuggestion) {
  const InputError e = Error(Sweep("[[grid]]\npath = \"actors.ukraine.reservaton\"\n"
                                   "values = [0.2]\n"));
  ExpectAt(e, SweepPath(), 7, 8, "grid[0].path");
  EXPECT_NE(e.fix().find("did you mean 'reservation'"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, UnknownActorAndIssueSuggestTheClosestName) {
  InputError e = Error(Sweep("[[grid]]\npath = \"actors.ukrane.reservation\"\nvalues = [0.2]\n"));
  EXPECT_NE(e.fix().find("did you mean 'ukraine'"), std::string::npos) << e.what();
  e = Error(Sweep("[[grid]]\npath = \"actors.russia.weights.crimae\"\nvalues = [0.2]\n"));
  EXPECT_NE(e.fix().find("did you mean 'crimea'"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, PathsThatAreNoNumberOrRedLineBoundAreRefused) {
  for (const char* path : {"scenario.name", "actors.ukraine.signatory", "issues[0].options",
                           "actors.ukraine.weights"}) {
    const InputError e = Error(Sweep("[[grid]]\npath = \"" + std::string(path) +
                                     "\"\nvalues = [1]\n"));
    EXPECT_NE(e.problem().find("not a parameter a sweep can vary"), std::string::npos)
        << path << ": " << e.what();
  }
}

TEST_F(SweepLoaderTest, RedLineIndexAndBoundMustExist) {
  InputError e =
      Error(Sweep("[[grid]]\npath = \"actors.ukraine.red_lines[3].at_most\"\nvalues = [\"x\"]\n"));
  EXPECT_NE(e.problem().find("out of range"), std::string::npos) << e.what();
  e = Error(Sweep(
      "[[grid]]\npath = \"actors.ukraine.red_lines[0].at_least\"\nvalues = [\"frozen\"]\n"));
  EXPECT_NE(e.fix().find("actors.ukraine.red_lines[0].at_most"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, AValueTheScenarioRejectsIsPositionedAtThatValue) {
  const InputError e = Error(Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\n"
                                   "values = [0.3,\n  1.5]\n"));
  ExpectAt(e, SweepPath(), 9, 3, "actors.ukraine.reservation");
  EXPECT_NE(e.problem().find("outside [0,1]"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, AnUnknownOptionSuggestsTheClosestOne) {
  const InputError e = Error(Sweep(
      "[[grid]]\npath = \"actors.ukraine.red_lines[0].at_most\"\nvalues = [\"de_fatco\"]\n"));
  ExpectAt(e, SweepPath(), 8, 11, "grid[0].values[0]");
  EXPECT_NE(e.fix().find("did you mean 'de_facto'"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, DistributionsAreCheckedByName) {
  InputError e = Error(Sweep("[[monte_carlo]]\npath = \"actors.ukraine.reservation\"\n"
                             "distribution = \"unifrom\"\nmin = 0.1\nmax = 0.5\n"));
  EXPECT_NE(e.fix().find("did you mean 'uniform'"), std::string::npos) << e.what();
  e = Error(Sweep("[[monte_carlo]]\npath = \"actors.ukraine.reservation\"\n"
                  "distribution = \"uniform\"\nmin = 0.1\nmax = 0.5\nmean = 0.3\n"));
  ExpectAt(e, SweepPath(), 11, 8, "monte_carlo[0].mean");
  e = Error(Sweep("[[monte_carlo]]\npath = \"actors.ukraine.red_lines[0].at_most\"\n"
                  "distribution = \"uniform\"\nmin = 0.1\nmax = 0.5\n"));
  EXPECT_NE(e.problem().find("choice"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, ANormalWhoseBoundsHoldAlmostNothingIsRefused) {
  const InputError e = Error(Sweep("[[monte_carlo]]\npath = \"actors.ukraine.reservation\"\n"
                                   "distribution = \"normal\"\nmean = 0.1\nsd = 0.01\n"
                                   "min = 0.5\nmax = 0.9\n"));
  EXPECT_NE(e.problem().find("of this normal distribution's mass"), std::string::npos)
      << e.what();
}

TEST_F(SweepLoaderTest, MonteCarloNeedsASeed) {
  const InputError e = Error(Sweep("[[monte_carlo]]\npath = \"actors.ukraine.reservation\"\n"
                                   "distribution = \"uniform\"\nmin = 0.1\nmax = 0.5\n",
                                   "samples = 3\n"));
  EXPECT_NE(e.problem().find("missing required key 'seed'"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, UnknownSweepKeySuggestsTheClosestOne) {
  const InputError e = Error(Sweep("", "seed = 1\nsampels = 3\n"));
  ExpectAt(e, SweepPath(), 6, 1, "sweep.sampels");
  EXPECT_NE(e.fix().find("did you mean 'samples'"), std::string::npos) << e.what();
}

TEST_F(SweepLoaderTest, GridMistakesAreNamed) {
  EXPECT_NE(Error(Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\nfrom = 0.1\n"
                        "to = 0.45\nstep = 0.1\n"))
                .problem()
                .find("is not reached"),
            std::string::npos);
  EXPECT_NE(Error(Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\nvalues = [0.2]\n"
                        "from = 0.1\n"))
                .problem()
                .find("not both"),
            std::string::npos);
  EXPECT_NE(Error(Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\n"
                        "values = [0.2, 0.2]\n"))
                .problem()
                .find("listed twice"),
            std::string::npos);
  EXPECT_NE(Error(Sweep("[[grid]]\npath = \"protocol.max_rounds\"\nvalues = [10.5]\n"))
                .problem()
                .find("whole number"),
            std::string::npos);
  EXPECT_NE(Error(Sweep("[[grid]]\npath = \"actors.ukraine.reservation\"\nvalues = [0.2]\n"
                        "[[grid]]\npath = \"actors.ukraine.reservation\"\nvalues = [0.3]\n"))
                .problem()
                .find("varied twice"),
            std::string::npos);
}

TEST_F(SweepLoaderTest, AMissingScenarioIsPositionedAtTheScenarioKey) {
  const InputError e = Error(
      "[sweep]\nname = \"s\"\nscenario = \"nowhere.toml\"\nanalysis = \"zone\"\n");
  ExpectAt(e, SweepPath(), 3, 12, "sweep.scenario");
}

}  // namespace
}  // namespace negsim
