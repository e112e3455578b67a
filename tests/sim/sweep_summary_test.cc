// summary.json: a pure function of the rows, checked against a count over runs.csv, the
// least-squares sensitivity, and the bounded most-frequent-packages counter.
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "sim/input_error.h"
#include "sim/sweep_engine.h"
#include "sim/sweep_output.h"
#include "sim/sweep_summary.h"
#include "sim/sweep_top.h"
#include "tests/scenarios/scenario_files.h"
#include "tests/sim/sweep_test_jobs.h"

namespace negsim::testing {
namespace {

namespace fs = std::filesystem;
using boost::property_tree::ptree;

std::vector<std::string> Split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, separator)) fields.push_back(field);
  if (!line.empty() && line.back() == separator) fields.emplace_back();
  return fields;
}

ptree ReadJson(const fs::path& path) {
  ptree tree;
  boost::property_tree::read_json(path.string(), tree);
  return tree;
}

// The i-th element of a JSON array.
const ptree& At(const ptree& array, size_t i) {
  auto it = array.begin();
  std::advance(it, i);
  return it->second;
}

// Counts straight from runs.csv, the way an analyst would with a spreadsheet.
struct CsvCounts {
  int rows = 0;
  int deals = 0;
  std::map<std::string, std::pair<int, int>> reservation;  // value -> (runs, deals)
  std::map<std::string, std::pair<int, int>> bound;
  std::vector<std::pair<int, int>> bins = std::vector<std::pair<int, int>>(kSweepBins);
  std::map<std::string, int> binds;
  std::map<std::string, int> packages;
};

CsvCounts CountCsv(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line,
            "run,actors.p.reservation,actors.p.red_lines[0].at_most,actors.q.reservation,"
            "zone.size,zone.nash.i0,zone.nash.i1,zone.nash_utility.p,zone.nash_utility.q,"
            "zone.binding");
  CsvCounts c;
  while (std::getline(in, line)) {
    const std::vector<std::string> f = Split(line, ',');
    EXPECT_EQ(f.size(), 10u) << line;
    const bool deal = f[4] != "0";
    ++c.rows;
    c.deals += deal;
    c.reservation[f[1]].first += 1;
    c.reservation[f[1]].second += deal;
    c.bound[f[2]].first += 1;
    c.bound[f[2]].second += deal;
    const int bin = std::min(kSweepBins - 1, static_cast<int>((std::stod(f[3]) - 0.1) / 0.05));
    c.bins[bin].first += 1;
    c.bins[bin].second += deal;
    for (const std::string& key : Split(f[9], ';'))
      if (!key.empty()) ++c.binds[key];
    if (deal) ++c.packages[f[5] + " " + f[6]];
  }
  return c;
}

double Rate(const std::pair<int, int>& cell) {
  return static_cast<double>(cell.second) / cell.first;
}

TEST(SweepFiles, SummaryAgreesWithACountOverTheCsv) {
  const ScenarioFiles files;
  const fs::path dir = files.Path("out");
  const SweepJob job = HandJob(20);
  {
    SweepOutput output(job, dir, Shard{}, SweepOutput::Mode::kNew);
    SweepRunOptions options;
    options.threads = 2;
    RunSweep(job, options, [&](RunIndex, const std::string& row) { output.Append(row); });
    output.Finish();
  }
  const CsvCounts c = CountCsv(dir / "runs.csv");
  const ptree summary = ReadJson(dir / "summary.json");
  ASSERT_EQ(c.rows, 240);
  EXPECT_EQ(summary.get<int>("runs"), c.rows);
  EXPECT_EQ(summary.get<int>("outcomes.deal_exists.count"), c.deals);
  EXPECT_DOUBLE_EQ(summary.get<double>("outcomes.deal_exists.rate"),
                   static_cast<double>(c.deals) / c.rows);
  ASSERT_GT(c.deals, 0);
  ASSERT_LT(c.deals, c.rows) << "the sweep should cross the edge of the zone";

  const ptree& parameters = summary.get_child("parameters");
  ASSERT_EQ(parameters.size(), 3u);
  const ptree& reservation = At(parameters, 0);
  EXPECT_EQ(reservation.get<std::string>("path"), "actors.p.reservation");
  EXPECT_EQ(reservation.get<std::string>("kind"), "grid");
  ASSERT_EQ(reservation.get_child("values").size(), c.reservation.size());
  for (const auto& [unused, value] : reservation.get_child("values")) {
    const auto& cell = c.reservation.at(value.get<std::string>("value"));
    EXPECT_EQ(value.get<int>("runs"), cell.first);
    EXPECT_DOUBLE_EQ(value.get<double>("rate.deal_exists"), Rate(cell));
  }
  for (const auto& [unused, value] : At(parameters, 1).get_child("values")) {
    const auto& cell = c.bound.at(value.get<std::string>("value"));
    EXPECT_EQ(value.get<int>("runs"), cell.first);
    EXPECT_DOUBLE_EQ(value.get<double>("rate.deal_exists"), Rate(cell));
  }
  const ptree& drawn = At(parameters, 2);
  EXPECT_EQ(drawn.get<std::string>("kind"), "monte_carlo");
  EXPECT_EQ(drawn.get<std::string>("distribution"), "uniform");
  ASSERT_EQ(drawn.get_child("bins").size(), static_cast<size_t>(kSweepBins));
  for (int b = 0; b < kSweepBins; ++b) {
    const ptree& bin = At(drawn.get_child("bins"), b);
    EXPECT_NEAR(bin.get<double>("from"), 0.1 + 0.05 * b, 1e-12);
    EXPECT_EQ(bin.get<int>("runs"), c.bins[b].first) << "bin " << b;
    if (c.bins[b].first > 0) {
      EXPECT_DOUBLE_EQ(bin.get<double>("rate.deal_exists"), Rate(c.bins[b]));
    }
  }

  for (const auto& [unused, line] : summary.get_child("red_lines")) {
    const auto it = c.binds.find(line.get<std::string>("key"));
    EXPECT_EQ(line.get<int>("binds"), it == c.binds.end() ? 0 : it->second);
  }
  EXPECT_EQ(summary.get_child("red_lines").size(), 2u);

  const ptree& packages = summary.get_child("packages.deal_exists");
  EXPECT_EQ(packages.get<bool>("exact"), true);
  EXPECT_EQ(packages.get<size_t>("distinct"), c.packages.size());
  int previous = c.rows;
  for (const auto& [unused, top] : packages.get_child("top")) {
    const std::string key =
        top.get<std::string>("package.i0") + " " + top.get<std::string>("package.i1");
    EXPECT_EQ(top.get<int>("runs"), c.packages.at(key)) << key;
    EXPECT_LE(top.get<int>("runs"), previous) << "most frequent first";
    previous = top.get<int>("runs");
  }
}

