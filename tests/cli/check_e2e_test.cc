// End-to-end: `negsim check` and the CLI's handling of bad arguments, run as a user would.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/cli/run_cli.h"

namespace negsim::testing {
namespace {

TEST(CheckCommand, AcceptsTheBundledToyScenarioAndPrintsItNormalised) {
  const CliResult r = RunCli("check scenarios/examples/toy.toml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[[issues]]"), std::string::npos);
  EXPECT_NE(r.err.find("is valid"), std::string::npos);
}

TEST(CheckCommand, NormalisedOutputIsItselfAValidScenario) {
  const CliResult first = RunCli("check scenarios/examples/toy.toml");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto path = std::filesystem::temp_directory_path() / "negsim_normalised.toml";
  std::ofstream(path) << first.out;
  const CliResult second = RunCli("check '" + path.string() + "'");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(first.out, second.out);
}

TEST(CheckCommand, MissingFileIsBadInputWithExitCode2) {
  const CliResult r = RunCli("check scenarios/no-such-file.toml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-file.toml"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
}

TEST(CheckCommand, MisspeltOverrideKeyNamesTheKeyAndSuggestsTheFix) {
  const CliResult r =
      RunCli("check scenarios/examples/toy.toml --set actors.ukraine.reservaton=0.3");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("reservaton"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean 'reservation'"), std::string::npos) << r.err;
}

TEST(Cli, UnknownCommandSuggestsTheClosestOne) {
  const CliResult r = RunCli("zoen scenarios/examples/toy.toml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("did you mean 'zone'"), std::string::npos) << r.err;
}

TEST(Cli, UnknownOptionIsBadInput) {
  const CliResult r = RunCli("check scenarios/examples/toy.toml --frmat json");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--frmat"), std::string::npos) << r.err;
}

TEST(Cli, MissingScenarioArgumentIsBadInput) {
  const CliResult r = RunCli("check");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("SCENARIO"), std::string::npos) << r.err;
}

TEST(Cli, HelpListsEveryCommand) {
  const CliResult r = RunCli("--help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* command : {"check", "zone", "run", "sweep"})
    EXPECT_NE(r.out.find(command), std::string::npos) << command;
}

}  // namespace
}  // namespace negsim::testing
