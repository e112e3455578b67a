#include "sim/search_sort.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace negsim {

namespace {

bool Before(const SearchItem& a, const SearchItem& b) {
  return a.own < b.own || (a.own == b.own && a.tag.slot < b.tag.slot);
}

// Buckets holding more entries than this are sorted whole (insertion sort is quadratic).
constexpr std::ptrdiff_t kInsertionMax = 32;

}  // namespace

void SearchSorter::Reserve(std::size_t entries) {
  sorted_.reserve(entries);
  bucket_end_.reserve(entries);
}

void SearchSorter::Sort(std::span<const SearchItem> items, UtilityBounds bounds, double* own,
                        SearchTag* tags) {
  if (items.size() <= kRankedMax) return Rank(items, own, tags);
  Buckets(items, bounds, own, tags);
}

namespace {

// lower[e]: how many entries have a lower utility, compared as Key: n^2 comparisons over a
// padded block of kRankedMax, which the compiler vectorises (Count as wide as Key, so that a
// comparison and its count share a vector).
template <class Key, class Count>
void CountLower(std::span<const SearchItem> items, Count* lower) {
  const std::size_t n = items.size();
  alignas(64) Key key[SearchSorter::kRankedMax];
  for (std::size_t i = 0; i < SearchSorter::kRankedMax; ++i) {
    key[i] = i < n ? static_cast<Key>(items[i].own) : std::numeric_limits<Key>::infinity();
    lower[i] = 0;
  }
  for (std::size_t j = 0; j < n; ++j) {
    const Key x = key[j];
    for (std::size_t i = 0; i < SearchSorter::kRankedMax; ++i) lower[i] += x < key[i];
  }
}

// Entry e goes to lower[e] plus the number of earlier entries of the same rank (a counter per
// rank, filled in entry order).
template <class Count>
void PlaceByRank(std::span<const SearchItem> items, const Count* lower, double* own,
                 SearchTag* tags) {
  std::uint8_t placed[SearchSorter::kRankedMax] = {};
  for (std::size_t e = 0; e < items.size(); ++e) {
    const std::size_t to = lower[e] + placed[lower[e]]++;
    own[to] = items[e].own;
    tags[to] = items[e].tag;
  }
}

}  // namespace

// Rounding to float keeps order (a < b gives float(a) <= float(b)), so when the rounded
// utilities are all distinct their ranks are the exact ones, found with twice as many
// comparisons per instruction as doubles allow. Entries alike once rounded share a rank and are
// placed side by side in entry order, which is exact when they are equal utilities (as clamped
// or repeated values make them): the result is kept if it is in order, else it returns false,
// leaving the exact ranking to Rank.
bool SearchSorter::RankRounded(std::span<const SearchItem> items, double* own, SearchTag* tags) {
  const std::size_t n = items.size();
  alignas(64) std::int32_t lower[kRankedMax];
  CountLower<float>(items, lower);
  std::uint64_t taken = 0;  // one bit per rank
  static_assert(kRankedMax <= 64);
  for (std::size_t e = 0; e < n; ++e) taken |= std::uint64_t{1} << lower[e];
  if (std::popcount(taken) == static_cast<int>(n)) {
    // All distinct: no counters to keep.
    for (std::size_t e = 0; e < n; ++e) {
      own[lower[e]] = items[e].own;
      tags[lower[e]] = items[e].tag;
    }
    return true;
  }
  PlaceByRank(items, lower, own, tags);
  bool ordered = true;
  for (std::size_t i = 1; i < n; ++i) ordered &= !(own[i] < own[i - 1]);
  return ordered;
}

// An entry's place is the number of entries of lower utility plus the number of earlier ones
// of equal utility.
void SearchSorter::Rank(std::span<const SearchItem> items, double* own, SearchTag* tags) {
  if (RankRounded(items, own, tags)) return;
  alignas(64) std::int64_t lower[kRankedMax];
  CountLower<double>(items, lower);
  PlaceByRank(items, lower, own, tags);
}

// The entries get buckets of equal utility width between the bounds (a monotone map, so the
// buckets come in order; rounding past the bounds is clamped); a stable counting pass places them
// bucket by bucket, an overfull bucket is sorted on its own, and one insertion pass orders what is
// left, which never crosses a bucket boundary.
void SearchSorter::Buckets(std::span<const SearchItem> items, UtilityBounds bounds, double* own,
                           SearchTag* tags) {
  const std::size_t n = items.size();
  double scale = static_cast<double>(n) / (bounds.hi - bounds.lo);
  if (!std::isfinite(scale)) scale = 0;  // every entry alike, or a range too small to divide
  const auto bucket_of = [&](double x) {
    return std::min(n - 1, static_cast<std::size_t>(std::max(0.0, x - bounds.lo) * scale));
  };
  // bucket_end_[b]: first the start of bucket b, then, as entries are placed, its end.
  bucket_end_.assign(n, 0);
  for (const SearchItem& item : items)
    if (const std::size_t b = bucket_of(item.own); b + 1 < n) ++bucket_end_[b + 1];
  for (std::size_t b = 1; b < n; ++b) bucket_end_[b] += bucket_end_[b - 1];
  sorted_.resize(n);
  for (const SearchItem& item : items) sorted_[bucket_end_[bucket_of(item.own)]++] = item;
  SearchItem* const first = sorted_.data();
  std::uint32_t begin = 0;
  for (std::size_t b = 0; b < n; ++b) {
    if (bucket_end_[b] - begin > kInsertionMax)
      std::sort(first + begin, first + bucket_end_[b], Before);
    begin = bucket_end_[b];
  }
  // Stable by utility alone: equal ones are already in slot order.
  for (std::size_t i = 1; i < n; ++i) {
    if (!(first[i].own < first[i - 1].own)) continue;
    const SearchItem moving = first[i];
    std::size_t to = i;
    do {
      first[to] = first[to - 1];
    } while (--to > 0 && moving.own < first[to - 1].own);
    first[to] = moving;
  }
  for (std::size_t i = 0; i < n; ++i) {
    own[i] = first[i].own;
    tags[i] = first[i].tag;
  }
}

}  // namespace negsim
