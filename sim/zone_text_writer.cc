// WriteZoneText: the zone report for people (declared in zone.h).
#include <map>
#include <set>
#include <string>

#include "sim/zone.h"
#include "sim/zone_format.h"

namespace negsim {

namespace {

constexpr int kDigits = 4;

std::string Plural(PackageIndex n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void WritePackage(const Scenario& scenario, const ZonePackage& package, std::ostream& out) {
  out << "    " << scenario.space().Describe(package.options) << '\n' << "    utility (gain):";
  for (int a = 0; a < scenario.num_actors(); ++a)
    out << ' ' << scenario.actor(a).id << ' ' << Fixed(package.utility[a], kDigits) << " ("
        << Fixed(package.gain[a], kDigits, true) << ')';
  out << '\n';
}

void WriteHeader(const Scenario& scenario, const ZoneReport& report, std::ostream& out) {
  out << "Agreement zone of '" << scenario.name() << "' at round 0\n"
      << "  space        " << Plural(report.space_size, "package") << '\n'
      << "  zone         " << Plural(report.zone_size, "package") << " ("
      << Fixed(
             100.0 * static_cast<double>(report.zone_size) / static_cast<double>(report.space_size),
             kDigits)
      << "% of the space)\n  signatories ";
  std::string others;
  for (int a = 0, first = 1; a < scenario.num_actors(); ++a) {
    const Actor& actor = scenario.actor(a);
    if (!actor.signatory) {
      others += (others.empty() ? "" : ", ") + actor.id;
      continue;
    }
    out << (first ? " " : ", ") << actor.id << " (reservation "
        << Fixed(actor.reservation, kDigits);
    if (report.zone_size > 0) out << ", best in zone " << Fixed(report.best_utility[a], kDigits);
    out << ')';
    first = 0;
  }
  out << '\n';
  if (!others.empty()) out << "  others       " << others << " (utilities shown, no veto)\n";
}

void WriteParetoAndSolutions(const Scenario& scenario, const ZoneReport& report,
                             std::ostream& out) {
  out << "\nPareto-efficient packages of the zone: " << report.pareto_count;
  if (report.pareto_count > report.pareto.size())
    out << " (the " << report.pareto.size() << " with the lowest package index listed)";
  out << '\n';
  for (const ZonePackage& package : report.pareto) {
    out << "  package " << package.index << '\n';
    WritePackage(scenario, package, out);
  }
  out << "\nBargaining solutions (ties go to the lowest package index):\n";
  for (const ZoneSolutionPoint& point : report.solutions) {
    out << "  " << SolutionTitle(point.kind) << ": package " << point.package.index
        << (point.pareto ? "" : " (weakly dominated: a tie broken by index)") << '\n'
        << "    " << SolutionScoreMeaning(point.kind) << " = " << Fixed(point.score, 6) << '\n';
    WritePackage(scenario, point.package, out);
  }
}

void WriteRelaxations(const Scenario& scenario, const ZoneReport& report, std::ostream& out) {
  out << "\nSignatory red lines, each relaxed one step alone (zone now " << report.zone_size
      << "):\n";
  if (report.relaxations.empty()) out << "  (the signatories have no red lines)\n";
  std::map<int, std::set<int>> binding;  // actor -> its binding red lines
  for (const ZoneRelaxation& row : report.relaxations) {
    const RedLine& line = scenario.red_lines()[row.red_line];
    out << (row.binds() ? "  binds  " : "         ") << line.label << " -> "
        << DescribeRelaxation(scenario, row) << ": zone " << row.zone_size << " (+" << row.added
        << ")\n";
    if (row.binds()) binding[line.actor].insert(row.red_line);
  }
  std::string summary;
  for (const auto& [actor, lines] : binding)
    summary += (summary.empty() ? "" : ", ") + scenario.actor(actor).id + " " +
               std::to_string(lines.size());
  out << "  binding red lines by actor: " << (summary.empty() ? "none" : summary) << '\n';
}

std::string DescribeConcession(const Scenario& scenario, const ZoneNearPackage& near,
                               const ZoneConcession& concession) {
  const Actor& actor = scenario.actor(concession.actor);
  if (concession.red_line < 0)
    return actor.id + " accepts utility " + Fixed(near.package.utility[concession.actor], kDigits) +
           ", " + Fixed(concession.shortfall, kDigits) + " below its reservation " +
           Fixed(actor.reservation, kDigits);
  const RedLine& line = scenario.red_lines()[concession.red_line];
  const auto holds = [&](int issue) {
    const Issue& is = scenario.space().issue(issue);
    return is.name + "=" + is.options[near.package.options[issue]];
  };
  return actor.id + " gives up '" + line.label + "' (the package has " + holds(line.issue) +
         (line.kind == RedLineKind::kIfThen ? ", " + holds(line.then_issue) : "") + ")";
}

void WriteNearest(const Scenario& scenario, const ZoneReport& report, std::ostream& out) {
  out << "\nThe zone is empty. Nearest packages (fewest signatory red lines crossed, then least"
         " total utility shortfall below the reservations, then lowest index; "
      << report.nearest.size() << " listed):\n";
  for (size_t k = 0; k < report.nearest.size(); ++k) {
    const ZoneNearPackage& near = report.nearest[k];
    out << "  " << k + 1 << ". package " << near.package.index << ": crosses "
        << Plural(near.red_lines_crossed, "red line") << ", total shortfall "
        << Fixed(near.shortfall, kDigits) << '\n';
    WritePackage(scenario, near.package, out);
    for (const ZoneConcession& concession : near.concessions)
      out << "    - " << DescribeConcession(scenario, near, concession) << '\n';
  }
  if (report.nearest.empty()) return;
  out << "\nSmallest set of concessions that would open the zone (to package "
      << report.nearest[0].package.index << "):\n";
  for (const ZoneConcession& concession : report.nearest[0].concessions)
    out << "  - " << DescribeConcession(scenario, report.nearest[0], concession) << '\n';
}

}  // namespace

void WriteZoneText(const Scenario& scenario, const ZoneReport& report, std::ostream& out) {
  WriteHeader(scenario, report, out);
  if (report.zone_size > 0) {
    WriteParetoAndSolutions(scenario, report, out);
  } else {
    WriteNearest(scenario, report, out);
  }
  if (report.relaxations_computed) WriteRelaxations(scenario, report, out);
  out << "\n(" << report.work << " search steps)\n";
}

}  // namespace negsim
