#include "sim/zone_search.h"

namespace negsim {

void WorkBudget::Exhausted() { throw WorkExhausted{}; }

namespace {

struct CountVisitor {
  static constexpr bool kPrunes = false;
  static constexpr bool kCountsWhole = true;
  void Leaf(const double*, std::span<const OptionIndex>, PackageIndex) { ++count; }
  void Whole(PackageIndex packages) { count += packages; }
  PackageIndex count = 0;
};

}  // namespace

PackageIndex CountZone(const SearchPlan& plan, WorkBudget& budget) {
  CountVisitor visitor;
  SearchZone(plan, budget, visitor);
  return visitor.count;
}

}  // namespace negsim
