#include "sim/zone_pareto.h"

#include <algorithm>
#include <functional>
#include <limits>

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

ParetoSkyline::ParetoSkyline(int dims, int kept_indices, double slack)
    : dims_(dims),
      width_((dims + kLaneBlock - 1) / kLaneBlock * kLaneBlock),
      kept_indices_(kept_indices),
      slack_(slack) {
  recent_.fill(-1);
}

bool ParetoSkyline::SurelyDominates(const double* fast, std::uint64_t& comparisons) {
  return width_ == kLaneBlock ? Scan<kLaneBlock>(fast, comparisons) : Scan<0>(fast, comparisons);
}

// The hot loop of the zone survey: most zone members are dominated, and a fixed width lets the
// compiler compare all signatories at once.
template <int kWidth>
bool ParetoSkyline::Scan(const double* fast, std::uint64_t& comparisons) {
  const int width = kWidth > 0 ? kWidth : width_;
  const double* margins = margin_.data();
  std::uint64_t compared = 0;
  const auto beats = [&](int e) {
    ++compared;
    const double* margin = margins + static_cast<size_t>(e) * width;
    bool all = true;
    for (int s = 0; s < width; ++s) all &= margin[s] > fast[s];
    return all;
  };
  bool dominated = false;
  for (int r = 0; r < kRecent && !dominated; ++r) {
    if (recent_[r] >= 0 && recent_[r] < size() && beats(recent_[r])) {
      std::rotate(recent_.begin(), recent_.begin() + r, recent_.begin() + r + 1);
      dominated = true;
    }
  }
  // A dominator beats every utility, so its sum is larger: only a prefix is scanned.
  const double sum = Sum(fast);
  const double* sums = sum_.data();
  for (int e = 0; e < size() && sums[e] > sum && !dominated; ++e) {
    if (beats(e)) {
      std::rotate(recent_.begin(), recent_.end() - 1, recent_.end());
      recent_[0] = e;
      dominated = true;
    }
  }
  comparisons += compared;
  return dominated;
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
      std::copy_n(utility_.begin() + static_cast<size_t>(e) * dims_, dims_,
                  utility_.begin() + static_cast<size_t>(kept) * dims_);
      std::copy_n(margin_.begin() + static_cast<size_t>(e) * width_, width_,
                  margin_.begin() + static_cast<size_t>(kept) * width_);
    }
    ++kept;
  }
  sum_.resize(kept);
  packages_.resize(kept);
  indices_.resize(kept);
  utility_.resize(static_cast<size_t>(kept) * dims_);
  margin_.resize(static_cast<size_t>(kept) * width_);
  sum_.insert(sum_.begin() + first_equal, sum);
  packages_.insert(packages_.begin() + first_equal, 1);
  indices_.insert(indices_.begin() + first_equal, std::vector<PackageIndex>{index});
  utility_.insert(utility_.begin() + static_cast<size_t>(first_equal) * dims_, exact,
                  exact + dims_);
  std::vector<double> margin(width_, std::numeric_limits<double>::infinity());
  for (int s = 0; s < dims_; ++s) margin[s] = exact[s] - slack_;
  margin_.insert(margin_.begin() + static_cast<size_t>(first_equal) * width_, margin.begin(),
                 margin.end());
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
