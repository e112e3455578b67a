// bm_bargaining: complete bargaining negotiations per second (sim/run.h) against a plain
// reference implementation of the same negotiation in this file, on generated Ukraine-like
// scenarios: 4 signatories (europe, russia, ukraine, us) with Boulware strategies (exponent
// 0.2), the alternating protocol with a proposer order drawn per run, 100 rounds at most, over
//   Space3600:  6 issues of 5, 5, 4, 4, 3, 3 options (3,600 packages);
//   Space65536: 6 issues of 8, 8, 8, 8, 4, 4 options (65,536 packages).
// Every negotiation is another scenario: its weights, values and reservations are drawn from
// its own seed inside the timed loop, and the engine pays for everything it prepares per
// scenario, as a sweep over different scenarios would: RunSetup::Rebind (checking the numbers,
// building and sorting every actor's search halves) and the run. Only what scenarios of one
// shape share is built once: the compiled issues, the strategies, and memory.
// Items are complete negotiations; counter `rounds` is the mean number of rounds played.
// BM_EnginePrepare times the per-scenario part alone (drawing and RunSetup::Rebind).
// The reference scans every package every round, recomputes every utility from the drawn
// numbers and allocates as it goes; before timing, both play the same negotiations and must
// agree on every outcome.
// Run: bm_bargaining --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/random/uniform_int_distribution.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include "agents/builtin_strategies.h"
#include "sim/run.h"

