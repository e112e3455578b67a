// Playing bargaining runs: the per-run random stream and the loop over rounds. A typical run:
//   StrategyRegistry strategies;  RegisterBuiltinStrategies(strategies);  // agents/
//   ProtocolRegistry protocols;   RegisterBuiltinProtocols(protocols);
//   const RunSetup setup(scenario, protocols, strategies);  // InputError on bad input
//   RunState state(setup);                                  // one per thread, reused
//   PlayRun(setup, state, seed);                            // same seed, same run
//   WriteRun(state, RunFormat::kText, std::cout);           // sim/run_writer.h
#pragma once

#include <cstdint>

#include "sim/run_setup.h"
#include "sim/run_state.h"

namespace negsim {

// The seed of run `run_index` under `seed` (splitmix64 of both), so that run i of a sweep
// draws the same stream whichever thread, process or machine plays it.
std::uint64_t RunSeed(std::uint64_t seed, std::uint64_t run_index);

// Resets `state` and plays rounds (Protocol::Apply) until the run ends; draws from `rng`.
void PlayRun(const RunSetup& setup, RunState& state, Rng& rng);
// The same with the stream (seed, run_index).
void PlayRun(const RunSetup& setup, RunState& state, std::uint64_t seed,
             std::uint64_t run_index = 0);

}  // namespace negsim
