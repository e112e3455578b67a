// bm_bargaining: complete bargaining runs per second (sim/run.h) against a plain reference
// implementation of the same negotiation in this file, on generated Ukraine-like scenarios:
// 4 signatories (europe, russia, ukraine, us) with Boulware strategies (exponent 0.2), the
// alternating protocol with a proposer order drawn per run, 100 rounds at most, over
//   Space3600:  6 issues of 5, 5, 4, 4, 3, 3 options (3,600 packages);
//   Space65536: 6 issues of 8, 8, 8, 8, 4, 4 options (65,536 packages).
// Items are complete negotiations; counter `rounds` is the mean number of rounds played.
// The reference scans every package every round, recomputes every utility from the tables and
// allocates as it goes; before timing, both play the same runs and must agree on every outcome.
// Run: bm_bargaining --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "agents/builtin_strategies.h"
#include "sim/run.h"

namespace negsim {
namespace {

constexpr int kRounds = 100;
constexpr double kExponent = 0.2;
constexpr std::uint64_t kSeed = 7;

// Options run from most pro-Ukraine (0) to most pro-Russia: ukraine's and europe's values
// fall along each issue, russia's rise, the us prefers the middle; weights and noise come from
// a fixed seed, so every run negotiates over the same scenario.
ScenarioSpec GeneratedSpec(const std::vector<int>& radices) {
  boost::random::mt19937_64 rng(20251128);
  const auto uniform = [&](double lo, double hi) {
    return boost::random::uniform_real_distribution<double>(lo, hi)(rng);
  };
  ScenarioSpec spec;
  spec.name = "generated-bargaining";
  spec.protocol.max_rounds = kRounds;
  spec.protocol.params["random_order"] = 1;
  for (size_t i = 0; i < radices.size(); ++i) {
    IssueSpec issue;
    issue.name = "issue" + std::to_string(i);
    for (int o = 0; o < radices[i]; ++o) issue.options.push_back("o" + std::to_string(o));
    spec.issues.push_back(issue);
  }
  for (const std::string id : {"europe", "russia", "ukraine", "us"}) {
    ActorSpec a;
    a.id = id;
    a.signatory = true;
    a.reservation = 0.3;
    a.strategy = StrategySpec{"boulware", {{"exponent", kExponent}}};
    for (const IssueSpec& issue : spec.issues) {
      a.weights[issue.name] = uniform(0.2, 1.0);
      const int n = static_cast<int>(issue.options.size());
      for (int o = 0; o < n; ++o) {
        const double x = static_cast<double>(o) / (n - 1);
        const double base = id == "russia" ? x : id == "us" ? 1 - 2 * std::abs(x - 0.5) : 1 - x;
        a.values[issue.name].values.push_back(std::clamp(base + uniform(-0.1, 0.1), 0.0, 1.0));
      }
    }
    spec.actors.push_back(a);
  }
  return spec;
}

struct Outcome {
  bool agreed = false;
  int round = -1;
  PackageIndex package = 0;
};

// The same negotiation written plainly: every package scanned every round, utilities summed
// from Scenario::Utility, vectors allocated as needed.
Outcome ReferenceRun(const Scenario& s, std::uint64_t run) {
  const IssueSpace& space = s.space();
  const int n = s.num_actors();
  Rng rng(RunSeed(kSeed, run));
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (int i = n - 1; i > 0; --i)
    std::swap(order[i], order[boost::random::uniform_int_distribution<int>(0, i)(rng)]);
  const auto utility = [&](int a, PackageIndex p) { return s.Utility(a, space.Decode(p)); };
  std::vector<double> ceiling(n, -std::numeric_limits<double>::infinity());
  for (int a = 0; a < n; ++a)
    for (PackageIndex p = 0; p < space.size(); ++p) ceiling[a] = std::max(ceiling[a], utility(a, p));
  for (int t = 0; t < kRounds; ++t) {
    std::vector<double> aspiration(n);
    for (int a = 0; a < n; ++a) {
      const double r = s.actor(a).reservation;
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
      all_accept &= u >= aspiration[a] && u >= s.actor(a).reservation;
    }
    if (all_accept) return {true, t, offer};
  }
  return {false, kRounds - 1, 0};
}

Outcome EngineOutcome(const RunState& state) {
  const RunOutcome& outcome = state.outcome();
  const bool agreed = outcome.end == RunEnd::kAgreement;
  return {agreed, outcome.round, agreed ? state.scenario().space().Encode(state.settled()) : 0};
}

const std::vector<int>& Radices(int packages) {
  static const std::vector<int> small = {5, 5, 4, 4, 3, 3}, large = {8, 8, 8, 8, 4, 4};
  return packages == 3600 ? small : large;
}

struct Fixture {
  explicit Fixture(int packages) {
    RegisterBuiltinProtocols(protocols);
    RegisterBuiltinStrategies(strategies);
    setup = std::make_unique<RunSetup>(Compile(GeneratedSpec(Radices(packages))), protocols,
                                       strategies);
    state = std::make_unique<RunState>(*setup);
  }
  ProtocolRegistry protocols;
  StrategyRegistry strategies;
  std::unique_ptr<RunSetup> setup;
  std::unique_ptr<RunState> state;
};

void BM_Engine(benchmark::State& bm) {
  Fixture fixture(static_cast<int>(bm.range(0)));
  // Both implementations must tell the same story before either is timed.
  for (std::uint64_t run = 0; run < 4; ++run) {
    PlayRun(*fixture.setup, *fixture.state, kSeed, run);
    const Outcome engine = EngineOutcome(*fixture.state);
    const Outcome reference = ReferenceRun(fixture.setup->scenario(), run);
    if (engine.agreed != reference.agreed || engine.round != reference.round ||
        engine.package != reference.package) {
      bm.SkipWithError("the engine and the reference disagree");
      return;
    }
  }
  Rng rng;
  std::uint64_t run = 0, rounds = 0;
  for (auto _ : bm) {
    rng.seed(RunSeed(kSeed, run++));
    PlayRun(*fixture.setup, *fixture.state, rng);
    rounds += fixture.state->outcome().round + 1;
  }
  bm.SetItemsProcessed(bm.iterations());
  bm.counters["rounds"] = static_cast<double>(rounds) / static_cast<double>(bm.iterations());
}
BENCHMARK(BM_Engine)->ArgName("packages")->Arg(3600)->Arg(65536)->Unit(benchmark::kMicrosecond);

void BM_Reference(benchmark::State& bm) {
  Fixture fixture(static_cast<int>(bm.range(0)));
  std::uint64_t run = 0, rounds = 0;
  for (auto _ : bm) {
    const Outcome outcome = ReferenceRun(fixture.setup->scenario(), run++);
    benchmark::DoNotOptimize(outcome);
    rounds += outcome.round + 1;
  }
  bm.SetItemsProcessed(bm.iterations());
  bm.counters["rounds"] = static_cast<double>(rounds) / static_cast<double>(bm.iterations());
}
BENCHMARK(BM_Reference)->ArgName("packages")->Arg(3600)->Arg(65536)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace negsim

BENCHMARK_MAIN();
