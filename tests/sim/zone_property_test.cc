// AnalyseZone (sim/zone.h) against the brute-force reference (sim/zone_reference.h) and
// against the definitions, on a few hundred random scenarios.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "sim/input_error.h"
#include "sim/zone.h"
#include "sim/zone_reference.h"
#include "tests/sim/random_scenario.h"

namespace negsim {
namespace {

using testing::RandomScenarioOptions;
using testing::RandomScenarioSpec;

constexpr int kSeedsPerConfig = 60;

struct Config {
  std::string name;
  RandomScenarioOptions options;
};

// Loose and tight red lines, values on a grid (exact ties, packages exactly at a reservation),
// and enough signatories for the 8-lane and the generic search paths.
std::vector<Config> Configs() {
  return {
      {"loose", {}},
      {"tight", {.red_line_probability = 0.6, .min_reservation = 0.3, .max_reservation = 0.7}},
      {"grid", {.max_issues = 5, .zero_weight_probability = 0.4, .value_grid = 4}},
      {"six_actors", {.num_actors = 6, .min_reservation = 0.05, .max_reservation = 0.3}},
      {"nine_actors",
       {.num_actors = 9,
        .signatory_probability = 0.9,
        .red_line_probability = 0.15,
        .min_reservation = 0.0,
        .max_reservation = 0.25}},
  };
}

ZoneOptions ListEverything() {
  ZoneOptions options;
  options.max_pareto_listed = 1 << 20;
  return options;
}

std::vector<PackageIndex> SortedMembers(const Scenario& scenario) {
  std::vector<PackageIndex> members;
  ForEachZoneMember(scenario, [&](PackageIndex index) { members.push_back(index); });
  std::sort(members.begin(), members.end());
  return members;
}

void ExpectZoneMatchesReference(const Scenario& scenario, const ZoneReport& report,
                                const ZoneReferenceResult& ref) {
  const std::vector<PackageIndex> members = SortedMembers(scenario);
  EXPECT_EQ(members, ref.members);
  EXPECT_EQ(report.zone_size, ref.members.size());
  for (PackageIndex index : members) {
    const std::vector<OptionIndex> package = scenario.space().Decode(index);
    for (int s : scenario.signatories()) {
      EXPECT_FALSE(scenario.CrossesRedLine(s, package)) << index;
      EXPECT_GE(scenario.Utility(s, package), scenario.actor(s).reservation) << index;
    }
  }
  for (size_t k = 0; k < ref.best_utility.size() && !members.empty(); ++k)
    EXPECT_EQ(report.best_utility[scenario.signatories()[k]], ref.best_utility[k]);
}

void ExpectParetoMatchesDefinition(const Scenario& scenario, const ZoneReport& report,
                                   const ZoneReferenceResult& ref) {
  std::vector<PackageIndex> listed;
  for (const ZonePackage& package : report.pareto) listed.push_back(package.index);
  EXPECT_EQ(listed, ref.pareto);
  EXPECT_EQ(report.pareto_count, ref.pareto.size());
  // No member dominated; every other zone package dominated by some zone package.
  std::vector<std::vector<double>> utilities;
  for (PackageIndex index : ref.members)
    utilities.push_back(SignatoryUtilities(scenario, scenario.space().Decode(index)));
  for (size_t m = 0; m < ref.members.size(); ++m) {
    bool dominated = false;
    for (size_t other = 0; other < ref.members.size(); ++other)
      dominated = dominated || Dominates(utilities[other], utilities[m]);
    const bool listed_here = std::binary_search(listed.begin(), listed.end(), ref.members[m]);
    EXPECT_NE(dominated, listed_here) << "package " << ref.members[m];
  }
}

void ExpectSolutionsMatchReference(const ZoneReport& report, const ZoneReferenceResult& ref) {
  if (ref.members.empty()) {
    EXPECT_TRUE(report.solutions.empty());
    return;
  }
  ASSERT_EQ(report.solutions.size(), ref.solution_index.size());
  for (size_t k = 0; k < report.solutions.size(); ++k) {
    const ZoneSolutionPoint& point = report.solutions[k];
    EXPECT_EQ(point.kind, kAllZoneSolutions[k]);
    EXPECT_EQ(point.package.index, ref.solution_index[k]) << "solution " << k;
    EXPECT_EQ(point.score, ref.solution_score[k]) << "solution " << k;
    EXPECT_EQ(point.pareto,
              std::binary_search(ref.pareto.begin(), ref.pareto.end(), point.package.index));
  }
}

void ExpectNearestMatchesReference(const ZoneReport& report, const ZoneReferenceResult& ref) {
  if (!ref.members.empty()) {
    EXPECT_TRUE(report.nearest.empty());
    return;
  }
  ASSERT_EQ(report.nearest.size(), ref.nearest.size());
  for (size_t k = 0; k < ref.nearest.size(); ++k) {
    EXPECT_EQ(report.nearest[k].package.index, ref.nearest[k].index) << "rank " << k;
    EXPECT_EQ(report.nearest[k].red_lines_crossed, ref.nearest[k].red_lines_crossed);
    EXPECT_EQ(report.nearest[k].shortfall, ref.nearest[k].shortfall);
  }
}

TEST(ZonePropertyTest, EverythingMatchesTheBruteForceReference) {
  int empty = 0, non_empty = 0;
  for (const Config& config : Configs()) {
    for (int seed = 0; seed < kSeedsPerConfig; ++seed) {
      SCOPED_TRACE(config.name + " seed " + std::to_string(seed));
      const auto scenario = Compile(RandomScenarioSpec(seed, config.options));
      const ZoneReport report = AnalyseZone(*scenario, ListEverything());
      const ZoneReferenceResult ref = AnalyseZoneReference(*scenario, ZoneOptions{}.nearest);
      ExpectZoneMatchesReference(*scenario, report, ref);
      ExpectParetoMatchesDefinition(*scenario, report, ref);
      ExpectSolutionsMatchReference(report, ref);
      ExpectNearestMatchesReference(report, ref);
      (ref.members.empty() ? empty : non_empty) += 1;
    }
  }
  // Both kinds of zone must have been exercised for the comparison to mean anything.
  EXPECT_GE(empty, 30);
  EXPECT_GE(non_empty, 100);
}

// The spec with `line` relaxed as `row` says, via the scenario file's own fields.
ScenarioSpec Relaxed(ScenarioSpec spec, const Scenario& scenario, const ZoneRelaxation& row) {
  const RedLine& line = scenario.red_lines()[row.red_line];
  for (ActorSpec& actor : spec.actors) {
    for (RedLineSpec& in : actor.red_lines) {
      if (in.key != line.key) continue;
      const std::string option =
          row.option >= 0 ? scenario.space().issue(line.issue).options[row.option] : "";
      if (line.kind == RedLineKind::kIfThen) in.active = false;
      if (line.kind == RedLineKind::kAtMost || line.kind == RedLineKind::kAtLeast)
        in.bound = option;
      if (line.kind == RedLineKind::kForbid) {
        std::erase(in.options, option);
        in.active = !in.options.empty();
      }
    }
  }
  return spec;
}

TEST(ZonePropertyTest, RelaxingOneRedLineNeverShrinksTheZoneAndCountsMatch) {
  int binding = 0;
  for (const Config& config : Configs()) {
    for (int seed = 0; seed < kSeedsPerConfig; ++seed) {
      SCOPED_TRACE(config.name + " seed " + std::to_string(seed));
      const ScenarioSpec spec = RandomScenarioSpec(seed, config.options);
      const auto scenario = Compile(spec);
      const ZoneReport report = AnalyseZone(*scenario);
      ASSERT_TRUE(report.relaxations_computed);
      size_t expected_rows = 0;
      for (const RedLine& line : scenario->red_lines()) {
        if (!scenario->actor(line.actor).signatory) continue;
        expected_rows += line.kind == RedLineKind::kForbid
                             ? std::count(line.accept.begin(), line.accept.end(), 0)
                             : 1;
      }
      EXPECT_EQ(report.relaxations.size(), expected_rows);
      for (const ZoneRelaxation& row : report.relaxations) {
        EXPECT_GE(row.zone_size, report.zone_size);
        EXPECT_EQ(row.zone_size, report.zone_size + row.added);
        if (!row.relaxable) continue;
        const auto relaxed = Compile(Relaxed(spec, *scenario, row));
        EXPECT_EQ(row.zone_size, CountZoneReference(*relaxed, 0, relaxed->space().size()))
            << scenario->red_lines()[row.red_line].label;
        binding += row.binds();
      }
    }
  }
  EXPECT_GE(binding, 50);
}

// Gives up every line a nearest package crosses and lowers each short signatory's reservation
// to the package's utility: the package must then be in the zone.
TEST(ZonePropertyTest, ConcessionsForAnEmptyZoneOpenIt) {
  RandomScenarioOptions options = Configs()[1].options;
  options.negative_synergies = false;  // utilities >= 0 are valid reservations
  int opened = 0;
  for (int seed = 0; seed < 3 * kSeedsPerConfig; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const ScenarioSpec spec = RandomScenarioSpec(seed, options);
    const auto scenario = Compile(spec);
    const ZoneReport report = AnalyseZone(*scenario);
    if (report.zone_size > 0) continue;
    ASSERT_FALSE(report.nearest.empty());
    for (const ZoneNearPackage& near : report.nearest) {
      ScenarioSpec conceded = spec;
      for (const ZoneConcession& concession : near.concessions) {
        ActorSpec& actor = conceded.actors[concession.actor];
        if (concession.red_line < 0) {
          EXPECT_EQ(concession.shortfall,
                    actor.reservation - near.package.utility[concession.actor]);
          actor.reservation = near.package.utility[concession.actor];
          continue;
        }
        const std::string& key = scenario->red_lines()[concession.red_line].key;
        for (RedLineSpec& line : actor.red_lines)
          if (line.key == key) line.active = false;
      }
      const auto opened_scenario = Compile(conceded);
      EXPECT_TRUE(opened_scenario->InZone(near.package.options)) << near.package.index;
      opened += 1;
    }
  }
  EXPECT_GE(opened, 100);
}

TEST(ZonePropertyTest, WorkBudgetIsExactAndDeterministic) {
  const RandomScenarioOptions options = Configs()[0].options;
  for (int seed = 0; seed < kSeedsPerConfig; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const auto scenario = Compile(RandomScenarioSpec(seed, options));
    const ZoneReport report = AnalyseZone(*scenario);
    ASSERT_GT(report.work, 0u);
    ZoneOptions limited;
    limited.max_work = report.work;
    std::ostringstream first, second;
    WriteZoneJson(*scenario, report, first);
    WriteZoneJson(*scenario, AnalyseZone(*scenario, limited), second);
    EXPECT_EQ(first.str(), second.str());
    limited.max_work = report.work - 1;
    EXPECT_THROW(AnalyseZone(*scenario, limited), InputError);
  }
}

}  // namespace
}  // namespace negsim
