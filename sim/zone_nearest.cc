#include "sim/zone_nearest.h"

#include <algorithm>
#include <limits>

#include "sim/zone_plan.h"

namespace negsim {

namespace {

// How near a package is: red lines crossed, then total shortfall (compared in that order).
struct Key {
  int crossed = 0;
  double shortfall = 0;
  friend bool operator==(const Key&, const Key&) = default;
  friend bool operator<(const Key& a, const Key& b) {
    return a.crossed != b.crossed ? a.crossed < b.crossed : a.shortfall < b.shortfall;
  }
};

Key KeyOf(const NearPackage& p) { return {p.red_lines_crossed, p.shortfall}; }

bool Nearer(const NearPackage& a, const NearPackage& b) {
  return KeyOf(a) == KeyOf(b) ? a.index < b.index : KeyOf(a) < KeyOf(b);
}

// One branch-and-bound pass over every package, in one of two modes:
//   kBestKeys: the `count` packages with the smallest keys, skipping anything that can only tie
//     the last one listed (so a tie may be listed instead of a lower-indexed one);
//   kTiesInIndexOrder: over a kInIndexOrder plan, the first `count` packages whose key is
//     exactly `target`, which are the lowest-indexed ones.
class NearestSearch {
 public:
  enum class Mode { kBestKeys, kTiesInIndexOrder };

  NearestSearch(const SearchPlan& plan, WorkBudget& budget, Mode mode, int count, Key target)
      : plan_(plan),
        tables_(plan.tables()),
        budget_(budget),
        mode_(mode),
        count_(count),
        target_(target),
        scratch_(plan),
        partial_(static_cast<size_t>(plan.num_depths() + 1) * plan.lanes(), 0.0),
        index_(plan.num_depths() + 1, 0),
        package_(tables_.space().num_issues(), 0),
        exact_(plan.lanes(), 0.0) {}

  std::vector<NearPackage> Run() {
    if (count_ > 0 && !plan_.empty()) Visit(0, 0);
    return std::move(found_);
  }

  // kBestKeys: the smallest key of any package skipped (a lower bound for subtrees). Ties with
  // the last listed key can hide at lower indices only if this equals that key.
  Key nearest_skipped() const { return nearest_skipped_; }

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
      if (Skip(Key{c, ShortfallBound(q, rest)})) continue;
      const OptionIndex o = depth.options[k];
      const PackageIndex index = index_[d] + o * depth.stride;
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
      shortfall +=
          std::max(0.0, tables_.reservations()[s] - (partial[s] + rest[s] + kRoundingSlack));
    return shortfall;
  }

  // Can packages whose key is at least `bound` be passed over?
  bool Skip(Key bound) {
    if (mode_ == Mode::kTiesInIndexOrder)
      return static_cast<int>(found_.size()) >= count_ || target_ < bound;
    if (static_cast<int>(found_.size()) < count_ || bound < KeyOf(found_.back())) return false;
    nearest_skipped_ = std::min(nearest_skipped_, bound);
    return true;
  }

  void Offer(int crossed, PackageIndex index) {
    tables_.ExactUtilities(package_, exact_.data());
    NearPackage candidate{index, crossed, 0.0};
    for (int s = 0; s < tables_.num_signatories(); ++s)
      candidate.shortfall += std::max(0.0, tables_.reservations()[s] - exact_[s]);
    if (mode_ == Mode::kTiesInIndexOrder) {
      if (KeyOf(candidate) == target_) found_.push_back(candidate);
      return;
    }
    if (Skip(KeyOf(candidate))) return;
    found_.insert(std::upper_bound(found_.begin(), found_.end(), candidate, Nearer), candidate);
    if (static_cast<int>(found_.size()) > count_) found_.pop_back();
  }

  const SearchPlan& plan_;
  const ZoneTables& tables_;
  WorkBudget& budget_;
  Mode mode_;
  int count_;
  Key target_;
  PlanScratch scratch_;
  std::vector<double> partial_;       // (depths + 1) x lanes: sums over depths < d
  std::vector<PackageIndex> index_;   // per depth: index of the options chosen above
  std::vector<OptionIndex> package_;  // per scenario issue
  std::vector<double> exact_;
  std::vector<NearPackage> found_;  // kBestKeys: nearest first; kTies...: index order
  Key nearest_skipped_{std::numeric_limits<int>::max(), 0.0};
};

}  // namespace

// The first pass, in an order that tightens bounds fast, finds the nearest keys. Only when it
// passed over a package that might tie the last of them does a second pass, in index order,
// replace those tied entries by the lowest-indexed packages with that key.
std::vector<NearPackage> FindNearestPackages(const ZoneTables& tables, int count,
                                             WorkBudget& budget) {
  const SearchPlan plan(tables, tables.allowed(), tables.rules(), PlanPurpose::kNearest);
  NearestSearch best(plan, budget, NearestSearch::Mode::kBestKeys, count, Key{});
  std::vector<NearPackage> nearest = best.Run();
  if (static_cast<int>(nearest.size()) < count || best.nearest_skipped() != KeyOf(nearest.back()))
    return nearest;
  const Key last = KeyOf(nearest.back());
  std::erase_if(nearest, [&](const NearPackage& p) { return KeyOf(p) == last; });
  const SearchPlan in_order(tables, tables.allowed(), tables.rules(), PlanPurpose::kInIndexOrder);
  NearestSearch ties(in_order, budget, NearestSearch::Mode::kTiesInIndexOrder,
                     count - static_cast<int>(nearest.size()), last);
  for (const NearPackage& tie : ties.Run()) nearest.push_back(tie);
  return nearest;
}

}  // namespace negsim
