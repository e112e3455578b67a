// The packages nearest to an empty agreement zone: fewest signatory red lines crossed, then
// least total shortfall below the signatories' reservations, then lowest index. Found by
// branch-and-bound searches over the whole space that never store it: a subtree is skipped once
// the lines it has crossed, or a lower bound on its shortfall, rank it behind the current
// list's last entry; ties with that entry are settled by a second search in index order.
#pragma once

#include <vector>

#include "sim/zone_search.h"
#include "sim/zone_tables.h"

namespace negsim {

struct NearPackage {
  PackageIndex index = 0;
  int red_lines_crossed = 0;
  double shortfall = 0;  // exact: sum over signatories of max(0, reservation - utility)
};

// The `count` nearest packages, nearest first (fewer when the space is smaller).
std::vector<NearPackage> FindNearestPackages(const ZoneTables& tables, int count,
                                             WorkBudget& budget);

}  // namespace negsim
