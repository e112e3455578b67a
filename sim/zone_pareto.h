// ParetoSkyline: the Pareto-efficient members of a stream of packages, over the signatories'
// utilities, maintained incrementally so that a zone far too large to store still yields its
// Pareto set. q dominates p when q is at least as good for every signatory and better for one.
// Packages with equal utilities do not dominate each other, so all are efficient; the skyline
// keeps one entry per distinct utility vector with a count and its lowest package indices, so
// issues the signatories do not care about multiply the count, not the work or the memory.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "sim/issue_space.h"
#include "sim/zone_tables.h"

namespace negsim {

class ParetoSkyline {
 public:
  // `dims`: the number of signatories; `kept_indices` (>= 1): how many of the lowest package
  // indices to keep per utility vector (enough to list that many packages); `slack`: how far
  // the fast utilities given to Offer may be from the exact ones.
  ParetoSkyline(int dims, int kept_indices, double slack);

  // Offers one package. `fast` holds utilities within `slack` of the exact ones, padded to a
  // multiple of kLaneBlock values (the padding is ignored); `exact()` returns a pointer to the
  // exact utilities and is called only when `fast` cannot settle the question. Returns the
  // number of entry comparisons made (work).
  template <class ExactFn>
  std::uint64_t Offer(const double* fast, PackageIndex index, ExactFn&& exact) {
    std::uint64_t comparisons = 0;
    if (SurelyDominates(fast, comparisons)) return comparisons;
    return comparisons + Insert(exact(), index);
  }

  // Pareto-efficient packages offered (all of them, equal utility vectors included).
  PackageIndex count() const { return count_; }
  // Distinct utility vectors on the skyline.
  int size() const { return static_cast<int>(sum_.size()); }
  // Entry e's exact utilities (dims values) and lowest package index, in internal order.
  const double* utilities(int e) const { return utility_.data() + static_cast<size_t>(e) * dims_; }
  PackageIndex lowest_index(int e) const { return indices_[e].front(); }
  // The `n` lowest package indices of the Pareto set (fewer if it is smaller), ascending;
  // `n` <= kept_indices.
  std::vector<PackageIndex> LowestIndices(int n) const;
  // Are these exact utilities one of the skyline's vectors (a Pareto-efficient package's)?
  bool Contains(const double* utilities) const;

 private:
  // True when an entry beats `fast` (padded as for Offer) by more than `slack` for every
  // signatory: then every package whose utilities are at most `fast` is dominated.
  bool SurelyDominates(const double* fast, std::uint64_t& comparisons);
  template <int kWidth>
  bool Scan(const double* fast, std::uint64_t& comparisons);
  // Adds the package unless an entry dominates it, removing the entries it dominates.
  std::uint64_t Insert(const double* exact, PackageIndex index);
  bool Dominates(int entry, const double* utilities) const;
  bool DominatedBy(int entry, const double* utilities) const;
  bool Equals(int entry, const double* utilities) const;
  double Sum(const double* utilities) const;
  // [first, last) of the entries whose sum equals `sum`.
  std::pair<int, int> EqualSums(double sum) const;

  int dims_;
  int width_;  // dims_ rounded up to a multiple of kLaneBlock
  int kept_indices_;
  double slack_;
  // Entries sorted by descending utility sum: floating-point addition is monotone, so only
  // entries with a sum >= p's can dominate p and only those with a sum <= p's can be dominated.
  std::vector<double> sum_;
  std::vector<double> utility_;         // entries x dims
  std::vector<double> margin_;          // entries x width: utility - slack; padding +infinity
  std::vector<PackageIndex> packages_;  // per entry: packages with these utilities
  std::vector<std::vector<PackageIndex>> indices_;  // per entry: lowest indices, ascending
  PackageIndex count_ = 0;
  // Entries that dominated recently, most recent first: neighbouring packages in the search
  // tend to share a dominator. (Positions may go stale as entries move; they are only hints.)
  static constexpr int kRecent = 8;
  std::array<int, kRecent> recent_;
};

}  // namespace negsim
