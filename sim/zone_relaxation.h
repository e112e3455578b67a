// How each signatory red line binds: the zone size if that line alone were relaxed one step
// (ZoneRelaxation). A relaxation only adds packages, exactly those the relaxed line newly
// accepts that meet everything else, so each row counts just those: a search over the shared
// tables with one issue's mask narrowed to the newly allowed option (or, for a dropped if/then
// line, to its crossing combinations).
#pragma once

#include <vector>

#include "sim/zone_report.h"
#include "sim/zone_search.h"
#include "sim/zone_tables.h"

namespace negsim {

// One row per signatory red line (a forbid line: one per forbidden option), in
// Scenario::red_lines() order, given the base zone's size.
std::vector<ZoneRelaxation> CountRelaxations(const ZoneTables& tables, PackageIndex zone_size,
                                             WorkBudget& budget);

}  // namespace negsim
