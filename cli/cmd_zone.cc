#include <iostream>

#include "cli/commands.h"
#include "sim/zone.h"

namespace negsim {

namespace {

int RunZone(const Args& args) {
  const std::string format = args.GetChoice("format", "text", {"text", "json", "csv"});
  const std::string table = args.GetChoice("table", "packages", {"packages", "relaxations"});
  if (args.has("table") && format != "csv")
    throw InputError(SourcePos{"command line", 0, 0}, "--table",
                     "--table selects a CSV table", "add --format csv, or drop --table");
  ZoneOptions options;
  options.nearest = static_cast<int>(args.GetInt("nearest", options.nearest, 0, 1000));
  options.max_pareto_listed =
      static_cast<int>(args.GetInt("pareto", options.max_pareto_listed, 0, 1'000'000));
  options.max_work = static_cast<std::uint64_t>(
      args.GetInt("max-work", static_cast<long long>(options.max_work), 1, 1'000'000'000'000'000));
  options.relaxations = !args.has("no-relaxations");

  const auto scenario = LoadScenarioFromArgs(args);
  const ZoneReport report = AnalyseZone(*scenario, options);
  if (format == "json") {
    WriteZoneJson(*scenario, report, std::cout);
  } else if (format == "csv") {
    WriteZoneCsv(*scenario, report, std::cout,
                 table == "relaxations" ? ZoneCsvTable::kRelaxations : ZoneCsvTable::kPackages);
  } else {
    WriteZoneText(*scenario, report, std::cout);
  }
  return 0;
}

}  // namespace

Command ZoneCommand() {
  return {{"zone", "negsim zone SCENARIO [options]",
           "Analyse the agreement zone: the packages every signatory accepts, its Pareto set,\n"
           "the Nash, Kalai-Smorodinsky, utilitarian and egalitarian points, the red lines\n"
           "that bind, and what it would take to open an empty zone.",
           {"SCENARIO"},
           {SetOption(),
            {"format", "text|json|csv", "output format (default text)"},
            {"table", "packages|relaxations", "with --format csv: which table (default packages)"},
            {"nearest", "N", "packages listed when the zone is empty (default 5)"},
            {"pareto", "N", "Pareto-efficient packages listed (default 20; the count is complete)"},
            {"max-work", "N", "search steps allowed before giving up (default 1e10, ~10-30 s)"},
            {"no-relaxations", "", "skip the red-line relaxation table"}}},
          RunZone};
}

}  // namespace negsim
