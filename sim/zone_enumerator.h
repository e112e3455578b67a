// The two passes over the zone of a SearchPlan. The survey visits every member once, counting
// the zone and keeping on the fly what needs no second look: each signatory's best utility,
// the Pareto skyline, and the Nash, utilitarian and egalitarian points. Kalai-Smorodinsky needs
// those best utilities first, so it is a second, branch-and-bound pass that starts from the
// best Pareto member and skips subtrees that cannot beat it.
#pragma once

#include <algorithm>
#include <vector>

#include "sim/zone_pareto.h"
#include "sim/zone_plan.h"
#include "sim/zone_search.h"
#include "sim/zone_solutions.h"

namespace negsim {

// What the survey pass learns about the zone of a plan.
struct ZoneSurvey {
  ZoneSurvey(int signatories, int listed)
      : pareto(signatories, std::max(1, listed), kRoundingSlack) {}

  PackageIndex size = 0;
  // Per signatory: the exact best utility over the zone (-infinity while the zone is empty).
  std::vector<double> best_utility;
  ParetoSkyline pareto;
  BestPackage nash;
  BestPackage utilitarian;
  BestPackage egalitarian;
};

// `listed`: how many Pareto-efficient packages (lowest indices) the survey must be able to list.
ZoneSurvey SurveyZone(const SearchPlan& plan, int listed, WorkBudget& budget);

// The Kalai-Smorodinsky point of a non-empty zone surveyed by SurveyZone over the same plan.
BestPackage FindKalaiSmorodinsky(const SearchPlan& plan, const ZoneSurvey& survey,
                                 WorkBudget& budget);

}  // namespace negsim
