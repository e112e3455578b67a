#include <chrono>
#include <iostream>
#include <limits>

#include "agents/builtin_strategies.h"
#include "cli/commands.h"
#include "scenarios/scenario_loader.h"
#include "sim/compare.h"
#include "sim/sweep_progress.h"

namespace negsim {

namespace {

using Clock = std::chrono::steady_clock;

// A line on stderr per finished scenario once the work has taken over a second, so a quick
// comparison stays silent and a slow one shows that it is moving.
class CompareProgress {
 public:
  explicit CompareProgress(size_t total) : total_(total), start_(Clock::now()) {}

  void Done(size_t done, const std::string& scenario) const {
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    if (seconds < 1) return;
    std::cerr << "negsim: compare: " << done << "/" << total_ << " scenarios, "
              << FormatDuration(seconds) << " (" << scenario << ")\n";
  }

 private:
  size_t total_;
  Clock::time_point start_;
};

int RunCompare(const Args& args) {
  const std::string format = args.GetChoice("format", "markdown", {"markdown", "csv", "json"});
  const auto seed = static_cast<std::uint64_t>(
      args.GetInt("seed", 1, 0, std::numeric_limits<long long>::max()));
  std::vector<Override> overrides;
  for (const std::string& text : args.all("set")) overrides.push_back(ParseOverride(text));
  // Every file is read before any is analysed, so a mistake in the last one costs no waiting.
  std::vector<ScenarioSpec> specs;
  for (size_t i = 0; i < args.num_positionals(); ++i)
    specs.push_back(LoadScenarioSpec(args.positional(i), overrides));

  StrategyRegistry strategies;
  RegisterBuiltinStrategies(strategies);
  ProtocolRegistry protocols;
  RegisterBuiltinProtocols(protocols);
  std::vector<CompareRow> rows;
  const CompareProgress progress(specs.size());
  for (size_t i = 0; i < specs.size(); ++i) {
    std::vector<std::string> notes;
    rows.push_back(
        CompareScenario(args.positional(i), specs[i], protocols, strategies, seed, &notes));
    for (const std::string& note : notes)
      std::cerr << "negsim: note: " << args.positional(i) << ": " << note << '\n';
    progress.Done(i + 1, args.positional(i));
  }
  WriteCompare(rows,
               format == "csv"    ? CompareFormat::kCsv
               : format == "json" ? CompareFormat::kJson
                                  : CompareFormat::kMarkdown,
               seed, std::cout);
  return 0;
}

}  // namespace

Command CompareCommand() {
  return {{"compare", "negsim compare SCENARIO... [options]",
           "Compare scenarios side by side, one row each: the agreement zone's size and Nash\n"
           "package, one bargaining run under every protocol (alternating; mediated by the\n"
           "scenario's mediator, else a neutral one; the scenario's max_rounds, and of its\n"
           "protocol parameters those the protocol declares), the red lines that bind, and\n"
           "the smallest set of concessions that opens an empty zone.",
           {"SCENARIO"},
           {SetOption(),
            {"format", "markdown|csv|json", "output format (default markdown)"},
            {"seed", "N", "random seed of every run (default 1); same seed, same output"}},
           true},
          RunCompare};
}

}  // namespace negsim
