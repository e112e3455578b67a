// Random ScenarioSpecs for property tests: small spaces with random weights, values,
// reservations, red lines of every kind and synergies, all drawn from one seed. Boost.Random
// distributions give the same spec for the same seed on every platform. Shared by the zone and
// the bargaining tests; compile the spec with Compile() (sim/scenario.h).
#pragma once

#include <boost/random/bernoulli_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "sim/spec.h"

namespace negsim::testing {

struct RandomScenarioOptions {
  int min_issues = 2;
  int max_issues = 4;
  int min_options = 2;
  int max_options = 4;
  int num_actors = 3;  // ids "a0", "a1", ...; at least one is a signatory
  double signatory_probability = 0.7;
  double zero_weight_probability = 0.2;  // per actor and issue
  double red_line_probability = 0.3;     // per actor and issue: a forbid, at-most or at-least line
  double rule_probability = 0.3;         // per actor: one if/then line
  double synergy_probability = 0.3;      // per actor: one synergy
  bool negative_synergies = true;        // false: synergies in [0, 0.3] (utilities stay >= 0)
  double min_reservation = 0.1;
  double max_reservation = 0.5;
  // > 0: values and reservations are multiples of 1/value_grid, which makes exact ties and
  // packages exactly at a reservation common.
  int value_grid = 0;
};

inline ScenarioSpec RandomScenarioSpec(std::uint64_t seed,
                                       const RandomScenarioOptions& options = {}) {
  boost::random::mt19937_64 rng(seed);
  const auto uniform_int = [&](int lo, int hi) {
    return boost::random::uniform_int_distribution<int>(lo, hi)(rng);
  };
  const auto chance = [&](double p) { return boost::random::bernoulli_distribution<>(p)(rng); };
  const auto unit = [&](double lo, double hi) {
    // Boost's [lo, hi) draw never returns when lo == hi.
    const double x = lo < hi ? boost::random::uniform_real_distribution<double>(lo, hi)(rng) : lo;
    if (options.value_grid <= 0) return x;
    return static_cast<double>(static_cast<int>(x * options.value_grid + 0.5)) / options.value_grid;
  };
  // "x3" for ("x", 3). Appended, not "x" + ...: GCC 12 warns falsely (-Wrestrict) on that.
  const auto named = [](std::string prefix, int number) {
    prefix += std::to_string(number);
    return prefix;
  };
  // A non-empty random subset of the options of `issue`, in option order.
  const auto subset = [&](const IssueSpec& issue) {
    std::vector<std::string> picked;
    while (picked.empty())
      for (const std::string& option : issue.options)
        if (chance(0.4)) picked.push_back(option);
    return picked;
  };

  ScenarioSpec spec;
  spec.name = "random-" + std::to_string(seed);
  const int num_issues = uniform_int(options.min_issues, options.max_issues);
  for (int i = 0; i < num_issues; ++i) {
    IssueSpec issue;
    issue.name = named("i", i);
    const int num_options = uniform_int(options.min_options, options.max_options);
    for (int o = 0; o < num_options; ++o) issue.options.push_back(named("o", o));
    spec.issues.push_back(issue);
  }
  for (int a = 0; a < options.num_actors; ++a) {
    ActorSpec actor;
    actor.id = named("a", a);
    actor.signatory = a == 0 || chance(options.signatory_probability);
    actor.reservation = unit(options.min_reservation, options.max_reservation);
    for (const IssueSpec& issue : spec.issues) {
      actor.weights[issue.name] = chance(options.zero_weight_probability) ? 0.0 : unit(0.05, 1);
      for (size_t o = 0; o < issue.options.size(); ++o)
        actor.values[issue.name].values.push_back(unit(0, 1));
    }
    actor.weights[spec.issues[0].name] += 0.1;  // at least one positive weight
    const auto add_line = [&](RedLineSpec line) {
      line.key =
          "actors." + actor.id + ".red_lines[" + std::to_string(actor.red_lines.size()) + "]";
      actor.red_lines.push_back(line);
    };
    for (const IssueSpec& issue : spec.issues) {
      if (!chance(options.red_line_probability)) continue;
      RedLineSpec line;
      line.issue = issue.name;
      const int kind = uniform_int(0, 2);
      const int bound = uniform_int(0, static_cast<int>(issue.options.size()) - 1);
      line.kind = kind == 0   ? RedLineKind::kForbid
                  : kind == 1 ? RedLineKind::kAtMost
                              : RedLineKind::kAtLeast;
      if (kind == 0) line.options = subset(issue);
      if (kind != 0) line.bound = issue.options[bound];
      add_line(line);
    }
    if (num_issues >= 2 && chance(options.rule_probability)) {
      const int a_issue = uniform_int(0, num_issues - 1);
      const int b_issue = (a_issue + uniform_int(1, num_issues - 1)) % num_issues;
      RedLineSpec line;
      line.kind = RedLineKind::kIfThen;
      line.issue = spec.issues[a_issue].name;
      line.options = subset(spec.issues[a_issue]);
      line.then_issue = spec.issues[b_issue].name;
      line.then_options = subset(spec.issues[b_issue]);
      add_line(line);
    }
    if (num_issues >= 2 && chance(options.synergy_probability)) {
      const int a_issue = uniform_int(0, num_issues - 1);
      const int b_issue = (a_issue + uniform_int(1, num_issues - 1)) % num_issues;
      const IssueSpec& ia = spec.issues[a_issue];
      const IssueSpec& ib = spec.issues[b_issue];
      SynergySpec synergy;
      synergy.a = {ia.name, ia.options[uniform_int(0, static_cast<int>(ia.options.size()) - 1)]};
      synergy.b = {ib.name, ib.options[uniform_int(0, static_cast<int>(ib.options.size()) - 1)]};
      synergy.value = unit(options.negative_synergies ? -0.3 : 0.0, 0.3);
      actor.synergies.push_back(synergy);
    }
    spec.actors.push_back(actor);
  }
  return spec;
}

}  // namespace negsim::testing
