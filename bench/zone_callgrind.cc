// zone_callgrind: each zone kernel once on the generated spaces of bench/zone_spaces.h, for
// instruction counts under valgrind's callgrind (bench/callgrind_zone.sh runs it). Everything
// outside the kernels (compiling the scenarios, building tables and plans, printing) runs with
// collection off: each kernel toggles collection on and off around itself and then dumps its
// counts under its own name. Instruction counts do not depend on the machine's load, so a
// regression shows as a number even on a shared machine. Run natively, it only prints the
// kernels and their package counts (the client requests do nothing outside valgrind).
#include <valgrind/callgrind.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "bench/zone_spaces.h"
#include "sim/zone.h"
#include "sim/zone_plan.h"
#include "sim/zone_reference.h"
#include "sim/zone_search.h"
#include "sim/zone_tables.h"

namespace negsim {
namespace {

// Packages the reference checks on the 10x5 space: a slice of consecutive indices from the
// middle, enough for a stable per-package figure at callgrind's speed (about 50x slower).
constexpr PackageIndex kReferenceSlice = 1'000'000;

struct Kernel {
  std::string name;       // the dump's name, read back by callgrind_zone.sh
  PackageIndex packages;  // packages the kernel decides: the instruction count's divisor
  std::function<PackageIndex()> run;  // returns the zone size it found
};

// Counts the instructions of `kernel.run` alone and prints "name packages zone".
void Measure(const Kernel& kernel) {
  CALLGRIND_TOGGLE_COLLECT;
  const PackageIndex zone = kernel.run();
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT(kernel.name.c_str());
  std::printf("%s %llu %llu\n", kernel.name.c_str(),
              static_cast<unsigned long long>(kernel.packages),
              static_cast<unsigned long long>(zone));
}

ZoneOptions WithoutRelaxations() {
  ZoneOptions options;
  options.relaxations = false;
  return options;
}

int Main() {
  const Scenario& small = ZoneBenchScenario(kSpace10x5);
  const Scenario& large = ZoneBenchScenario(kSpace20x4);
  const ZoneTables small_tables(small);
  const ZoneTables large_tables(large);
  const SearchPlan small_plan(small_tables, small_tables.allowed(), small_tables.rules(),
                              PlanPurpose::kZone);
  const SearchPlan large_plan(large_tables, large_tables.allowed(), large_tables.rules(),
                              PlanPurpose::kZone);
  const auto count = [](const SearchPlan& plan) {
    WorkBudget budget(ZoneOptions{}.max_work);
    return CountZone(plan, budget);
  };
  const PackageIndex slice_begin = (small.space().size() - kReferenceSlice) / 2;
  const std::vector<Kernel> kernels = {
      {"engine_count_10x5", small.space().size(), [&] { return count(small_plan); }},
      {"engine_analysis_10x5", small.space().size(),
       [&] { return AnalyseZone(small, WithoutRelaxations()).zone_size; }},
      {"engine_full_report_10x5", small.space().size(),
       [&] { return AnalyseZone(small).zone_size; }},
      {"engine_count_20x4", large.space().size(), [&] { return count(large_plan); }},
      {"engine_analysis_20x4", large.space().size(),
       [&] { return AnalyseZone(large, WithoutRelaxations()).zone_size; }},
      {"reference_count_10x5_slice", kReferenceSlice,
       [&] { return CountZoneReference(small, slice_begin, slice_begin + kReferenceSlice); }},
  };
  for (const Kernel& kernel : kernels) Measure(kernel);
  return 0;
}

}  // namespace
}  // namespace negsim

int main() { return negsim::Main(); }
