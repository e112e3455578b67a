// FindLeastSum: the least x[a] + y[b] at or above a target over two ascending arrays, with the
// highest sum below it, walked a vector of entries of x at a time. It is
// PackageSearch::Nearest's query (the nearest concession) without its tie-break, which it
// leaves to the caller by reporting when another pair has the same sum.
#pragma once

#include <cstddef>

namespace negsim {

// Entries of y compared with a vector of entries of x at once. The caller pads y with this many
// +inf after its last entry.
inline constexpr std::size_t kLeastSumWindow = 16;

// How many of the kLeastSumWindow ascending entries from `y` are below `need` (they are a
// prefix), a vector at a time as FindLeastSum counts: the scans of PackageSearch count with it.
std::size_t CountBelowWindow(const double* y, double need);

struct LeastSum {
  bool found = false;  // some pair reaches the target
  bool unique = true;  // no other pair has the least sum (when found)
  std::size_t a = 0, b = 0;
  double below = 0;  // the highest sum that misses the target (-inf when none does)
};

// Entries of x that FindLeastSum compares at once: the widest vector of doubles the build's
// target has (AVX-512: 8, AVX: 4, otherwise SSE2's 2). GCC compiles comparisons on a vector
// wider than the target's registers into scalar code, which made the walk several times slower
// on an AVX2 machine.
#if defined(__AVX512F__)
inline constexpr std::size_t kLeastSumLanes = 8;
#elif defined(__AVX__)
inline constexpr std::size_t kLeastSumLanes = 4;
#else
inline constexpr std::size_t kLeastSumLanes = 2;
#endif

// x[0, nx) and y[0, ny) ascending and not empty, each with -inf before its first entry and
// kLeastSumWindow entries of +inf after its last (the walk loads up to eight entries at a time
// and reads y[-1]). b is the first entry of y reaching the target with x[a]. Sums and
// differences are computed as a plain scan would (x[a] + y[b], target - x[a]), so that the
// answer is the same to the bit, whatever the width.
template <std::size_t kLanes>  // 2, 4 or 8
LeastSum FindLeastSumLanes(const double* x, std::size_t nx, const double* y, std::size_t ny,
                           double target);

inline LeastSum FindLeastSum(const double* x, std::size_t nx, const double* y, std::size_t ny,
                             double target) {
  return FindLeastSumLanes<kLeastSumLanes>(x, nx, y, ny, target);
}

}  // namespace negsim
