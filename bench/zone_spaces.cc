#include "bench/zone_spaces.h"

#include <algorithm>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "sim/check.h"

namespace negsim {

namespace {

std::string OptionName(int o) {
  std::string name = "o";  // appended, not "o" + ...: GCC 12 warns falsely on the latter
  name += std::to_string(o);
  return name;
}

// Options run from most pro-Ukraine (0) to most pro-Russia; ukraine's and europe's values fall
// along each issue, russia's rise, the us prefers the middle. Weights and noise come from a
// fixed seed, so every run benchmarks the same scenario.
ScenarioSpec GeneratedSpec(const ZoneBenchShape& shape) {
  boost::random::mt19937_64 rng(20250425);
  const auto uniform = [&](double lo, double hi) {
    return boost::random::uniform_real_distribution<double>(lo, hi)(rng);
  };
  ScenarioSpec spec;
  spec.name = "generated-" + std::to_string(shape.issues) + "x" + std::to_string(shape.options);
  for (int i = 0; i < shape.issues; ++i) {
    IssueSpec issue;
    issue.name = "issue" + std::to_string(i);
    for (int o = 0; o < shape.options; ++o) issue.options.push_back(OptionName(o));
    spec.issues.push_back(issue);
  }
  const auto actor = [&](const std::string& id, bool signatory, double reservation) {
    ActorSpec a;
    a.id = id;
    a.signatory = signatory;
    a.reservation = reservation;
    for (int i = 0; i < shape.issues; ++i) {
      const std::string& name = spec.issues[i].name;
      a.weights[name] = uniform(0.2, 1.0);
      for (int o = 0; o < shape.options; ++o) {
        const double x = static_cast<double>(o) / (shape.options - 1);
        const double base = id == "russia" ? x : id == "us" ? 1 - 2 * std::abs(x - 0.5) : 1 - x;
        a.values[name].values.push_back(std::clamp(base + uniform(-0.1, 0.1), 0.0, 1.0));
      }
    }
    return a;
  };
  ActorSpec europe = actor("europe", false, 0.5);
  ActorSpec russia = actor("russia", true, shape.reservation_russia);
  ActorSpec ukraine = actor("ukraine", true, shape.reservation_ukraine);
  ActorSpec us = actor("us", true, shape.reservation_us);
  // Adds a red line on issue i; `options` is the forbid list or the if set, `bound` the bound.
  const auto line = [&](ActorSpec& a, RedLineKind kind, int i, std::vector<std::string> options,
                        std::string bound) -> RedLineSpec& {
    RedLineSpec l;
    l.kind = kind;
    l.issue = spec.issues[i].name;
    l.options = std::move(options);
    l.bound = std::move(bound);
    l.key = "actors." + a.id + ".red_lines[" + std::to_string(a.red_lines.size()) + "]";
    a.red_lines.push_back(l);
    return a.red_lines.back();
  };
  for (int i = 0; i < shape.bounded_issues; ++i) {
    line(ukraine, RedLineKind::kAtMost, i, {}, OptionName(shape.options - 2));
    line(russia, RedLineKind::kAtLeast, i, {}, "o1");
  }
  line(us, RedLineKind::kForbid, shape.issues - 1, {"o0"}, "");
  RedLineSpec& rule =
      line(ukraine, RedLineKind::kIfThen, shape.issues - 2, {OptionName(shape.options - 1)}, "");
  rule.then_issue = spec.issues[shape.issues - 3].name;
  rule.then_options = {"o0", "o1"};
  SynergySpec guarantee{{spec.issues[0].name, "o1"}, {spec.issues[1].name, "o0"}, 0.05};
  ukraine.synergies.push_back(guarantee);
  spec.actors = {europe, russia, ukraine, us};
  return spec;
}

}  // namespace

const Scenario& ZoneBenchScenario(const ZoneBenchShape& shape) {
  static const auto small = Compile(GeneratedSpec(kSpace10x5));
  static const auto large = Compile(GeneratedSpec(kSpace20x4));
  NEGSIM_CHECK(&shape == &kSpace10x5 || &shape == &kSpace20x4);
  return &shape == &kSpace10x5 ? *small : *large;
}

}  // namespace negsim