namespace negsim {
namespace {

constexpr int kRounds = 100;
constexpr double kExponent = 0.2;
constexpr std::uint64_t kSeed = 7;
const char* const kActors[] = {"europe", "russia", "ukraine", "us"};

// The shape every negotiation shares; its weights, values and reservations are placeholders
// that each negotiation replaces with its own.
ScenarioSpec ShapeSpec(const std::vector<int>& radices) {
  ScenarioSpec spec;
  spec.name = "generated-bargaining";
  spec.protocol.max_rounds = kRounds;
  spec.protocol.params["random_order"] = 1;
  for (size_t i = 0; i < radices.size(); ++i) {
    // Appended, not "x" + ...: GCC 12 warns falsely (-Wrestrict) on that.
    IssueSpec issue;
    issue.name = "issue";
    issue.name += std::to_string(i);
    for (int o = 0; o < radices[i]; ++o)
      issue.options.push_back(std::string("o").append(std::to_string(o)));
    spec.issues.push_back(issue);
  }
  for (const std::string id : kActors) {
    ActorSpec a;
    a.id = id;
    a.signatory = true;
    a.strategy = StrategySpec{"boulware", {{"exponent", kExponent}}};
    for (const IssueSpec& issue : spec.issues) {
      a.weights[issue.name] = 1;
      a.values[issue.name].values.assign(issue.options.size(), 0.5);
    }
    spec.actors.push_back(a);
  }
  return spec;
}

// One negotiation's numbers, actor by actor in the order of kActors.
struct Numbers {
  std::vector<double> weights;       // num_actors x num_issues, summing to 1 per actor
  std::vector<double> values;        // num_actors x num_flat_options
  std::vector<double> reservations;  // per actor
};

// Per flat option, its place along its issue from 0 (the first option) to 1 (the last): part
// of the shape, so found once per batch.
std::vector<double> PlacesOf(const IssueSpace& space) {
  std::vector<double> place(space.num_flat_options());
  for (int i = 0; i < space.num_issues(); ++i)
    for (int o = 0; o < space.num_options(i); ++o)
      place[space.offset(i) + o] = static_cast<double>(o) / (space.num_options(i) - 1);
  return place;
}

// Draws negotiation `negotiation`'s numbers into `out` (sized once): options run from most
// pro-Ukraine (0) to most pro-Russia, so ukraine's and europe's values fall along each issue,
// russia's rise and the us prefers the middle, each with noise; weights are uniform in
// [0.2, 1] before normalising, reservations in [0.2, 0.4]. A splitmix64 stream: cheap, and the
// same on every platform.
void Draw(const IssueSpace& space, std::span<const double> place, std::uint64_t negotiation,
          Numbers& out) {
  std::uint64_t state = RunSeed(kSeed, negotiation);
  const auto uniform = [&](double lo, double hi) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return lo + (hi - lo) * static_cast<double>(z >> 11) * 0x1.0p-53;
  };
  const int issues = space.num_issues(), flat = space.num_flat_options();
  for (int a = 0; a < 4; ++a) {
    const std::string_view id = kActors[a];
    const bool russia = id == "russia", us = id == "us";
    double* weights = out.weights.data() + a * issues;
    for (int i = 0; i < issues; ++i) weights[i] = uniform(0.2, 1.0);
    const double sum = std::accumulate(weights, weights + issues, 0.0);
    for (int i = 0; i < issues; ++i) weights[i] /= sum;
    for (int f = 0; f < flat; ++f) {
      const double x = place[f];
      const double base = russia ? x : us ? 1 - 2 * std::abs(x - 0.5) : 1 - x;
      out.values[a * flat + f] = std::clamp(base + uniform(-0.1, 0.1), 0.0, 1.0);
    }
    out.reservations[a] = uniform(0.2, 0.4);
  }
}

struct Outcome {
  bool agreed = false;
  int round = -1;
  PackageIndex package = 0;
};

// The same negotiation written plainly: every package scanned every round, utilities summed
// from the drawn numbers, vectors allocated as needed.
Outcome ReferenceRun(const IssueSpace& space, const Numbers& numbers, std::uint64_t run) {
  const int n = 4, issues = space.num_issues(), flat = space.num_flat_options();
  Rng rng(RunSeed(kSeed, run));
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (int i = n - 1; i > 0; --i)
    std::swap(order[i], order[boost::random::uniform_int_distribution<int>(0, i)(rng)]);
  const auto utility = [&](int a, PackageIndex p) {
    const std::vector<OptionIndex> package = space.Decode(p);
    double u = 0;
    for (int i = 0; i < issues; ++i)
      u +=
          numbers.weights[a * issues + i] * numbers.values[a * flat + space.offset(i) + package[i]];
    return u;
  };
  std::vector<double> ceiling(n, -std::numeric_limits<double>::infinity());
  for (int a = 0; a < n; ++a)
    for (PackageIndex p = 0; p < space.size(); ++p)
      ceiling[a] = std::max(ceiling[a], utility(a, p));
  for (int t = 0; t < kRounds; ++t) {
    std::vector<double> aspiration(n);
    for (int a = 0; a < n; ++a) {
      const double r = numbers.reservations[a];
      const double conceded = std::pow(static_cast<double>(t) / (kRounds - 1), 1 / kExponent);
      aspiration[a] = std::max(r, std::min(r + (ceiling[a] - r) * (1 - conceded), ceiling[a]));
    }
    const int proposer = order[t % n];
    // The least own utility at or above the aspiration, lowest index among ties; the best
    // package when rounding leaves none.
    PackageIndex offer = 0, top = 0;
    double best = std::numeric_limits<double>::infinity();
    double top_utility = -best;
    for (PackageIndex p = 0; p < space.size(); ++p) {
      const double u = utility(proposer, p);
      if (u >= aspiration[proposer] && u < best) {
        best = u;
        offer = p;
      }
      if (u > top_utility) {
        top_utility = u;
        top = p;
      }
    }
    if (best == std::numeric_limits<double>::infinity()) offer = top;
    bool all_accept = true;
    for (int a = 0; a < n; ++a) {
      const double u = utility(a, offer);
      all_accept &= u >= aspiration[a] && u >= numbers.reservations[a];
    }
    if (all_accept) return {true, t, offer};
  }
  return {false, kRounds - 1, 0};
}

const std::vector<int>& Radices(int packages) {
  static const std::vector<int> small = {5, 5, 4, 4, 3, 3}, large = {8, 8, 8, 8, 4, 4};
  return packages == 3600 ? small : large;
}

// What a batch of scenarios of one shape shares: the compiled shape, a set-up and a state to
// rebind and reuse, and the buffers each negotiation's numbers are drawn into.
struct Batch {
  explicit Batch(int packages) {
    RegisterBuiltinProtocols(protocols);
    RegisterBuiltinStrategies(strategies);
    setup =
        std::make_unique<RunSetup>(Compile(ShapeSpec(Radices(packages))), protocols, strategies);
    state = std::make_unique<RunState>(*setup);
    const size_t issues = space().num_issues(), flat = space().num_flat_options();
    numbers.weights.resize(4 * issues);
    numbers.values.resize(4 * flat);
    numbers.reservations.resize(4);
    place = PlacesOf(space());
    for (size_t a = 0; a < 4; ++a)
      actors.push_back(ActorNumbers{std::span(numbers.weights).subspan(a * issues, issues),
                                    std::span(numbers.values).subspan(a * flat, flat), 0});
  }
  const IssueSpace& space() const { return setup->scenario().space(); }

