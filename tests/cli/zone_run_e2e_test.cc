// End-to-end: `negsim zone` and `negsim run` on bundled scenarios, as the README runs them.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/cli/run_cli.h"

namespace negsim::testing {
namespace {

constexpr const char* kReadmeScenario = "scenarios/ukraine/2025-12-berlin.toml";

TEST(ZoneCommand, ReadmeCommandReportsTheZoneOfTheBundledScenario) {
  const CliResult r = RunCli(std::string("zone ") + kReadmeScenario);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Agreement zone of '2025-12-berlin'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Smallest set of concessions"), std::string::npos) << r.out;
}

TEST(ZoneCommand, JsonAndCsvCarryTheSameZoneSize) {
  const CliResult json = RunCli("zone scenarios/examples/toy.toml --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.out.front(), '{');
  EXPECT_NE(json.out.find("\"zone_size\""), std::string::npos);
  const CliResult csv = RunCli("zone scenarios/examples/toy.toml --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  // Every CSV row has as many fields as the header (no field here holds a quoted comma).
  const auto header_end = csv.out.find('\n');
  const auto fields = std::count(csv.out.begin(), csv.out.begin() + header_end, ',');
  size_t start = header_end + 1;
  while (start < csv.out.size()) {
    const size_t end = csv.out.find('\n', start);
    EXPECT_EQ(std::count(csv.out.begin() + start, csv.out.begin() + end, ','), fields);
    start = end + 1;
  }
}

TEST(ZoneCommand, OverrideChangesTheResult) {
  const CliResult base = RunCli("zone scenarios/examples/toy.toml --format json");
  const CliResult relaxed =
      RunCli("zone scenarios/examples/toy.toml --format json --set actors.russia.reservation=0");
  ASSERT_EQ(relaxed.exit_code, 0) << relaxed.err;
  EXPECT_NE(base.out, relaxed.out);
}

TEST(ZoneCommand, CsvTableNeedsCsvFormat) {
  const CliResult r = RunCli("zone scenarios/examples/toy.toml --table relaxations");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format csv"), std::string::npos) << r.err;
}

TEST(ZoneCommand, WorkBudgetExceededIsBadInputNotAHang) {
  const CliResult r = RunCli(std::string("zone ") + kReadmeScenario + " --max-work 10");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("too large"), std::string::npos) << r.err;
}

TEST(RunCommand, SameSeedGivesByteIdenticalOutputInEveryFormat) {
  for (const char* format : {"text", "json", "csv"}) {
    const std::string args = std::string("run ") + kReadmeScenario + " --seed 7 --format " + format;
    const CliResult first = RunCli(args), second = RunCli(args);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out, second.out) << format;
    EXPECT_FALSE(first.out.empty());
  }
}

TEST(RunCommand, TranscriptEndsWithTheOutcome) {
  const CliResult r = RunCli("run scenarios/examples/toy.toml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("outcome:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("proposes"), std::string::npos) << r.out;
}

TEST(RunCommand, BadSeedIsBadInput) {
  const CliResult r = RunCli("run scenarios/examples/toy.toml --seed -3");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--seed"), std::string::npos) << r.err;
}

TEST(RunCommand, UnknownStrategyParameterNamesTheKey) {
  const CliResult r =
      RunCli("run scenarios/examples/toy.toml --set actors.ukraine.strategy.exponnt=0.3");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("exponnt"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace negsim::testing
