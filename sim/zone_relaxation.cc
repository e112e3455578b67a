#include "sim/zone_relaxation.h"

#include <algorithm>

#include "sim/zone_plan.h"

namespace negsim {

namespace {

// Narrows `allowed` on `issue` to the options `keep` says yes to.
template <class Keep>
void Narrow(const IssueSpace& space, int issue, std::vector<std::uint8_t>& allowed, Keep keep) {
  for (int o = 0; o < space.num_options(issue); ++o)
    if (!keep(o)) allowed[space.offset(issue) + o] = 0;
}

PackageIndex CountWith(const ZoneTables& tables, const std::vector<std::uint8_t>& allowed,
                       std::span<const int> rules, WorkBudget& budget) {
  return CountZone(SearchPlan(tables, allowed, rules, PlanPurpose::kZone), budget);
}

// Packages added when `line` (forbid / at-most / at-least) also accepts `option`.
PackageIndex AddedByOption(const ZoneTables& tables, int line, int option, WorkBudget& budget) {
  std::vector<std::uint8_t> allowed = tables.AllowedWithout(line);
  Narrow(tables.space(), tables.scenario().red_lines()[line].issue, allowed,
         [&](int o) { return o == option; });
  return CountWith(tables, allowed, tables.rules(), budget);
}

// Packages added when if/then `line` is dropped: those that cross it and nothing else.
PackageIndex AddedByDropping(const ZoneTables& tables, int line, WorkBudget& budget) {
  const RedLine& rule = tables.scenario().red_lines()[line];
  std::vector<std::uint8_t> allowed(tables.allowed().begin(), tables.allowed().end());
  Narrow(tables.space(), rule.issue, allowed, [&](int o) { return rule.accept[o] != 0; });
  Narrow(tables.space(), rule.then_issue, allowed, [&](int o) { return rule.then_accept[o] == 0; });
  std::vector<int> rules;
  for (int k : tables.rules())
    if (k != line) rules.push_back(k);
  return CountWith(tables, allowed, rules, budget);
}

// The option a one-step relaxation newly allows, or -1 when the line allows every option.
int NextOption(const RedLine& line) {
  const int n = static_cast<int>(line.accept.size());
  if (line.kind == RedLineKind::kAtMost) {
    const int last = static_cast<int>(std::find(line.accept.begin(), line.accept.end(), 0) -
                                      line.accept.begin());
    return last < n ? last : -1;
  }
  const int first =
      static_cast<int>(std::find(line.accept.begin(), line.accept.end(), 1) - line.accept.begin());
  return first > 0 && first < n ? first - 1 : -1;
}

}  // namespace

std::vector<ZoneRelaxation> CountRelaxations(const ZoneTables& tables, PackageIndex zone_size,
                                             WorkBudget& budget) {
  std::vector<ZoneRelaxation> rows;
  const auto add_row = [&](int line, int option, PackageIndex added) {
    rows.push_back(ZoneRelaxation{line, option, true, zone_size + added, added});
  };
  for (int k : tables.signatory_lines()) {
    const RedLine& line = tables.scenario().red_lines()[k];
    budget.set_stage("relaxing red line '" + line.label + "'");
    switch (line.kind) {
      case RedLineKind::kIfThen:
        add_row(k, -1, AddedByDropping(tables, k, budget));
        break;
      case RedLineKind::kForbid:
        for (int o = 0; o < static_cast<int>(line.accept.size()); ++o)
          if (!line.accept[o]) add_row(k, o, AddedByOption(tables, k, o, budget));
        break;
      case RedLineKind::kAtMost:
      case RedLineKind::kAtLeast: {
        const int option = NextOption(line);
        if (option < 0) {
          rows.push_back(ZoneRelaxation{k, -1, false, zone_size, 0});
        } else {
          add_row(k, option, AddedByOption(tables, k, option, budget));
        }
        break;
      }
    }
  }
  return rows;
}

}  // namespace negsim
