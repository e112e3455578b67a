// The agreement-zone analysis behind `negsim zone`: which packages every signatory accepts at
// round 0 (Scenario::InZone), the Pareto-efficient ones, the Nash, Kalai-Smorodinsky,
// utilitarian and egalitarian points, how each signatory red line binds, and, when the zone is
// empty, the nearest packages and the concessions that would open it. Spaces of 10^12
// packages are searched, never stored; README.md (The agreement zone) describes every output field.
//
// Parameters (ZoneOptions):
//   nearest            packages listed when the zone is empty (default 5)
//   relaxations        compute the red-line relaxation table (default true)
//   max_work           search steps the analysis may spend: options tried plus Pareto
//                      comparisons, about 1-3 ns each (default 1e10)
//   max_pareto_listed  Pareto-efficient packages listed, lowest index first (default 20);
//                      the count is always complete
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>

#include "sim/scenario.h"
#include "sim/zone_report.h"

namespace negsim {

struct ZoneOptions {
  int nearest = 5;
  bool relaxations = true;
  std::uint64_t max_work = 10'000'000'000;
  int max_pareto_listed = 20;
};

// Analyses the zone of `scenario` at round 0. Deterministic: ties go to the lowest package
// index. Throws InputError ("space too large for this analysis: ...") when the analysis would
// spend more than options.max_work steps.
ZoneReport AnalyseZone(const Scenario& scenario, const ZoneOptions& options = {});

// A signatory red line whose one-step relaxation alone enlarges the zone, once per line: a
// forbid line has a relaxation row per option, and `added` is the largest of its rows.
struct BindingRedLine {
  int red_line = -1;  // index into Scenario::red_lines()
  PackageIndex added = 0;
};

// The binding lines of `report.relaxations`, in their order.
std::vector<BindingRedLine> BindingRedLines(const ZoneReport& report);

// Calls `visit` with the index of every zone member, in search order (not index order), for
// callers that need the members themselves. Same InputError as AnalyseZone past `max_work`.
void ForEachZoneMember(const Scenario& scenario, const std::function<void(PackageIndex)>& visit,
                       std::uint64_t max_work = ZoneOptions{}.max_work);

// The report for people: sections for the zone, its Pareto set, the bargaining solutions, the
// binding red lines, and for an empty zone the nearest packages and concessions.
void WriteZoneText(const Scenario& scenario, const ZoneReport& report, std::ostream& out);

// The whole report as one JSON object (README.md (The agreement zone) lists the fields).
void WriteZoneJson(const Scenario& scenario, const ZoneReport& report, std::ostream& out);

// CSV tables, each a single table that pandas reads as is.
enum class ZoneCsvTable {
  kPackages,     // one row per reported package: kind (pareto, nash, ks, utilitarian,
                 // egalitarian, nearest), its option per issue, each actor's utility and gain
  kRelaxations,  // one row per red-line relaxation
};
void WriteZoneCsv(const Scenario& scenario, const ZoneReport& report, std::ostream& out,
                  ZoneCsvTable table = ZoneCsvTable::kPackages);

}  // namespace negsim
