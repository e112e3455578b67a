#include "sim/run.h"

namespace negsim {

std::uint64_t RunSeed(std::uint64_t seed, std::uint64_t run_index) {
  std::uint64_t z = seed ^ (0x9E3779B97F4A7C15ull * (run_index + 1));
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void PlayRun(const RunSetup& setup, RunState& state, Rng& rng) {
  state.Reset(rng);
  while (state.running()) setup.protocol().Apply(setup, state, rng);
}

void PlayRun(const RunSetup& setup, RunState& state, std::uint64_t seed,
             std::uint64_t run_index) {
  Rng rng(RunSeed(seed, run_index));
  PlayRun(setup, state, rng);
}

}  // namespace negsim
