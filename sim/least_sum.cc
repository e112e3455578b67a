#include "sim/least_sum.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#if defined(__SSE2__)
#include <immintrin.h>
#endif

// Every width is compiled for the test that checks they agree; a vector wider than the target's
// registers only draws GCC's note that it would be passed differently across an ABI boundary,
// which these file-local helpers never cross.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace negsim {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Independent partial results per block, so that the window's comparisons do not wait on each
// other (a single chain of 16 would make the walk latency-bound).
constexpr std::size_t kChains = 4;
// Halves up to this size are counted whole rather than bisected.
constexpr std::size_t kCountedMax = 64;

// kLanes doubles in one vector; comparisons give a Mask of -1 (true) or 0 per lane. Spelled
// out per width: GCC ignores a vector_size that depends on a template parameter, and compiles a
// splat written as a loop into a chain of blends.
template <std::size_t kLanes>
struct VectorTypes;
template <>
struct VectorTypes<2> {
  using V = double __attribute__((vector_size(16)));
  using Mask = std::int64_t __attribute__((vector_size(16)));
  static V Splat(double v) { return V{v, v}; }
  static constexpr V kIndex = {0, 1};
};
template <>
struct VectorTypes<4> {
  using V = double __attribute__((vector_size(32)));
  using Mask = std::int64_t __attribute__((vector_size(32)));
  static V Splat(double v) { return V{v, v, v, v}; }
  static constexpr V kIndex = {0, 1, 2, 3};
};
template <>
struct VectorTypes<8> {
  using V = double __attribute__((vector_size(64)));
  using Mask = std::int64_t __attribute__((vector_size(64)));
  static V Splat(double v) { return V{v, v, v, v, v, v, v, v}; }
  static constexpr V kIndex = {0, 1, 2, 3, 4, 5, 6, 7};
};

template <std::size_t kLanes>
struct Lanes : VectorTypes<kLanes> {
  using typename VectorTypes<kLanes>::V;
  using typename VectorTypes<kLanes>::Mask;
  static V Load(const double* p) {
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static V Min(V a, V b) { return b < a ? b : a; }
  static V Max(V a, V b) { return b > a ? b : a; }
  static double MinOf(V v) {
    double m = v[0];
    for (std::size_t i = 1; i < kLanes; ++i) m = v[i] < m ? v[i] : m;
    return m;
  }
  static double MaxOf(V v) {
    double m = v[0];
    for (std::size_t i = 1; i < kLanes; ++i) m = v[i] > m ? v[i] : m;
    return m;
  }
  // Bit i set where a[i] < b[i]: a comparison straight into a bit mask where the target has
  // one, which the counts below read with a bit scan sooner than a sum across a vector.
  static unsigned LessBits(V a, V b) {
#if defined(__AVX512F__)
    if constexpr (kLanes == 8)
      return _mm512_cmp_pd_mask(std::bit_cast<__m512d>(a), std::bit_cast<__m512d>(b), _CMP_LT_OQ);
#endif
#if defined(__AVX__)
    if constexpr (kLanes == 4)
      return static_cast<unsigned>(_mm256_movemask_pd(
          _mm256_cmp_pd(std::bit_cast<__m256d>(a), std::bit_cast<__m256d>(b), _CMP_LT_OQ)));
#endif
#if defined(__SSE2__)
    if constexpr (kLanes == 2)
      return static_cast<unsigned>(
          _mm_movemask_pd(_mm_cmplt_pd(std::bit_cast<__m128d>(a), std::bit_cast<__m128d>(b))));
#endif
    unsigned bits = 0;
    for (std::size_t i = 0; i < kLanes; ++i) bits |= static_cast<unsigned>(a[i] < b[i]) << i;
    return bits;
  }
};

// The first i in [0, n) with !below(i) (n when none), `below` holding on a prefix: a bisection
// whose steps compile to conditional moves, as the branches of one would mispredict.
template <class Below>
std::size_t Partition(std::size_t n, Below below) {
  std::size_t lo = 0;
  for (std::size_t len = n; len > 1;) {
    const std::size_t half = len / 2;
    lo = below(lo + half - 1) ? lo + half : lo;
    len -= half;
  }
  return n == 0 ? 0 : lo + below(lo);
}

// The same for a short array padded with entries for which `below` fails, counted a vector at
// a time (below_bits(i): LessBits of entries i to i + kLanes - 1), fewer steps in a row than a
// bisection. The entries below are a prefix, so each vector's count is its mask's trailing ones.
template <std::size_t kLanes, class BelowBits>
std::size_t CountPrefix(std::size_t n, BelowBits below_bits) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; i += kLanes)
    count += static_cast<std::size_t>(std::countr_one(below_bits(i)));
  return count;
}

// How many of y[0, n) are below `need` (a prefix), for a short y padded as FindLeastSum's.
template <std::size_t kLanes>
std::size_t CountBelow(const double* y, std::size_t n, double need) {
  using L = Lanes<kLanes>;
  return CountPrefix<kLanes>(
      n, [&](std::size_t i) { return L::LessBits(L::Load(y + i), L::Splat(need)); });
}

// The first entry of y[0, n) with !(y[i] < need) (n when none); y padded as FindLeastSum's.
template <std::size_t kLanes>
std::size_t FirstReaching(const double* y, std::size_t n, double need) {
  if (n <= kCountedMax) return CountBelow<kLanes>(y, n, need);
  return Partition(n, [&](std::size_t i) { return y[i] < need; });
}

}  // namespace

