// The generated Ukraine-like scenarios the zone benchmarks run on (bench/bm_zone.cc under
// Google Benchmark, bench/zone_callgrind.cc under valgrind), built in code from a fixed seed so
// that every run measures the same spaces:
//   kSpace10x5: 4 actors, 10 issues x 5 options (9,765,625 packages), a few red lines, a zone
//               of 84,932 packages;
//   kSpace20x4: 4 actors, 20 issues x 4 options (1.1e12 packages), tight red lines, a zone of
//               43,634 packages (the targets ask for one under 100,000).
#pragma once

#include "sim/scenario.h"

namespace negsim {

struct ZoneBenchShape {
  int issues;
  int options;
  double reservation_ukraine;
  double reservation_russia;
  double reservation_us;
  int bounded_issues;  // issues on which ukraine has an at-most and russia an at-least line
};

// Ukraine and Russia want opposite poles, the US the middle.
inline constexpr ZoneBenchShape kSpace10x5{10, 5, 0.40, 0.38, 0.66, 3};
// Ten issues bounded by both sides (two options left each) and reservations that leave a zone
// of a few ten thousand packages out of 1.1e12.
inline constexpr ZoneBenchShape kSpace20x4{20, 4, 0.5, 0.48, 0.68, 10};

// The compiled scenario of `shape` (kSpace10x5 or kSpace20x4), built once.
const Scenario& ZoneBenchScenario(const ZoneBenchShape& shape);

}  // namespace negsim