// Feeds rows by hand: one grid parameter x with outcome y, least-squares slope by two passes.
TEST(SweepSummary, SensitivityIsTheLeastSquaresSlopeOfTheOutcomeOnTheParameter) {
  SweepJob job = HandJob();
  job.plan.parameters = {GridParameter("actors.p.reservation", ReservationOf(0), {0.2, 0.3, 0.5})};
  SweepSummary summary(job);
  const std::vector<std::pair<double, int>> rows = {
      {0.2, 1}, {0.2, 1}, {0.3, 1}, {0.3, 0}, {0.5, 0}, {0.5, 0}, {0.5, 1}};
  double mean_x = 0, mean_y = 0;
  for (const auto& [x, y] : rows) {
    mean_x += x / rows.size();
    mean_y += static_cast<double>(y) / rows.size();
  }
  double sxy = 0, sxx = 0;
  for (const auto& [x, y] : rows) {
    sxy += (x - mean_x) * (y - mean_y);
    sxx += (x - mean_x) * (x - mean_x);
  }
  for (size_t k = 0; k < rows.size(); ++k) {
    const std::string x = rows[k].first == 0.2 ? "0.2" : rows[k].first == 0.3 ? "0.3" : "0.5";
    summary.Add(std::vector<std::string>{std::to_string(k), x, rows[k].second ? "1" : "0", "",
                                         "", "", "", ""});
  }
  std::stringstream json;
  summary.WriteJson(json);
  ptree tree;
  boost::property_tree::read_json(json, tree);
  const ptree& sensitivity = At(tree.get_child("parameters"), 0).get_child("sensitivity");
  EXPECT_NEAR(sensitivity.get<double>("deal_exists.slope"), sxy / sxx, 1e-12);
  EXPECT_NEAR(sensitivity.get<double>("deal_exists.change_over_range"), sxy / sxx * 0.3, 1e-12);
  EXPECT_NEAR(sensitivity.get<double>("deal_exists.rate_spread"), 1.0 - 1.0 / 3, 1e-12);
  EXPECT_EQ(summary.Headline(), "deal exists in 4 of 7 runs (57.1%)");
}

TEST(SweepSummary, RowsTheSweepCouldNotHaveWrittenAreRejected) {
  const SweepJob job = HandJob();
  SweepSummary summary(job);
  const std::vector<std::string> good = {"0", "0.2", "a", "0.3", "0", "", "", "", "", ""};
  summary.Add(good);
  std::vector<std::string> short_row = good;
  short_row.pop_back();
  EXPECT_THROW(summary.Add(short_row), InputError);
  std::vector<std::string> bad_value = good;
  bad_value[1] = "0.25";  // not a grid value
  EXPECT_THROW(summary.Add(bad_value), InputError);
  std::vector<std::string> bad_option = good;
  bad_option[2] = "d";
  EXPECT_THROW(summary.Add(bad_option), InputError);
  std::vector<std::string> bad_line = good;
  bad_line[9] = "actors.r.red_lines[0]";
  EXPECT_THROW(summary.Add(bad_line), InputError);
}

TEST(TopCounter, CountsExactlyWhileTheKeysFit) {
  TopCounter top(3);
  for (const char* key : {"b", "a", "b", "c", "b", "a"}) top.Add(key);
  EXPECT_TRUE(top.exact());
  EXPECT_EQ(top.distinct(), 3u);
  const std::vector<TopCounter::Entry> entries = top.Top(2);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].key, "b");
  EXPECT_EQ(entries[0].count, 3u);
  EXPECT_EQ(entries[1].key, "a");
  EXPECT_EQ(entries[1].count, 2u);
}

TEST(TopCounter, BeyondItsCapacityKeepsTheHeavyKeysWithHonestBounds) {
  TopCounter top(4);
  std::map<std::string, std::uint64_t> truth;
  for (int i = 0; i < 400; ++i) {
    // "heavy" every other key; the rest are all different.
    const std::string key = i % 2 == 0 ? "heavy" : "rare" + std::to_string(i);
    top.Add(key);
    ++truth[key];
  }
  EXPECT_FALSE(top.exact());
  EXPECT_EQ(top.distinct(), 4u);
  const std::vector<TopCounter::Entry> entries = top.Top(4);
  EXPECT_EQ(entries[0].key, "heavy");
  for (const TopCounter::Entry& e : entries) {
    EXPECT_GE(e.count, truth[e.key]) << e.key;
    EXPECT_LE(e.count - e.overcount, truth[e.key]) << e.key;
  }
}

}  // namespace
}  // namespace negsim::testing
