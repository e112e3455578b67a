// End-to-end: `negsim compare` on bundled scenarios: its three formats, agreement with
// `negsim zone` on the same file, determinism and bad input. (That README.md's library table
// is what the command prints today is the CTest `library_table_matches_readme`.)
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "sim/sweep_csv.h"
#include "tests/cli/run_cli.h"

namespace negsim::testing {
namespace {

// A scenario with a non-empty zone, and one without.
constexpr const char* kToy = "scenarios/examples/toy.toml";
constexpr const char* kCrimea = "scenarios/ukraine/what-if/crimea-recognition-conceded.toml";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The CSV as rows of {column: value}.
std::vector<std::vector<std::pair<std::string, std::string>>> CsvRows(const std::string& csv) {
  const std::vector<std::string> lines = Lines(csv);
  const std::vector<std::string> header = SplitCsvRow(lines.at(0));
  std::vector<std::vector<std::pair<std::string, std::string>>> rows;
  for (size_t r = 1; r < lines.size(); ++r) {
    const std::vector<std::string> fields = SplitCsvRow(lines[r]);
    EXPECT_EQ(fields.size(), header.size()) << lines[r];
    auto& row = rows.emplace_back();
    for (size_t c = 0; c < std::min(fields.size(), header.size()); ++c)
      row.emplace_back(header[c], fields[c]);
  }
  return rows;
}

std::string Column(const std::vector<std::pair<std::string, std::string>>& row,
                   const std::string& name) {
  for (const auto& [column, value] : row)
    if (column == name) return value;
  ADD_FAILURE() << "no column " << name;
  return "";
}

TEST(CompareCommand, RowAgreesWithZoneOnZoneSizeAndNashPackage) {
  const CliResult zone = RunCli(std::string("zone ") + kToy);
  ASSERT_EQ(zone.exit_code, 0) << zone.err;
  const CliResult compare = RunCli(std::string("compare --format csv ") + kToy);
  ASSERT_EQ(compare.exit_code, 0) << compare.err;
  const auto rows = CsvRows(compare.out);
  ASSERT_EQ(rows.size(), 1u) << compare.out;
  const std::string size = Column(rows[0], "zone_size");
  ASSERT_NE(size, "0") << "the toy scenario should have a zone";
  EXPECT_NE(zone.out.find("  zone         " + size + " package"), std::string::npos) << zone.out;
  // `negsim zone` prints the Nash package on the line after its heading, indented by four.
  const std::vector<std::string> lines = Lines(zone.out);
  const auto heading = std::find_if(lines.begin(), lines.end(), [](const std::string& line) {
    return line.starts_with("  Nash bargaining solution");
  });
  ASSERT_NE(heading, lines.end()) << zone.out;
  ASSERT_LT(heading + 2, lines.end());
  EXPECT_EQ("    " + Column(rows[0], "nash"), *(heading + 2));
}

TEST(CompareCommand, EmptyZoneRowNamesWhatOpensIt) {
  const CliResult compare = RunCli(std::string("compare --format csv ") + kCrimea);
  ASSERT_EQ(compare.exit_code, 0) << compare.err;
  const auto rows = CsvRows(compare.out);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Column(rows[0], "zone_size"), "0");
  EXPECT_EQ(Column(rows[0], "nash"), "");
  EXPECT_NE(Column(rows[0], "opening"), "");
  const CliResult zone = RunCli(std::string("zone --format json ") + kCrimea);
  ASSERT_EQ(zone.exit_code, 0) << zone.err;
  EXPECT_NE(zone.out.find("\"zone_size\": 0"), std::string::npos);
}

TEST(CompareCommand, MarkdownHasOneRowPerScenarioInTheOrderGiven) {
  const CliResult r = RunCli(std::string("compare ") + kCrimea + " " + kToy);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  EXPECT_TRUE(lines[0].starts_with("| scenario | zone | Nash package | alternating |")) << r.out;
  EXPECT_TRUE(lines[1].starts_with("|---|")) << r.out;
  EXPECT_TRUE(lines[2].starts_with(std::string("| `") + kCrimea + "` | ")) << r.out;
  EXPECT_TRUE(lines[3].starts_with(std::string("| `") + kToy + "` | ")) << r.out;
  // Every line has as many cells as the header.
  for (const std::string& line : lines)
    EXPECT_EQ(std::count(line.begin(), line.end(), '|'),
              std::count(lines[0].begin(), lines[0].end(), '|'))
        << line;
}

TEST(CompareCommand, JsonHasOneRowPerScenarioWithEveryProtocol) {
  const CliResult r = RunCli(std::string("compare --format json --seed 3 ") + kToy);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\"seed\": 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(std::string("\"scenario\": \"") + kToy + "\""), std::string::npos);
  EXPECT_NE(r.out.find("\"protocol\": \"alternating\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"protocol\": \"mediated\""), std::string::npos) << r.out;
}

TEST(CompareCommand, SameSeedGivesByteIdenticalOutput) {
  const std::string args = std::string("compare --format json --seed 11 ") + kToy;
  const CliResult first = RunCli(args), second = RunCli(args);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, second.out);
}

TEST(CompareCommand, SetAppliesToEveryScenario) {
  const CliResult r = RunCli(std::string("compare --format csv ") + kToy + " " + kToy +
                             " --set actors.russia.reservation=1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = CsvRows(r.out);
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& row : rows) EXPECT_EQ(Column(row, "zone_size"), "0");
}

TEST(CompareCommand, MissingFileIsBadInputBeforeAnyWork) {
  const CliResult r = RunCli(std::string("compare ") + kToy + " scenarios/no-such.toml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such.toml"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(CompareCommand, BadArgumentsAreBadInput) {
  for (const std::string& args : {std::string("compare"),
                                 std::string("compare --format xml ") + kToy,
                                 std::string("compare --seed -1 ") + kToy,
                                 std::string("compare --set nonsense ") + kToy,
                                 std::string("compare --set actors.russia.reservaton=1 ") + kToy}) {
    const CliResult r = RunCli(args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_NE(r.err.find("negsim: error: "), std::string::npos) << args << ": " << r.err;
    EXPECT_EQ(r.out, "") << args;
  }
}

}  // namespace
}  // namespace negsim::testing
