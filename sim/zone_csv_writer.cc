// WriteZoneCsv: the zone report as CSV tables, one table per call (declared in zone.h; columns
// in README.md (The agreement zone)).
#include <cmath>
#include <string>

#include "sim/csv_writer.h"
#include "sim/zone.h"
#include "sim/zone_format.h"

namespace negsim {

namespace {

// One row of the packages table; `score` is NaN (an empty field) where it does not apply.
struct PackageRow {
  const char* kind;
  int rank;
  double score;
  bool pareto;
  int red_lines_crossed;
  double shortfall;
  const ZonePackage* package;
};

void PackagesHeader(const Scenario& scenario, CsvWriter& csv) {
  csv.Field("kind").Field("rank").Field("package");
  for (int i = 0; i < scenario.space().num_issues(); ++i) csv.Field(scenario.space().issue(i).name);
  csv.Field("score").Field("pareto").Field("red_lines_crossed").Field("shortfall");
  for (int a = 0; a < scenario.num_actors(); ++a) csv.Field("utility_" + scenario.actor(a).id);
  for (int a = 0; a < scenario.num_actors(); ++a) csv.Field("gain_" + scenario.actor(a).id);
  csv.EndRow();
}

void Row(const Scenario& scenario, const PackageRow& row, CsvWriter& csv) {
  const IssueSpace& space = scenario.space();
  csv.Field(row.kind).Field(static_cast<long long>(row.rank));
  csv.Field(std::to_string(row.package->index));
  for (int i = 0; i < space.num_issues(); ++i)
    csv.Field(space.issue(i).options[row.package->options[i]]);
  csv.Field(row.score).Field(row.pareto ? "true" : "false");
  csv.Field(static_cast<long long>(row.red_lines_crossed)).Field(row.shortfall);
  for (double u : row.package->utility) csv.Field(u);
  for (double g : row.package->gain) csv.Field(g);
  csv.EndRow();
}

void WritePackages(const Scenario& scenario, const ZoneReport& report, CsvWriter& csv) {
  PackagesHeader(scenario, csv);
  for (size_t k = 0; k < report.pareto.size(); ++k)
    Row(scenario, {"pareto", static_cast<int>(k + 1), NAN, true, 0, 0.0, &report.pareto[k]}, csv);
  for (const ZoneSolutionPoint& point : report.solutions)
    Row(scenario, {SolutionKey(point.kind), 1, point.score, point.pareto, 0, 0.0, &point.package},
        csv);
  for (size_t k = 0; k < report.nearest.size(); ++k) {
    const ZoneNearPackage& near = report.nearest[k];
    Row(scenario,
        {"nearest", static_cast<int>(k + 1), NAN, false, near.red_lines_crossed, near.shortfall,
         &near.package},
        csv);
  }
}

void WriteRelaxations(const Scenario& scenario, const ZoneReport& report, CsvWriter& csv) {
  csv.Field("red_line").Field("key").Field("actor").Field("kind").Field("label");
  csv.Field("relaxation").Field("issue").Field("option").Field("zone_size").Field("added");
  csv.Field("binds").EndRow();
  for (const ZoneRelaxation& row : report.relaxations) {
    const RedLine& line = scenario.red_lines()[row.red_line];
    const Issue& issue = scenario.space().issue(line.issue);
    csv.Field(static_cast<long long>(row.red_line)).Field(line.key);
    csv.Field(scenario.actor(line.actor).id).Field(RedLineKindKey(line.kind)).Field(line.label);
    csv.Field(RelaxationKey(scenario, row)).Field(issue.name);
    csv.Field(row.option >= 0 ? issue.options[row.option] : std::string());
    csv.Field(std::to_string(row.zone_size)).Field(std::to_string(row.added));
    csv.Field(row.binds() ? "true" : "false").EndRow();
  }
}

}  // namespace

void WriteZoneCsv(const Scenario& scenario, const ZoneReport& report, std::ostream& out,
                  ZoneCsvTable table) {
  CsvWriter csv(out);
  if (table == ZoneCsvTable::kPackages) {
    WritePackages(scenario, report, csv);
  } else {
    WriteRelaxations(scenario, report, csv);
  }
}

}  // namespace negsim
