// RunRng: the engine behind every random draw of a run. It gives exactly the numbers of
// boost's mt19937_64 for the same seed, but seeds lazily: the Mersenne twister's seeding fills
// its 312 words one after another and its first draw regenerates them all, while a run draws
// a handful of numbers (a proposers' order, a few choices). The words a draw needs are seeded
// and regenerated when it is made; once the first 312 draws are used up it runs as the original.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace negsim {

class RunRng {
 public:
  using result_type = std::uint64_t;
  static constexpr result_type default_seed = 5489u;  // boost's

  explicit RunRng(result_type value = default_seed) { seed(value); }
  void seed(result_type value);
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return ~result_type{0}; }
  result_type operator()();

 private:
  static constexpr std::size_t kWords = 312, kShift = 156;  // mt19937_64's n and m
  // Fills the seed sequence up to word `end` (exclusive).
  void SeedTo(std::size_t end);
  // Regenerates word k (the twist of one word).
  void Twist(std::size_t k);

  std::array<result_type, kWords> words_{};
  std::size_t seeded_ = 0;      // words of the seed sequence filled so far
  std::size_t next_ = 0;        // the word the next draw tempers
  bool first_block_ = true;     // words are twisted one by one, as draws reach them
};

}  // namespace negsim
