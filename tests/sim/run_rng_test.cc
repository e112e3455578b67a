// RunRng against boost's mt19937_64: the same numbers for the same seed, past several
// regenerations of the state, after reseeding part way, and through a boost distribution.
#include "sim/run_rng.h"

#include <gtest/gtest.h>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <cstdint>

namespace negsim::testing {
namespace {

constexpr std::uint64_t kSeeds[] = {0, 1, 5489, 42, 0xffffffffffffffffull, 0x9e3779b97f4a7c15ull};

TEST(RunRng, DrawsWhatMt19937_64DrawsForTheSameSeed) {
  for (const std::uint64_t seed : kSeeds) {
    boost::random::mt19937_64 expected(seed);
    RunRng rng(seed);
    for (int draw = 0; draw < 1000; ++draw)
      ASSERT_EQ(rng(), expected()) << "seed " << seed << " draw " << draw;
  }
  RunRng defaulted;
  boost::random::mt19937_64 expected;
  EXPECT_EQ(defaulted(), expected());
}

TEST(RunRng, ReseedingPartWayStartsTheSequenceAgain) {
  RunRng rng(7);
  for (const int drawn : {0, 3, 200, 312, 313, 700}) {
    for (int k = 0; k < drawn; ++k) rng();
    rng.seed(kSeeds[drawn % 6]);
    boost::random::mt19937_64 expected(kSeeds[drawn % 6]);
    for (int draw = 0; draw < 400; ++draw)
      ASSERT_EQ(rng(), expected()) << "after " << drawn << " draws, draw " << draw;
  }
}

TEST(RunRng, GivesBoostDistributionsTheSameNumbers) {
  RunRng rng(11);
  boost::random::mt19937_64 expected(11);
  for (int draw = 0; draw < 500; ++draw) {
    boost::random::uniform_int_distribution<int> pick(0, draw % 9 + 1);
    ASSERT_EQ(pick(rng), pick(expected)) << "draw " << draw;
  }
}

}  // namespace
}  // namespace negsim::testing
