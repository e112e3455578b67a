// FindLeastSum against a plain per-entry scan, on random ascending arrays: short ones (counted
// whole) and long ones (bisected), values on a coarse grid so that equal sums are common, and
// spreads that make the walk run past its first window. Every vector width gives the same
// answer, so that a run is the same on machines with and without AVX-512.
#include "sim/least_sum.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <limits>
#include <vector>

namespace negsim::testing {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// n ascending values with FindLeastSum's padding: -inf before, kLeastSumWindow +inf after.
struct Padded {
  std::vector<double> storage;
  const double* data() const { return storage.data() + 1; }
};

Padded Ascending(std::size_t n, double spread, double grid, boost::random::mt19937_64& rng) {
  boost::random::uniform_real_distribution<double> value(0, spread);
  std::vector<double> v(n);
  for (double& x : v) x = grid > 0 ? std::round(value(rng) / grid) * grid : value(rng);
  std::sort(v.begin(), v.end());
  Padded p;
  p.storage.push_back(-kInf);
  p.storage.insert(p.storage.end(), v.begin(), v.end());
  p.storage.insert(p.storage.end(), kLeastSumWindow, kInf);
  return p;
}

// What FindLeastSum must answer, entry by entry of x: its first entry of y reaching the target
// (!(y[b] < target - x[a])), the sum, and the highest sum of the entry below it.
struct Expected {
  bool found = false;
  int holders = 0;  // entries of x whose first reaching sum is the least
  std::size_t a = 0, b = 0;
  double least = kInf, below = -kInf;
};

Expected Scan(const double* x, std::size_t nx, const double* y, std::size_t ny, double target) {
  Expected e;
  for (std::size_t a = 0; a < nx; ++a) {
    std::size_t b = 0;
    while (b < ny && y[b] < target - x[a]) ++b;
    if (b > 0) e.below = std::max(e.below, x[a] + y[b - 1]);
    if (b == ny) continue;
    const double sum = x[a] + y[b];
    if (sum < e.least) {
      e = Expected{true, 1, a, b, sum, e.below};
    } else if (sum == e.least) {
      ++e.holders;
    }
  }
  return e;
}

TEST(FindLeastSum, AgreesWithAPlainScan) {
  boost::random::mt19937_64 rng(11);
  boost::random::uniform_int_distribution<std::size_t> short_size(1, 70), long_size(65, 300);
  int ties = 0, unique = 0, none = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    const bool is_long = trial % 4 == 0;
    const std::size_t nx = is_long ? long_size(rng) : short_size(rng);
    const std::size_t ny = is_long ? long_size(rng) : short_size(rng);
    // x spread wide against y: several entries of y between neighbouring entries of x.
    const double grid = trial % 3 == 0 ? 0.05 : 0;
    const Padded x = Ascending(nx, trial % 5 == 0 ? 20 : 1, grid, rng);
    const Padded y = Ascending(ny, 1, grid, rng);
    boost::random::uniform_real_distribution<double> target(-0.5, trial % 5 == 0 ? 22 : 2.5);
    const double t = target(rng);
    const Expected want = Scan(x.data(), nx, y.data(), ny, t);
    const LeastSum got = FindLeastSum(x.data(), nx, y.data(), ny, t);
    SCOPED_TRACE(::testing::Message() << "trial " << trial << " nx " << nx << " ny " << ny);
    for (const LeastSum& other : {FindLeastSumLanes<2>(x.data(), nx, y.data(), ny, t),
                                  FindLeastSumLanes<4>(x.data(), nx, y.data(), ny, t),
                                  FindLeastSumLanes<8>(x.data(), nx, y.data(), ny, t)}) {
      EXPECT_EQ(other.found, got.found);
      EXPECT_EQ(other.unique, got.unique);
      EXPECT_EQ(other.below, got.below);
      if (!got.found || !got.unique) continue;  // a tie's pair is left to the caller
      EXPECT_EQ(other.a, got.a);
      EXPECT_EQ(other.b, got.b);
    }
    EXPECT_EQ(got.below, want.below);
    ASSERT_EQ(got.found, want.found);
    if (!want.found) {
      ++none;
      continue;
    }
    EXPECT_EQ(got.unique, want.holders == 1);
    if (want.holders > 1) {
      ++ties;
      continue;
    }
    ++unique;
    EXPECT_EQ(got.a, want.a);
    EXPECT_EQ(got.b, want.b);
  }
  // Every kind of answer was exercised.
  EXPECT_GT(ties, 100);
  EXPECT_GT(unique, 1000);
  EXPECT_GT(none, 30);
}

}  // namespace
}  // namespace negsim::testing
