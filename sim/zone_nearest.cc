#include "sim/zone_nearest.h"

#include <algorithm>

#include "sim/zone_plan.h"

namespace negsim {

namespace {

bool Nearer(const NearPackage& a, const NearPackage& b) {
  if (a.red_lines_crossed != b.red_lines_crossed)
    return a.red_lines_crossed < b.red_lines_crossed;
  if (a.shortfall != b.shortfall) return a.shortfall < b.shortfall;
  return a.index < b.index;
}

class NearestSearch {
 public:
  NearestSearch(const SearchPlan& plan, int count, WorkBudget& budget)
      : plan_(plan),
        tables_(plan.tables()),
        count_(count),
        budget_(budget),
        scratch_(plan),
        partial_(static_cast<size_t>(plan.num_depths() + 1) * plan.lanes(), 0.0),
        index_(plan.num_depths() + 1, 0),
        package_(tables_.space().num_issues(), 0),
        exact_(plan.lanes(), 0.0) {}

  std::vector<NearPackage> Run() {
    if (count_ > 0 && !plan_.empty()) Visit(0, 0);
    return std::move(nearest_);
  }

 private:
  void Visit(int d, int crossed) {
    const PlanDepth& depth = plan_.depth(d);
    const int lanes = plan_.lanes();
    budget_.Spend(depth.num_slots());
    const double* rows = scratch_.Rows(d);
    const int* rule_crossings = scratch_.RuleCrossings(d);
    const double* p = partial_.data() + static_cast<size_t>(d) * lanes;
    double* q = partial_.data() + static_cast<size_t>(d + 1) * lanes;
    const double* rest = plan_.rest_max(d + 1);
    const bool leaf = d + 1 == plan_.num_depths();
    for (int k = 0; k < depth.num_slots(); ++k) {
      const int c = crossed + depth.crossings[k] + (rule_crossings ? rule_crossings[k] : 0);
      const double* row = rows + static_cast<size_t>(k) * lanes;
      for (int l = 0; l < lanes; ++l) q[l] = p[l] + row[l];
      const OptionIndex o = depth.options[k];
      const PackageIndex index = index_[d] + o * depth.stride;
      if (Behind(c, ShortfallBound(q, rest), index)) continue;
      package_[depth.issue] = o;
      if (leaf) {
        Offer(c, index);
        continue;
      }
      scratch_.Choose(d, o);
      index_[d + 1] = index;
      Visit(d + 1, c);
    }
  }

  // A lower bound of the exact shortfall of every package below: each signatory's best case.
  double ShortfallBound(const double* partial, const double* rest) const {
    double shortfall = 0;
    for (int s = 0; s < tables_.num_signatories(); ++s)
      shortfall += std::max(
          0.0, tables_.reservations()[s] - (partial[s] + rest[s] + kRoundingSlack));
    return shortfall;
  }

  // Would every package with at least these lines crossed, this shortfall and this index rank
  // behind the last of a full list?
  bool Behind(int crossed, double shortfall, PackageIndex min_index) const {
    if (static_cast<int>(nearest_.size()) < count_) return false;
    const NearPackage& last = nearest_.back();
    if (crossed != last.red_lines_crossed) return crossed > last.red_lines_crossed;
    if (shortfall != last.shortfall) return shortfall > last.shortfall;
    return min_index > last.index;
  }

  void Offer(int crossed, PackageIndex index) {
    tables_.ExactUtilities(package_, exact_.data());
    NearPackage candidate{index, crossed, 0.0};
    for (int s = 0; s < tables_.num_signatories(); ++s)
      candidate.shortfall += std::max(0.0, tables_.reservations()[s] - exact_[s]);
    if (static_cast<int>(nearest_.size()) == count_ && !Nearer(candidate, nearest_.back()))
      return;
    nearest_.insert(std::upper_bound(nearest_.begin(), nearest_.end(), candidate, Nearer),
                    candidate);
    if (static_cast<int>(nearest_.size()) > count_) nearest_.pop_back();
  }

  const SearchPlan& plan_;
  const ZoneTables& tables_;
  int count_;
  WorkBudget& budget_;
  PlanScratch scratch_;
  std::vector<double> partial_;       // (depths + 1) x lanes: sums over depths < d
  std::vector<PackageIndex> index_;   // per depth: index of the options chosen above
  std::vector<OptionIndex> package_;  // per scenario issue
  std::vector<double> exact_;
  std::vector<NearPackage> nearest_;  // nearest first, at most count_
};

}  // namespace

std::vector<NearPackage> FindNearestPackages(const ZoneTables& tables, int count,
                                             WorkBudget& budget) {
  const SearchPlan plan(tables, tables.allowed(), tables.rules(), PlanPurpose::kNearest);
  return NearestSearch(plan, count, budget).Run();
}

}  // namespace negsim
