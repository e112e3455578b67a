#include "sim/sweep_plan.h"

#include <boost/random/normal_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>

#include "sim/check.h"
#include "sim/json_writer.h"
#include "sim/negotiator.h"

namespace negsim {

namespace {

std::uint64_t Mix(std::uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

double DrawOne(const Draw& draw, Rng& rng) {
  switch (draw.distribution) {
    case Distribution::kUniform:
      return boost::random::uniform_real_distribution<double>(draw.min, draw.max)(rng);
    case Distribution::kNormal: {
      // The loader admits only bounds holding >= 1% of the mass, so this ends quickly.
      boost::random::normal_distribution<double> normal(draw.mean, draw.sd);
      for (;;) {
        const double x = normal(rng);
        if (x >= draw.min && x <= draw.max) return x;
      }
    }
    case Distribution::kTriangular:
      return boost::random::triangle_distribution<double>(draw.min, draw.mode, draw.max)(rng);
    case Distribution::kChoice:
      return draw.choices[boost::random::uniform_int_distribution<size_t>(
          0, draw.choices.size() - 1)(rng)];
  }
  NEGSIM_CHECK(false);
}

}  // namespace

std::string SweepParameter::Format(double value) const {
  if (kind != ValueKind::kOption) return FormatDouble(value);
  NEGSIM_CHECK(value >= 0 && value < static_cast<double>(options.size()));
  return options[static_cast<size_t>(value)];
}

std::uint64_t DrawSeed(std::uint64_t seed, RunIndex run) { return Mix(Mix(seed) ^ run); }

RunIndex SweepPlan::num_grid_points() const {
  RunIndex points = 1;
  for (const SweepParameter& p : parameters)
    if (!p.monte_carlo()) points *= p.grid.size();
  return points;
}

RunIndex SweepPlan::num_runs() const { return num_grid_points() * samples; }

void SweepPlan::Values(RunIndex run, std::span<double> values) const {
  NEGSIM_CHECK(values.size() == parameters.size() && run < num_runs());
  RunIndex point = run / samples;
  for (size_t k = parameters.size(); k-- > 0;) {
    const SweepParameter& p = parameters[k];
    if (p.monte_carlo()) continue;
    values[k] = p.grid[point % p.grid.size()];
    point /= p.grid.size();
  }
  Rng rng(DrawSeed(seed, run));
  for (size_t k = 0; k < parameters.size(); ++k) {
    const SweepParameter& p = parameters[k];
    if (!p.monte_carlo()) continue;
    const double x = DrawOne(p.draw, rng);
    values[k] = p.kind == ValueKind::kNumber ? x : std::round(x);
  }
}

RunIndex Shard::Size(RunIndex total) const {
  return total >= index ? (total - index) / count + 1 : 0;
}

}  // namespace negsim
