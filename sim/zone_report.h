// ZoneReport: what the agreement-zone analysis found for one scenario at round 0 — the zone's
// size, its Pareto-efficient packages, the bargaining solutions, how each signatory red line
// binds, and, when the zone is empty, the nearest packages and the concessions that would open
// it. Plain data: AnalyseZone (zone.h) fills it, the writers (zone.h) print it.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/issue_space.h"

namespace negsim {

// One package of a report with every actor's utility and gain, signatories or not.
struct ZonePackage {
  PackageIndex index = 0;
  std::vector<OptionIndex> options;  // one per issue, scenario issue order
  std::vector<double> utility;       // per actor: Scenario::Utility
  std::vector<double> gain;          // per actor: utility - round-0 reservation
};

// The bargaining solutions, each the zone member that maximises a score of the signatories'
// utilities u_s with reservations r_s (ties to the lowest package index).
enum class ZoneSolution {
  kNash,              // product over signatories of (u_s - r_s)
  kKalaiSmorodinsky,  // min over signatories of (u_s - r_s) / (best_s - r_s), best_s being the
                      // signatory's best utility in the zone; a term with best_s == r_s is 1
  kUtilitarian,       // sum over signatories of u_s
  kEgalitarian,       // min over signatories of (u_s - r_s)
};
inline constexpr ZoneSolution kAllZoneSolutions[] = {
    ZoneSolution::kNash, ZoneSolution::kKalaiSmorodinsky, ZoneSolution::kUtilitarian,
    ZoneSolution::kEgalitarian};

struct ZoneSolutionPoint {
  ZoneSolution kind = ZoneSolution::kNash;
  double score = 0;     // the maximised score (see ZoneSolution)
  bool pareto = false;  // is the package Pareto-efficient? (a tie broken by index may pick a
                        // weakly dominated package)
  ZonePackage package;
};

// The zone if one signatory red line alone were relaxed one step: an at-most line allows the
// next option down, an at-least line the next option up, a forbid line one forbidden option
// (one row per option), an if/then line is dropped.
struct ZoneRelaxation {
  int red_line = -1;      // index into Scenario::red_lines()
  int option = -1;        // option of the line's issue newly allowed; -1 for a dropped if/then line
                          // and for a line with no step left (it already allows every option)
  bool relaxable = true;  // false: no step left, zone_size is the base zone's
  PackageIndex zone_size = 0;  // zone size with this change alone
  PackageIndex added = 0;      // zone_size - the base zone size
  bool binds() const { return added > 0; }
};

// One concession a package outside the zone needs: a signatory giving up one of its red lines,
// or accepting a utility below its reservation.
struct ZoneConcession {
  int actor = -1;
  int red_line = -1;     // >= 0: the line given up (index into Scenario::red_lines())
  double shortfall = 0;  // red_line == -1: reservation - utility (> 0)
};

// A package near an empty zone, ordered by red lines crossed, then total shortfall, then index.
struct ZoneNearPackage {
  ZonePackage package;
  int red_lines_crossed = 0;  // signatory red lines the package crosses
  double shortfall = 0;       // sum over signatories of max(0, reservation - utility)
  // Opening the zone to this package: the lines crossed (Scenario::red_lines() order), then
  // the shortfalls (signatory order).
  std::vector<ZoneConcession> concessions;
};

struct ZoneReport {
  PackageIndex space_size = 0;
  PackageIndex zone_size = 0;
  // Per actor: best utility over the zone for a signatory; NaN for others or an empty zone.
  std::vector<double> best_utility;
  PackageIndex pareto_count = 0;             // Pareto-efficient packages of the zone
  std::vector<ZonePackage> pareto;           // the first ZoneOptions::max_pareto_listed by index
  std::vector<ZoneSolutionPoint> solutions;  // kAllZoneSolutions order; empty for an empty zone
  bool relaxations_computed = false;
  // Per signatory red line, Scenario::red_lines() order (forbid lines: one row per option).
  std::vector<ZoneRelaxation> relaxations;
  // Empty zone only: the ZoneOptions::nearest nearest packages; the first one's concessions
  // are the smallest set that opens the zone (fewest red lines, then least shortfall).
  std::vector<ZoneNearPackage> nearest;
  std::uint64_t work = 0;  // search steps spent (see ZoneOptions::max_work)
};

}  // namespace negsim