  // Negotiation `run`'s own numbers, and the set-up rebound to them.
  void Prepare(std::uint64_t run) {
    Draw(space(), place, run, numbers);
    for (int a = 0; a < 4; ++a) actors[a].reservation = numbers.reservations[a];
    setup->Rebind(actors);
  }
  // Negotiation `run` by the engine: prepared, then played.
  Outcome Engine(std::uint64_t run) {
    Prepare(run);
    PlayRun(*setup, *state, kSeed, run);
    const RunOutcome& outcome = state->outcome();
    const bool agreed = outcome.end == RunEnd::kAgreement;
    return {agreed, outcome.round, agreed ? space().Encode(state->settled()) : 0};
  }
  // The same negotiation by the reference.
  Outcome Reference(std::uint64_t run) {
    Draw(space(), place, run, numbers);
    return ReferenceRun(space(), numbers, run);
  }

  ProtocolRegistry protocols;
  StrategyRegistry strategies;
  std::vector<double> place;  // PlacesOf the shape
  std::unique_ptr<RunSetup> setup;
  std::unique_ptr<RunState> state;
  Numbers numbers;
  std::vector<ActorNumbers> actors;  // views of `numbers`
};

// Times `negotiate` (Batch::Engine or Batch::Reference), one new negotiation per iteration.
void Time(benchmark::State& bm, Batch& batch, Outcome (Batch::*negotiate)(std::uint64_t)) {
  std::uint64_t run = 0, rounds = 0;
  for (auto _ : bm) {
    const Outcome outcome = (batch.*negotiate)(run++);
    benchmark::DoNotOptimize(outcome);
    rounds += outcome.round + 1;
  }
  bm.SetItemsProcessed(bm.iterations());
  bm.counters["rounds"] = static_cast<double>(rounds) / static_cast<double>(bm.iterations());
}

void BM_Engine(benchmark::State& bm) {
  Batch batch(static_cast<int>(bm.range(0)));
  // Both implementations must tell the same story before either is timed.
  for (std::uint64_t run = 0; run < 8; ++run) {
    const Outcome engine = batch.Engine(run);
    const Outcome reference = batch.Reference(run);
    if (engine.agreed != reference.agreed || engine.round != reference.round ||
        engine.package != reference.package) {
      bm.SkipWithError("the engine and the reference disagree");
      return;
    }
  }
  Time(bm, batch, &Batch::Engine);
}
BENCHMARK(BM_Engine)->ArgName("packages")->Arg(3600)->Arg(65536)->Unit(benchmark::kMicrosecond);

// Only the per-scenario preparation of BM_Engine (drawing the numbers, RunSetup::Rebind), to
// split its time between preparing and playing.
void BM_EnginePrepare(benchmark::State& bm) {
  Batch batch(static_cast<int>(bm.range(0)));
  std::uint64_t run = 0;
  for (auto _ : bm) {
    batch.Prepare(run++);
    benchmark::ClobberMemory();
  }
  bm.SetItemsProcessed(bm.iterations());
}
BENCHMARK(BM_EnginePrepare)
    ->ArgName("packages")
    ->Arg(3600)
    ->Arg(65536)
    ->Unit(benchmark::kMicrosecond);

void BM_Reference(benchmark::State& bm) {
  Batch batch(static_cast<int>(bm.range(0)));
  Time(bm, batch, &Batch::Reference);
}
BENCHMARK(BM_Reference)->ArgName("packages")->Arg(3600)->Arg(65536)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace negsim

BENCHMARK_MAIN();
