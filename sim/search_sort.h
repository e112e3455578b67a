// SearchSorter: sorts the entries of one PackageSearch half by the actor's utility, equal
// utilities keeping their order of generation (ascending combination, hence ascending package
// index). Small halves (the common case: 60 entries for a 3,600-package space) are ranked by
// counting, in vectorised comparisons and no branches; larger ones go to buckets of equal
// utility width and are finished by one insertion pass.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace negsim {

// Where an entry came from: its combination of the half's candidates (`slot`, mixed radix, the
// last issue turning fastest) and the same combination as packed bit fields (`code`), which
// decodes without division.
struct SearchTag {
  std::uint32_t slot = 0;
  std::uint32_t code = 0;
};

// One entry of a half while it is built.
struct SearchItem {
  double own = 0;  // the actor's utility summed over the half's issues
  SearchTag tag;
};

// Bounds of the utilities of a half's entries (rounding may stray past them by a few ulps).
struct UtilityBounds {
  double lo = 0, hi = 0;
};

class SearchSorter {
 public:
  // Most entries ranked by counting (n^2 / 8 vector comparisons beat the buckets up to here).
  static constexpr std::size_t kRankedMax = 64;

  // Allocates for halves of up to `entries` entries.
  void Reserve(std::size_t entries);
  // Sorts `items` (given by ascending slot) by (own, slot) into own[0, n) and tags[0, n).
  void Sort(std::span<const SearchItem> items, UtilityBounds bounds, double* own, SearchTag* tags);

 private:
  void Rank(std::span<const SearchItem> items, double* own, SearchTag* tags);
  bool RankRounded(std::span<const SearchItem> items, double* own, SearchTag* tags);
  void Buckets(std::span<const SearchItem> items, UtilityBounds bounds, double* own,
               SearchTag* tags);

  std::vector<SearchItem> sorted_;         // scratch of Buckets: one per entry
  std::vector<std::uint32_t> bucket_end_;  // scratch of Buckets: one per bucket
};

}  // namespace negsim
