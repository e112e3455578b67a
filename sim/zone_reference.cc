#include "sim/zone_reference.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace negsim {

namespace {

double ReferenceScore(ZoneSolution kind, const std::vector<double>& u, const std::vector<double>& r,
                      const std::vector<double>& best) {
  double score = kind == ZoneSolution::kNash          ? 1.0
                 : kind == ZoneSolution::kUtilitarian ? 0.0
                                                      : std::numeric_limits<double>::infinity();
  for (size_t s = 0; s < u.size(); ++s) {
    if (kind == ZoneSolution::kNash) score *= u[s] - r[s];
    if (kind == ZoneSolution::kUtilitarian) score += u[s];
    if (kind == ZoneSolution::kEgalitarian) score = std::min(score, u[s] - r[s]);
    if (kind == ZoneSolution::kKalaiSmorodinsky)
      score = std::min(score, best[s] > r[s] ? (u[s] - r[s]) / (best[s] - r[s]) : 1.0);
  }
  return score;
}

bool IsSignatory(const Scenario& scenario, int actor) { return scenario.actor(actor).signatory; }

}  // namespace

std::vector<double> SignatoryUtilities(const Scenario& scenario,
                                       std::span<const OptionIndex> package) {
  std::vector<double> utilities;
  for (int s : scenario.signatories()) utilities.push_back(scenario.Utility(s, package));
  return utilities;
}

bool Dominates(const std::vector<double>& a, const std::vector<double>& b) {
  bool better = false;
  for (size_t s = 0; s < a.size(); ++s) {
    if (a[s] < b[s]) return false;
    better = better || a[s] > b[s];
  }
  return better;
}

PackageIndex CountZoneReference(const Scenario& scenario, PackageIndex begin, PackageIndex end) {
  std::vector<OptionIndex> package(scenario.space().num_issues());
  PackageIndex count = 0;
  for (PackageIndex index = begin; index < end; ++index) {
    scenario.space().Decode(index, package);
    count += scenario.InZone(package);
  }
  return count;
}

ZoneReferenceResult AnalyseZoneReference(const Scenario& scenario, int nearest) {
  const IssueSpace& space = scenario.space();
  std::vector<double> reservations;
  for (int s : scenario.signatories()) reservations.push_back(scenario.actor(s).reservation);

  ZoneReferenceResult result;
  std::vector<std::vector<double>> utilities;                 // per zone member
  std::vector<std::tuple<int, double, PackageIndex>> ranked;  // the nearest so far, sorted
  for (PackageIndex index = 0; index < space.size(); ++index) {
    const std::vector<OptionIndex> package = space.Decode(index);
    const std::vector<double> u = SignatoryUtilities(scenario, package);
    if (scenario.InZone(package)) {
      result.members.push_back(index);
      utilities.push_back(u);
    }
    int crossed = 0;
    for (const RedLine& line : scenario.red_lines())
      crossed += IsSignatory(scenario, line.actor) && line.Crosses(package);
    double shortfall = 0;
    for (size_t s = 0; s < u.size(); ++s) shortfall += std::max(0.0, reservations[s] - u[s]);
    const std::tuple<int, double, PackageIndex> rank(crossed, shortfall, index);
    ranked.insert(std::upper_bound(ranked.begin(), ranked.end(), rank), rank);
    if (ranked.size() > static_cast<size_t>(nearest)) ranked.pop_back();
  }
  for (const auto& [crossed, shortfall, index] : ranked)
    result.nearest.push_back({index, crossed, shortfall});
  if (result.members.empty()) return result;

  // Block-nested-loop skyline: a window of the members not dominated so far.
  std::vector<size_t> window;
  for (size_t m = 0; m < result.members.size(); ++m) {
    bool dominated = false;
    for (size_t w : window) dominated = dominated || Dominates(utilities[w], utilities[m]);
    if (dominated) continue;
    std::erase_if(window, [&](size_t w) { return Dominates(utilities[m], utilities[w]); });
    window.push_back(m);
  }
  for (size_t w : window) result.pareto.push_back(result.members[w]);
  std::sort(result.pareto.begin(), result.pareto.end());
  result.best_utility.assign(reservations.size(), -std::numeric_limits<double>::infinity());
  for (const std::vector<double>& u : utilities)
    for (size_t s = 0; s < u.size(); ++s)
      result.best_utility[s] = std::max(result.best_utility[s], u[s]);
  for (ZoneSolution kind : kAllZoneSolutions) {
    size_t best = 0;
    for (size_t m = 1; m < utilities.size(); ++m)
      if (ReferenceScore(kind, utilities[m], reservations, result.best_utility) >
          ReferenceScore(kind, utilities[best], reservations, result.best_utility))
        best = m;
    result.solution_index.push_back(result.members[best]);
    result.solution_score.push_back(
        ReferenceScore(kind, utilities[best], reservations, result.best_utility));
  }
  return result;
}

PackageIndex CountRelaxedZoneReference(const Scenario& scenario, int line,
                                       std::span<const std::uint8_t> accept) {
  const IssueSpace& space = scenario.space();
  std::vector<OptionIndex> package(space.num_issues());
  PackageIndex count = 0;
  for (PackageIndex index = 0; index < space.size(); ++index) {
    space.Decode(index, package);
    bool in = true;
    for (int s : scenario.signatories())
      in = in && scenario.Utility(s, package) >= scenario.actor(s).reservation;
    for (int k = 0; k < static_cast<int>(scenario.red_lines().size()) && in; ++k) {
      const RedLine& red_line = scenario.red_lines()[k];
      if (!IsSignatory(scenario, red_line.actor)) continue;
      if (k != line) {
        in = !red_line.Crosses(package);
      } else if (!accept.empty()) {
        in = accept[package[red_line.issue]] != 0;
      }
    }
    count += in;
  }
  return count;
}

}  // namespace negsim
