// AnalyseZone on small spaces worked out by hand (sim/zone.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "sim/input_error.h"
#include "sim/zone.h"
#include "sim/zone_reference.h"
#include "tests/sim/zone_test_spaces.h"

namespace negsim {
namespace {

using testing::AddRedLine;
using testing::BoundLine;
using testing::EmptyZoneHandSpec;
using testing::ZoneHandSpec;

const ZoneSolutionPoint& Solution(const ZoneReport& report, ZoneSolution kind) {
  const auto it = std::find_if(report.solutions.begin(), report.solutions.end(),
                               [&](const ZoneSolutionPoint& p) { return p.kind == kind; });
  EXPECT_NE(it, report.solutions.end());
  return *it;
}

// ZoneHandSpec's comment works every expected value out.
TEST(ZoneHandTest, TwoByThreeZoneParetoAndSolutions) {
  const auto scenario = Compile(ZoneHandSpec());
  const ZoneReport report = AnalyseZone(*scenario);
  EXPECT_EQ(report.space_size, 6u);
  EXPECT_EQ(report.zone_size, 4u);
  ASSERT_EQ(report.pareto_count, 3u);
  ASSERT_EQ(report.pareto.size(), 3u);
  EXPECT_EQ(report.pareto[0].index, 1u);
  EXPECT_EQ(report.pareto[1].index, 2u);
  EXPECT_EQ(report.pareto[2].index, 4u);
  EXPECT_DOUBLE_EQ(report.best_utility[0], 0.8);
  EXPECT_DOUBLE_EQ(report.best_utility[1], 0.75);
  EXPECT_TRUE(std::isnan(report.best_utility[2]));  // z is no signatory

  const ZoneSolutionPoint& nash = Solution(report, ZoneSolution::kNash);
  EXPECT_EQ(nash.package.index, 1u);
  EXPECT_NEAR(nash.score, 0.5 * 0.15, 1e-12);
  EXPECT_TRUE(nash.pareto);
  EXPECT_EQ(Solution(report, ZoneSolution::kUtilitarian).package.index, 1u);
  EXPECT_NEAR(Solution(report, ZoneSolution::kUtilitarian).score, 1.15, 1e-12);
  EXPECT_EQ(Solution(report, ZoneSolution::kEgalitarian).package.index, 2u);
  EXPECT_NEAR(Solution(report, ZoneSolution::kEgalitarian).score, 0.2, 1e-12);
  const ZoneSolutionPoint& ks = Solution(report, ZoneSolution::kKalaiSmorodinsky);
  EXPECT_EQ(ks.package.index, 2u);
  EXPECT_NEAR(ks.score, 0.4, 1e-12);

  // Every actor's utility and gain, the observer's included.
  ASSERT_EQ(nash.package.utility.size(), 3u);
  EXPECT_NEAR(nash.package.utility[0], 0.8, 1e-12);
  EXPECT_NEAR(nash.package.gain[1], 0.15, 1e-12);
  EXPECT_NEAR(nash.package.utility[2], 0.35, 1e-12);
  EXPECT_NEAR(nash.package.gain[2], -0.15, 1e-12);
  EXPECT_EQ(nash.package.options, (std::vector<OptionIndex>{0, 1}));
  EXPECT_TRUE(report.nearest.empty());
}

TEST(ZoneHandTest, ReferenceAgreesWithTheHandWork) {
  const auto scenario = Compile(ZoneHandSpec());
  const ZoneReferenceResult ref = AnalyseZoneReference(*scenario, 0);
  EXPECT_EQ(ref.members, (std::vector<PackageIndex>{1, 2, 3, 4}));
  EXPECT_EQ(ref.pareto, (std::vector<PackageIndex>{1, 2, 4}));
  EXPECT_EQ(ref.solution_index, (std::vector<PackageIndex>{1, 2, 1, 2}));
}

// x: B at most b1 drops packages 2 and 5; y: A at least a1 drops 0, 1, 2. Zone {3, 4}.
// Relaxing x's line allows b2: package 5 meets the lines but x's utility 0 < 0.3, so nothing
// is added. Relaxing y's line allows a0: packages 0 (y utility 0) and 1 -> +1.
// y's if/then rule "A in {a1} then B in {b0, b1}" is crossed only by package 5, which also
// crosses x's line: dropped, +0.
TEST(ZoneHandTest, RelaxationsCountWhatEachLineAloneAdds) {
  ScenarioSpec spec = ZoneHandSpec();
  AddRedLine(spec, 0, BoundLine(RedLineKind::kAtMost, "B", "b1"));
  AddRedLine(spec, 1, BoundLine(RedLineKind::kAtLeast, "A", "a1"));
  RedLineSpec rule;
  rule.kind = RedLineKind::kIfThen;
  rule.issue = "A";
  rule.options = {"a1"};
  rule.then_issue = "B";
  rule.then_options = {"b0", "b1"};
  AddRedLine(spec, 1, rule);
  const auto scenario = Compile(spec);
  const ZoneReport report = AnalyseZone(*scenario);
  EXPECT_EQ(report.zone_size, 2u);
  ASSERT_EQ(report.relaxations.size(), 3u);  // z's line is no signatory's
  EXPECT_EQ(report.relaxations[0].option, 2);
  EXPECT_EQ(report.relaxations[0].added, 0u);
  EXPECT_FALSE(report.relaxations[0].binds());
  EXPECT_EQ(report.relaxations[1].option, 0);
  EXPECT_EQ(report.relaxations[1].zone_size, 3u);
  EXPECT_TRUE(report.relaxations[1].binds());
  EXPECT_EQ(report.relaxations[2].option, -1);
  EXPECT_EQ(report.relaxations[2].added, 0u);
  EXPECT_EQ(scenario->red_lines()[report.relaxations[1].red_line].actor, 1);
}

TEST(ZoneHandTest, ForbidLineGetsOneRowPerOptionAndLastBoundCannotMove) {
  ScenarioSpec spec = ZoneHandSpec();
  RedLineSpec forbid;
  forbid.issue = "B";
  forbid.options = {"b0", "b2"};  // leaves {1, 4}
  AddRedLine(spec, 1, forbid);
  AddRedLine(spec, 0, BoundLine(RedLineKind::kAtMost, "A", "a1"));  // allows all
  const auto scenario = Compile(spec);
  const ZoneReport report = AnalyseZone(*scenario);
  EXPECT_EQ(report.zone_size, 2u);
  ASSERT_EQ(report.relaxations.size(), 3u);
  EXPECT_FALSE(report.relaxations[0].relaxable);  // x's at_most a1 allows every option
  EXPECT_EQ(report.relaxations[0].zone_size, 2u);
  EXPECT_EQ(report.relaxations[1].option, 0);  // allow b0: adds package 3
  EXPECT_EQ(report.relaxations[1].added, 1u);
  EXPECT_EQ(report.relaxations[2].option, 2);  // allow b2: adds package 2
  EXPECT_EQ(report.relaxations[2].added, 1u);
}

// EmptyZoneHandSpec: nearest three 2, 3, 0; x giving up its line opens the zone to package 2.
TEST(ZoneHandTest, EmptyZoneListsNearestPackagesAndConcessions) {
  const auto scenario = Compile(EmptyZoneHandSpec());
  ZoneOptions options;
  options.nearest = 3;
  const ZoneReport report = AnalyseZone(*scenario, options);
  EXPECT_EQ(report.zone_size, 0u);
  EXPECT_TRUE(report.solutions.empty());
  EXPECT_EQ(report.pareto_count, 0u);
  ASSERT_EQ(report.nearest.size(), 3u);
  EXPECT_EQ(report.nearest[0].package.index, 2u);
  EXPECT_EQ(report.nearest[1].package.index, 3u);
  EXPECT_EQ(report.nearest[2].package.index, 0u);
  EXPECT_EQ(report.nearest[0].red_lines_crossed, 1);
  EXPECT_DOUBLE_EQ(report.nearest[0].shortfall, 0.0);
  EXPECT_NEAR(report.nearest[2].shortfall, 0.2, 1e-12);

  ASSERT_EQ(report.nearest[0].concessions.size(), 1u);
  EXPECT_EQ(report.nearest[0].concessions[0].actor, 0);
  EXPECT_EQ(scenario->red_lines()[report.nearest[0].concessions[0].red_line].key,
            "actors.x.red_lines[0]");
  // Package 0: y gives up its line and accepts 0.2 below its reservation.
  ASSERT_EQ(report.nearest[2].concessions.size(), 2u);
  EXPECT_EQ(report.nearest[2].concessions[0].actor, 1);
  EXPECT_GE(report.nearest[2].concessions[0].red_line, 0);
  EXPECT_EQ(report.nearest[2].concessions[1].actor, 1);
  EXPECT_EQ(report.nearest[2].concessions[1].red_line, -1);
  EXPECT_NEAR(report.nearest[2].concessions[1].shortfall, 0.2, 1e-12);

  ASSERT_EQ(report.relaxations.size(), 2u);
  EXPECT_FALSE(report.relaxations[0].binds());
  EXPECT_FALSE(report.relaxations[1].binds());
}

TEST(ZoneHandTest, ExceedingMaxWorkIsAnInputError) {
  ScenarioSpec spec = ZoneHandSpec();
  spec.file = "hand.toml";
  for (int i = 0; i < 8; ++i)
    spec.issues.push_back(IssueSpec{"extra" + std::to_string(i), "", {"p", "q", "r"}, {}, ""});
  const auto scenario = Compile(spec);
  ZoneOptions options;
  options.max_work = 1000;
  try {
    AnalyseZone(*scenario, options);
    FAIL() << "expected an InputError";
  } catch (const InputError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("hand.toml"), std::string::npos) << message;
    EXPECT_NE(message.find("space too large for this analysis"), std::string::npos) << message;
    EXPECT_NE(message.find("enumerating the zone"), std::string::npos) << message;
    EXPECT_NE(message.find("raise --max-work"), std::string::npos) << message;
  }
  EXPECT_THROW(ForEachZoneMember(
                   *scenario, [](PackageIndex) {}, 1000),
               InputError);
  options.max_work = ZoneOptions{}.max_work;
  EXPECT_EQ(AnalyseZone(*scenario, options).zone_size, 4u * 6561u);
}

TEST(ZoneHandTest, ParetoListingIsCappedButCountedInFull) {
  const auto scenario = Compile(ZoneHandSpec());
  ZoneOptions options;
  options.max_pareto_listed = 2;
  const ZoneReport report = AnalyseZone(*scenario, options);
  EXPECT_EQ(report.pareto_count, 3u);
  ASSERT_EQ(report.pareto.size(), 2u);
  EXPECT_EQ(report.pareto[1].index, 2u);
}

}  // namespace
}  // namespace negsim
