#include "sim/zone_pareto.h"

#include <algorithm>
#include <functional>

#include "sim/check.h"

namespace negsim {

double ParetoSkyline::Sum(const double* utilities) const {
  double sum = 0;
  for (int s = 0; s < dims_; ++s) sum += utilities[s];
  return sum;
}

bool ParetoSkyline::Dominates(int entry, const double* utilities) const {
  const double* v = this->utilities(entry);
  bool better = false;
  for (int s = 0; s < dims_; ++s) {
    if (v[s] < utilities[s]) return false;
    better |= v[s] > utilities[s];
  }
  return better;
}

bool ParetoSkyline::DominatedBy(int entry, const double* utilities) const {
  const double* v = this->utilities(entry);
  bool worse = false;
  for (int s = 0; s < dims_; ++s) {
    if (v[s] > utilities[s]) return false;
    worse |= v[s] < utilities[s];
  }
  return worse;
}

bool ParetoSkyline::Equals(int entry, const double* utilities) const {
  return std::equal(utilities, utilities + dims_, this->utilities(entry));
}

std::pair<int, int> ParetoSkyline::EqualSums(double sum) const {
  const auto range = std::equal_range(sum_.begin(), sum_.end(), sum, std::greater<double>());
  return {static_cast<int>(range.first - sum_.begin()),
          static_cast<int>(range.second - sum_.begin())};
}

bool ParetoSkyline::SurelyDominates(const double* fast, double slack,
                                    std::uint64_t& comparisons) {
  const auto beats = [&](int e) {
    ++comparisons;
    const double* v = utilities(e);
    for (int s = 0; s < dims_; ++s)
      if (!(v[s] > fast[s] + slack)) return false;
    return true;
  };
  for (int r = 0; r < kRecent; ++r) {
    if (recent_[r] >= 0 && recent_[r] < size() && beats(recent_[r])) {
      std::rotate(recent_.begin(), recent_.begin() + r, recent_.begin() + r + 1);
      return true;
    }
  }
  const double sum = Sum(fast);
  for (int e = 0; e < size() && sum_[e] > sum; ++e) {
    if (beats(e)) {
      std::rotate(recent_.begin(), recent_.end() - 1, recent_.end());
      recent_[0] = e;
      return true;
    }
  }
  return false;
}

std::uint64_t ParetoSkyline::Insert(const double* exact, PackageIndex index) {
  const double sum = Sum(exact);
  const auto [first_equal, end_equal] = EqualSums(sum);
  std::uint64_t comparisons = 0;
  // A package with the same utilities as an entry shares its fate: efficient.
  for (int e = first_equal; e < end_equal; ++e) {
    ++comparisons;
    if (!Equals(e, exact)) continue;
    ++packages_[e];
    ++count_;
    std::vector<PackageIndex>& kept = indices_[e];
    kept.insert(std::upper_bound(kept.begin(), kept.end(), index), index);
    if (static_cast<int>(kept.size()) > kept_indices_) kept.pop_back();
    return comparisons;
  }
  for (int e = 0; e < end_equal; ++e) {
    ++comparisons;
    if (Dominates(e, exact)) return comparisons;
  }
  int kept = first_equal;
  for (int e = first_equal; e < size(); ++e) {
    ++comparisons;
    if (DominatedBy(e, exact)) {
      count_ -= packages_[e];
      continue;
    }
    if (kept != e) {
      sum_[kept] = sum_[e];
      packages_[kept] = packages_[e];
      indices_[kept] = std::move(indices_[e]);
      std::copy(utilities(e), utilities(e) + dims_, utility_.begin() + kept * dims_);
    }
    ++kept;
  }
  sum_.resize(kept);
  packages_.resize(kept);
  indices_.resize(kept);
  utility_.resize(static_cast<size_t>(kept) * dims_);
  sum_.insert(sum_.begin() + first_equal, sum);
  packages_.insert(packages_.begin() + first_equal, 1);
  indices_.insert(indices_.begin() + first_equal, std::vector<PackageIndex>{index});
  utility_.insert(utility_.begin() + static_cast<size_t>(first_equal) * dims_, exact,
                  exact + dims_);
  ++count_;
  return comparisons;
}

std::vector<PackageIndex> ParetoSkyline::LowestIndices(int n) const {
  NEGSIM_CHECK(n <= kept_indices_);
  std::vector<PackageIndex> lowest;
  for (const std::vector<PackageIndex>& kept : indices_)
    lowest.insert(lowest.end(), kept.begin(), kept.end());
  const size_t listed = std::min(lowest.size(), static_cast<size_t>(n));
  std::partial_sort(lowest.begin(), lowest.begin() + listed, lowest.end());
  lowest.resize(listed);
  return lowest;
}

bool ParetoSkyline::Contains(const double* utilities) const {
  const auto [first, end] = EqualSums(Sum(utilities));
  for (int e = first; e < end; ++e)
    if (Equals(e, utilities)) return true;
  return false;
}

}  // namespace negsim
