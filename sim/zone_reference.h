// The plain brute-force agreement-zone analysis: decode every package index, re-sum every
// utility with Scenario::Utility, check Scenario::InZone, compare everything with everything.
// Slow on purpose and independent of the fast search (zone_search.h): the oracle of the tests
// and the baseline of bench/bm_zone.cc.
#pragma once

#include <span>
#include <vector>

#include "sim/scenario.h"
#include "sim/zone_report.h"

namespace negsim {

// The signatories' utilities of `package` (Scenario::Utility, signatory order).
std::vector<double> SignatoryUtilities(const Scenario& scenario,
                                       std::span<const OptionIndex> package);

// Pareto dominance over signatory utilities: is `a` at least as good as `b` for every
// signatory and better for one?
bool Dominates(const std::vector<double>& a, const std::vector<double>& b);

// Zone members with index in [begin, end).
PackageIndex CountZoneReference(const Scenario& scenario, PackageIndex begin, PackageIndex end);

struct ReferenceNear {
  PackageIndex index = 0;
  int red_lines_crossed = 0;
  double shortfall = 0;
};

struct ZoneReferenceResult {
  std::vector<PackageIndex> members;  // ascending
  std::vector<PackageIndex> pareto;   // ascending
  std::vector<double> best_utility;   // per signatory (signatory order); empty for no zone
  // Per kAllZoneSolutions entry: the maximiser (lowest index among ties) and its score;
  // empty for an empty zone.
  std::vector<PackageIndex> solution_index;
  std::vector<double> solution_score;
  std::vector<ReferenceNear> nearest;  // the `nearest` nearest packages, nearest first
};

// Everything AnalyseZone reports except relaxations; `nearest` packages are ranked over the
// whole space, zone or not. Stores the zone: for small spaces only.
ZoneReferenceResult AnalyseZoneReference(const Scenario& scenario, int nearest);

// Zone size with red line `line` (index into scenario.red_lines()) given `accept` as its new
// option mask (forbid / at-most / at-least lines), or dropped when `accept` is empty.
PackageIndex CountRelaxedZoneReference(const Scenario& scenario, int line,
                                       std::span<const std::uint8_t> accept);

}  // namespace negsim
