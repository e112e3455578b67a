#include "sim/run_rng.h"

namespace negsim {

namespace {

// mt19937_64's parameters (Matsumoto and Nishimura), as boost defines them.
constexpr std::uint64_t kMatrix = 0xb5026f5aa96619e9ull;
constexpr std::uint64_t kUpper = ~std::uint64_t{0} << 31, kLower = ~kUpper;
constexpr std::uint64_t kSeedFactor = 6364136223846793005ull;

}  // namespace

void RunRng::seed(result_type value) {
  // Boost then rewrites the low 31 bits of word 0 from words 155 and 311; a twist reads only
  // its high bits, so the numbers drawn do not depend on them and they are left alone.
  words_[0] = value;
  seeded_ = 1;
  next_ = 0;
  first_block_ = true;
}

void RunRng::SeedTo(std::size_t end) {
  for (; seeded_ < end; ++seeded_) {
    const result_type previous = words_[seeded_ - 1];
    words_[seeded_] = kSeedFactor * (previous ^ (previous >> 62)) + seeded_;
  }
}

void RunRng::Twist(std::size_t k) {
  // Word k mixes words k and k + 1 with word k + m (still the seed's) below n - m, and with the
  // already regenerated word k - (n - m) from there on; the last wraps to the new word 0.
  const result_type following = words_[k + 1 < kWords ? k + 1 : 0];
  const result_type y = (words_[k] & kUpper) | (following & kLower);
  const result_type partner =
      k < kWords - kShift ? words_[k + kShift] : words_[k - (kWords - kShift)];
  words_[k] = partner ^ (y >> 1) ^ ((following & 1) * kMatrix);
}

RunRng::result_type RunRng::operator()() {
  if (next_ == kWords) {
    for (std::size_t k = 0; k < kWords; ++k) Twist(k);
    next_ = 0;
    first_block_ = false;
  }
  if (first_block_) {
    // Word k needs the seed up to word k + m (or the last), and nothing later.
    SeedTo(next_ + kShift + 1 < kWords ? next_ + kShift + 1 : kWords);
    Twist(next_);
  }
  result_type z = words_[next_++];
  z ^= (z >> 29) & 0x5555555555555555ull;
  z ^= (z << 17) & 0x71d67fffeda60000ull;
  z ^= (z << 37) & 0xfff7eee000000000ull;
  z ^= z >> 43;
  return z;
}

}  // namespace negsim
