// SweepPlan: what a sweep varies and how, apart from the file it came from (FLAMEGPU2's run
// plan list, generated instead of stored): grid parameters (every combination of their listed
// values), Monte Carlo parameters (a fresh draw per run), the runs per grid point and the seed.
// It maps a run index to that run's parameter values; every random draw of a run comes from
// (seed, run index) alone, so any thread, process or machine computes the same run alike.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sim/sweep_field.h"

namespace negsim {

using RunIndex = std::uint64_t;

// What a parameter's values are. Every value is held as a double: a number, a whole number, or
// for an option-valued field (a red line bound) the option's position in its issue.
enum class ValueKind { kNumber, kInteger, kOption };

enum class Distribution {
  kUniform,     // uniform on [min, max)
  kNormal,      // normal(mean, sd), redrawn until it falls in [min, max]
  kTriangular,  // triangular on [min, max] with its peak at `mode`
  kChoice,      // one of `choices`, each equally likely
};

// A Monte Carlo parameter's distribution. For kInteger parameters a draw is rounded to the
// nearest whole number (the bounds are whole numbers, so it stays within them).
struct Draw {
  Distribution distribution = Distribution::kUniform;
  double min = 0;               // lower bound of every draw (kChoice: least choice)
  double max = 0;               // upper bound of every draw (kChoice: greatest choice)
  double mean = 0, sd = 0;      // kNormal
  double mode = 0;              // kTriangular
  std::vector<double> choices = {};  // kChoice, in the order written
};

struct SweepParameter {
  std::string path;  // the scenario key path, as for --set; also the parameter's CSV column
  SpecField field;
  ValueKind kind = ValueKind::kNumber;
  std::vector<std::string> options;  // kOption: the option names, by position
  std::vector<double> grid;          // a grid parameter's values in order; empty: Monte Carlo
  Draw draw;                         // Monte Carlo parameters only

  bool monte_carlo() const { return grid.empty(); }
  // The value as a CSV field and a summary key: an option name, or a number with round-trip
  // precision.
  std::string Format(double value) const;
};

// The seed of run `run`'s Monte Carlo draws: SplitMix64 finalisers over (seed, run),
//   Mix(Mix(seed) ^ run),
// so no run's draws depend on any other run or on which thread or shard computes it. (A run's
// bargaining plays the stream RunSeed(seed, run) of sim/run.h, a different function, so the
// two streams are unrelated.)
std::uint64_t DrawSeed(std::uint64_t seed, RunIndex run);

struct SweepPlan {
  // Grid parameters and Monte Carlo parameters, in the order the sweep file lists them.
  std::vector<SweepParameter> parameters;
  RunIndex samples = 1;  // runs per grid point (each with its own draws and bargaining seed)
  std::uint64_t seed = 0;

  // The product of the grid parameters' value counts (1 with no grid parameter).
  RunIndex num_grid_points() const;
  // num_grid_points() x samples. Run r is sample r % samples of grid point r / samples; grid
  // points count in odometer order, the last grid parameter changing fastest.
  RunIndex num_runs() const;
  // Fills `values` (one per parameter) for run `run`: grid values from the run's grid point,
  // Monte Carlo values drawn in parameter order from an engine seeded with DrawSeed.
  void Values(RunIndex run, std::span<double> values) const;
};

// The runs one process takes: shard `index` of `count` (1-based) takes every run whose index
// r has r % count == index - 1, so shards get equal shares of every region of the grid.
struct Shard {
  std::uint64_t index = 1;
  std::uint64_t count = 1;

  // Runs of a sweep of `total` runs that fall to this shard.
  RunIndex Size(RunIndex total) const;
  // The run index of this shard's `position`-th run (0-based).
  RunIndex RunAt(RunIndex position) const { return index - 1 + position * count; }
  bool Contains(RunIndex run) const { return run % count == index - 1; }
};

}  // namespace negsim
