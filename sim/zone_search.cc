#include "sim/zone_search.h"

namespace negsim {

void WorkBudget::Exhausted() { throw WorkExhausted{}; }

namespace {

struct CountVisitor {
  static constexpr bool kPrunes = false;
  void Leaf(const double*, std::span<const OptionIndex>, PackageIndex) { ++count; }
  bool Prune(int, const double*, PackageIndex) { return false; }
  PackageIndex count = 0;
};

}  // namespace

PackageIndex CountZone(const SearchPlan& plan, WorkBudget& budget) {
  CountVisitor visitor;
  SearchZone(plan, budget, visitor);
  return visitor.count;
}

}  // namespace negsim