template <std::size_t kLanes>
LeastSum FindLeastSumLanes(const double* x, std::size_t nx, const double* y, std::size_t ny,
                           double target) {
  using L = Lanes<kLanes>;
  using V = typename L::V;
  using Mask = typename L::Mask;
  LeastSum out;
  // The entry of y that reaches the target with the top of x; lower entries of x need higher
  // ones, so the walk down x only climbs y from here.
  std::size_t b = FirstReaching<kLanes>(y, ny, target - x[nx - 1]);
  std::size_t a = nx;
  double least = kInf;
  if (b == 0) {
    // Entries of x from `a` up all reach the target with y[0], their sums rising with them:
    // only the lowest can win.
    const double y0 = y[0];
    a = nx <= kCountedMax
            ? CountPrefix<kLanes>(nx,
                                  [&](std::size_t i) {
                                    return L::LessBits(L::Splat(y0), target - L::Load(x + i));
                                  })
            : Partition(nx, [&](std::size_t i) { return y0 < target - x[i]; });
    least = x[a] + y0;
    out = LeastSum{true, !(a + 1 < nx && x[a + 1] + y0 == least), a, 0, 0};
  }

  // kLanes entries of x per block, in lanes of ascending entry (lane 0 the lowest, needing the
  // most of y). Per lane: the least sum reaching the target so far with its entry of x, the
  // least sum seen twice (a tie the caller must break), and the highest sum that misses.
  V lowest = L::Splat(kInf), lowest_a = L::Splat(-1), tied = L::Splat(kInf),
    highest_miss = L::Splat(-kInf);
  Mask lowest_from = {};  // where in y the block of the lane's least sum started
  const V lane = L::kIndex;
  while (a > 0) {
    const std::size_t count = a < kLanes ? a : kLanes;
    const std::size_t first = a - count;
    // Lanes from `count` on hold entries above the block (or x's padding), masked below.
    const V xs = L::Load(x + first);
    const V need = target - xs;
    // Windows of y from b up to the one holding lane 0's first reaching entry (one, mostly;
    // the lanes above need less). Lane 0's entry, where the next block starts, is counted on
    // its own so that the next block need not wait for the rest.
    const double need_0 = target - x[first];
    std::size_t end = b + kLeastSumWindow;
    while (y[end - 1] < need_0) end += kLeastSumWindow;
    const std::size_t last = end - kLeastSumWindow;
    const std::size_t next_b = last + CountBelow<kLanes>(y + last, kLeastSumWindow, need_0);
    // Per lane, down the windows in kChains interleaved chains: the last entry that reaches
    // is the first reaching one; with it, the entry below it, the highest that misses.
    V reached[kChains], missed[kChains];
    for (std::size_t c = 0; c < kChains; ++c) reached[c] = missed[c] = L::Splat(kInf);
    for (std::size_t from = last;; from -= kLeastSumWindow) {
      for (std::size_t w = kLeastSumWindow; w-- > 0;) {
        const std::size_t c = w % kChains;
        const V yw = L::Splat(y[from + w]);
        const Mask reaches = yw >= need;
        reached[c] = reaches ? yw : reached[c];
        missed[c] = reaches ? L::Splat(y[from + w - 1]) : missed[c];
      }
      if (from == b) break;
    }
    for (std::size_t step = kChains / 2; step > 0; step /= 2)
      for (std::size_t c = 0; c < step; ++c) {
        reached[c] = L::Min(reached[c], reached[c + step]);
        missed[c] = L::Min(missed[c], missed[c + step]);
      }
    V sum = xs + reached[0], miss = xs + missed[0];
    if (count < kLanes) {
      const Mask valid = lane < static_cast<double>(count);
      sum = valid ? sum : L::Splat(kInf);
      miss = valid ? miss : L::Splat(-kInf);
    }
    const Mask same = sum == lowest;
    tied = same ? L::Min(tied, sum) : tied;
    const Mask better = sum < lowest;
    lowest = better ? sum : lowest;
    lowest_a = better ? lane + static_cast<double>(first) : lowest_a;
    lowest_from = better ? static_cast<std::int64_t>(b) : lowest_from;
    highest_miss = L::Max(highest_miss, miss);
    b = next_b;
    a = first;
    if (b >= ny) break;  // lane 0 reaches nothing; lower entries of x cannot either
  }

  out.below = L::MaxOf(highest_miss);
  const double walked = L::MinOf(lowest);
  if (walked == kInf || walked > least) return out;  // the run from `a` (if any) wins
  int holders = 0;
  for (std::size_t i = 0; i < kLanes; ++i)
    if (lowest[i] == walked) {
      ++holders;
      out.a = static_cast<std::size_t>(lowest_a[i]);
      out.b = static_cast<std::size_t>(lowest_from[i]);
    }
  out.found = true;
  out.unique = holders == 1 && L::MinOf(tied) != walked && walked != least;
  // Its first reaching entry of y, counted from where its block started.
  const double need = target - x[out.a];
  while (y[out.b + kLeastSumWindow - 1] < need) out.b += kLeastSumWindow;
  out.b += CountBelow<kLanes>(y + out.b, kLeastSumWindow, need);
  return out;
}

std::size_t CountBelowWindow(const double* y, double need) {
  return CountBelow<kLeastSumLanes>(y, kLeastSumWindow, need);
}

template LeastSum FindLeastSumLanes<2>(const double*, std::size_t, const double*, std::size_t,
                                       double);
template LeastSum FindLeastSumLanes<4>(const double*, std::size_t, const double*, std::size_t,
                                       double);
template LeastSum FindLeastSumLanes<8>(const double*, std::size_t, const double*, std::size_t,
                                       double);

}  // namespace negsim
