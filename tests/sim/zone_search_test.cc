// The enumeration core under AnalyseZone: SearchPlan (sim/zone_plan.h) and the counting
// search (sim/zone_search.h), against the brute-force reference.
#include "sim/zone_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "sim/zone_plan.h"
#include "sim/zone_reference.h"
#include "tests/sim/random_scenario.h"

namespace negsim {
namespace {

using testing::RandomScenarioOptions;
using testing::RandomScenarioSpec;

PackageIndex Count(const Scenario& scenario, WorkBudget& budget) {
  const ZoneTables tables(scenario);
  return CountZone(SearchPlan(tables, tables.allowed(), tables.rules(), PlanPurpose::kZone),
                   budget);
}

TEST(ZoneSearchTest, CountMatchesTheReferenceOnRandomScenarios) {
  RandomScenarioOptions loose;
  loose.min_reservation = 0.0;
  loose.max_reservation = 0.3;
  RandomScenarioOptions tight;
  tight.red_line_probability = 0.5;
  for (const RandomScenarioOptions& options : {loose, tight, RandomScenarioOptions{}}) {
    for (int seed = 0; seed < 100; ++seed) {
      const auto scenario = Compile(RandomScenarioSpec(seed, options));
      WorkBudget budget(1'000'000);
      EXPECT_EQ(Count(*scenario, budget),
                CountZoneReference(*scenario, 0, scenario->space().size()))
          << "seed " << seed;
    }
  }
}

// With no red lines and zero reservations every package is in the zone: the root is counted
// wholesale, without trying a single option.
TEST(ZoneSearchTest, SubtreesWhollyInTheZoneAreCountedWithoutVisitingThem) {
  RandomScenarioOptions options;
  options.red_line_probability = 0;
  options.rule_probability = 0;
  options.negative_synergies = false;
  options.min_reservation = 0;
  options.max_reservation = 0;
  options.max_issues = 6;
  const auto scenario = Compile(RandomScenarioSpec(7, options));
  WorkBudget budget(1'000'000);
  EXPECT_EQ(Count(*scenario, budget), scenario->space().size());
  EXPECT_EQ(budget.used(), 0u);
}

TEST(ZoneSearchTest, PlansVisitEveryIssueOnceAndBoundWhatIsLeft) {
  for (int seed = 0; seed < 50; ++seed) {
    const auto scenario = Compile(RandomScenarioSpec(seed));
    const ZoneTables tables(*scenario);
    for (PlanPurpose purpose :
         {PlanPurpose::kZone, PlanPurpose::kNearest, PlanPurpose::kInIndexOrder}) {
      const SearchPlan plan(tables, tables.allowed(), tables.rules(), purpose);
      std::vector<int> issues;
      for (int d = 0; d < plan.num_depths(); ++d) issues.push_back(plan.depth(d).issue);
      std::vector<int> sorted = issues;
      std::sort(sorted.begin(), sorted.end());
      std::vector<int> all(scenario->space().num_issues());
      std::iota(all.begin(), all.end(), 0);
      EXPECT_EQ(sorted, all);
      if (purpose == PlanPurpose::kInIndexOrder) {
        EXPECT_EQ(issues, all);
      }
      if (purpose == PlanPurpose::kZone) continue;
      // Every package's signatory utilities stay within the plan's best case from the root.
      for (PackageIndex index = 0; index < scenario->space().size(); ++index) {
        const std::vector<OptionIndex> package = scenario->space().Decode(index);
        for (int lane = 0; lane < tables.num_signatories(); ++lane)
          EXPECT_LE(scenario->Utility(tables.signatory(lane), package),
                    plan.rest_max(0)[lane] + kRoundingSlack);
      }
    }
  }
}

}  // namespace
}  // namespace negsim
