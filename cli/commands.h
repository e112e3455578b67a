// The negsim subcommands: each declares its arguments (for parsing and --help) and runs.
// A command returns the process exit code; bad input escapes as InputError (exit code 2).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/args.h"
#include "sim/scenario.h"

namespace negsim {

struct Command {
  CommandDecl decl;
  int (*run)(const Args& args);
};

Command CheckCommand();
Command ZoneCommand();
Command RunCommand();
Command SweepCommand();
Command CompareCommand();

// The --set option every scenario-reading command takes.
OptionDecl SetOption();
// Loads the scenario named by the first positional with the --set overrides, printing what
// Compile normalised on the author's behalf to stderr.
std::shared_ptr<const Scenario> LoadScenarioFromArgs(const Args& args);

}  // namespace negsim
