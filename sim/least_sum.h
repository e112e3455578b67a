// FindLeastSum: the least x[a] + y[b] at or above a target over two ascending arrays, with the
// highest sum below it, walked a vector of entries of x at a time. It is
// PackageSearch::Nearest's query (the nearest concession) without its tie-break, which it
// leaves to the caller by reporting when another pair has the same sum.
#pragma once

#include <bit>
#include <cstddef>
#if defined(__AVX__)
#include <immintrin.h>
#endif

namespace negsim {

// Entries of y compared with a vector of entries of x at once. The caller pads y with this many
// +inf after its last entry.
inline constexpr std::size_t kLeastSumWindow = 16;

// How many of the kLeastSumWindow ascending entries from `y` are below `need` (they are a
// prefix). Both walks of PackageSearch count with it, and each block of a walk waits for it.
inline std::size_t CountBelowWindow(const double* y, double need) {
#if defined(__AVX512F__)
  // Two comparisons into bit masks and a bit scan for their trailing ones (the entries below
  // are a prefix): the compiler's vectorisation of the loop below sums a vector of counts
  // instead, which arrives several times later.
  static_assert(kLeastSumWindow == 16);
  const __m512d n = _mm512_set1_pd(need);
  const unsigned low = _mm512_cmp_pd_mask(_mm512_loadu_pd(y), n, _CMP_LT_OQ);
  const unsigned high = _mm512_cmp_pd_mask(_mm512_loadu_pd(y + 8), n, _CMP_LT_OQ);
  return static_cast<std::size_t>(std::countr_one(low | high << 8));
#elif defined(__AVX__)
  // The same with four comparisons of four.
  const __m256d n = _mm256_set1_pd(need);
  unsigned bits = 0;
  for (unsigned v = 0; v < 4; ++v)
    bits |= static_cast<unsigned>(
                _mm256_movemask_pd(_mm256_cmp_pd(_mm256_loadu_pd(y + 4 * v), n, _CMP_LT_OQ)))
            << 4 * v;
  return static_cast<std::size_t>(std::countr_one(bits));
#else
  std::size_t count = 0;
  for (std::size_t w = 0; w < kLeastSumWindow; ++w) count += y[w] < need;
  return count;
#endif
}

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
