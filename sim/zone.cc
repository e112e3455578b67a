#include "sim/zone.h"

#include <algorithm>
#include <limits>

#include "sim/check.h"
#include "sim/input_error.h"
#include "sim/zone_enumerator.h"
#include "sim/zone_nearest.h"
#include "sim/zone_plan.h"
#include "sim/zone_relaxation.h"
#include "sim/zone_search.h"
#include "sim/zone_tables.h"

namespace negsim {

namespace {

ZonePackage MakePackage(const Scenario& scenario, PackageIndex index) {
  ZonePackage package;
  package.index = index;
  package.options = scenario.space().Decode(index);
  for (int a = 0; a < scenario.num_actors(); ++a) {
    package.utility.push_back(scenario.Utility(a, package.options));
    package.gain.push_back(package.utility.back() - scenario.actor(a).reservation);
  }
  return package;
}

ZoneNearPackage MakeNearPackage(const ZoneTables& tables, const NearPackage& near) {
  const Scenario& scenario = tables.scenario();
  ZoneNearPackage out{
      MakePackage(scenario, near.index), near.red_lines_crossed, near.shortfall, {}};
  for (int k : tables.signatory_lines()) {
    const RedLine& line = scenario.red_lines()[k];
    if (line.Crosses(out.package.options)) out.concessions.push_back({line.actor, k, 0.0});
  }
  NEGSIM_CHECK(static_cast<int>(out.concessions.size()) == near.red_lines_crossed);
  for (int s : scenario.signatories()) {
    const double shortfall = scenario.actor(s).reservation - out.package.utility[s];
    if (shortfall > 0) out.concessions.push_back({s, -1, shortfall});
  }
  return out;
}

// Packages that cross no signatory's forbid / at-most / at-least line, for error messages.
PackageIndex WithinSimpleRedLines(const ZoneTables& tables) {
  const IssueSpace& space = tables.space();
  PackageIndex count = 1;
  for (int i = 0; i < space.num_issues(); ++i)
    count *= std::count(tables.allowed().begin() + space.offset(i),
                        tables.allowed().begin() + space.offset(i + 1), 1);
  return count;
}

void AddSolutions(const ZoneTables& tables, const ZoneSurvey& survey, const BestPackage& ks,
                  ZoneReport& report) {
  std::vector<double> utilities(tables.lanes());
  for (ZoneSolution kind : kAllZoneSolutions) {
    const BestPackage& best = kind == ZoneSolution::kNash               ? survey.nash
                              : kind == ZoneSolution::kKalaiSmorodinsky ? ks
                              : kind == ZoneSolution::kUtilitarian      ? survey.utilitarian
                                                                        : survey.egalitarian;
    NEGSIM_CHECK(best.found());
    ZonePackage package = MakePackage(tables.scenario(), best.index());
    tables.ExactUtilities(package.options, utilities.data());
    report.solutions.push_back(ZoneSolutionPoint{
        kind, best.score(), survey.pareto.Contains(utilities.data()), std::move(package)});
  }
}

void Analyse(const ZoneTables& tables, const ZoneOptions& options, WorkBudget& budget,
             ZoneReport& report) {
  const Scenario& scenario = tables.scenario();
  budget.set_stage("enumerating the zone");
  const SearchPlan plan(tables, tables.allowed(), tables.rules(), PlanPurpose::kZone);
  const ZoneSurvey survey = SurveyZone(plan, options.max_pareto_listed, budget);
  report.zone_size = survey.size;

  report.best_utility.assign(scenario.num_actors(), std::numeric_limits<double>::quiet_NaN());
  if (survey.size > 0)
    for (int s = 0; s < tables.num_signatories(); ++s)
      report.best_utility[tables.signatory(s)] = survey.best_utility[s];

  report.pareto_count = survey.pareto.count();
  for (PackageIndex index : survey.pareto.LowestIndices(options.max_pareto_listed))
    report.pareto.push_back(MakePackage(scenario, index));

  if (survey.size > 0) {
    budget.set_stage("searching for the Kalai-Smorodinsky point");
    AddSolutions(tables, survey, FindKalaiSmorodinsky(plan, survey, budget), report);
  } else if (options.nearest > 0) {
    budget.set_stage("searching for the packages nearest to the empty zone");
    for (const NearPackage& near : FindNearestPackages(tables, options.nearest, budget))
      report.nearest.push_back(MakeNearPackage(tables, near));
  }
  if (options.relaxations) {
    report.relaxations = CountRelaxations(tables, survey.size, budget);
    report.relaxations_computed = true;
  }
}

[[noreturn]] void ThrowTooLarge(const ZoneTables& tables, const WorkBudget& budget) {
  const Scenario& scenario = tables.scenario();
  throw InputError(SourcePos{scenario.spec().file, 0, 0}, "",
                   "space too large for this analysis: " + std::to_string(budget.limit()) +
                       " search steps spent while " + budget.stage() + " (space of " +
                       std::to_string(scenario.space().size()) + " packages, " +
                       std::to_string(WithinSimpleRedLines(tables)) +
                       " within the signatories' forbid/at-most/at-least red lines)",
                   "add red lines, narrow issues, or raise --max-work");
}

struct MemberVisitor {
  static constexpr bool kPrunes = false;
  static constexpr bool kCountsWhole = false;
  void Leaf(const double*, std::span<const OptionIndex>, PackageIndex index) { visit(index); }
  const std::function<void(PackageIndex)>& visit;
};

}  // namespace

void ForEachZoneMember(const Scenario& scenario, const std::function<void(PackageIndex)>& visit,
                       std::uint64_t max_work) {
  const ZoneTables tables(scenario);
  WorkBudget budget(max_work);
  budget.set_stage("enumerating the zone");
  MemberVisitor visitor{visit};
  try {
    SearchZone(SearchPlan(tables, tables.allowed(), tables.rules(), PlanPurpose::kZone), budget,
               visitor);
  } catch (const WorkExhausted&) {
    ThrowTooLarge(tables, budget);
  }
}

ZoneReport AnalyseZone(const Scenario& scenario, const ZoneOptions& options) {
  NEGSIM_CHECK(options.nearest >= 0 && options.max_pareto_listed >= 0);
  const ZoneTables tables(scenario);
  WorkBudget budget(options.max_work);
  ZoneReport report;
  report.space_size = scenario.space().size();
  try {
    Analyse(tables, options, budget, report);
  } catch (const WorkExhausted&) {
    ThrowTooLarge(tables, budget);
  }
  report.work = budget.used();
  return report;
}

std::vector<BindingRedLine> BindingRedLines(const ZoneReport& report) {
  std::vector<BindingRedLine> binding;
  for (const ZoneRelaxation& row : report.relaxations) {
    if (!row.binds()) continue;
    // A forbid line's rows are consecutive.
    if (!binding.empty() && binding.back().red_line == row.red_line)
      binding.back().added = std::max(binding.back().added, row.added);
    else
      binding.push_back({row.red_line, row.added});
  }
  return binding;
}

}  // namespace negsim
