#include <iostream>

#include "cli/commands.h"
#include "scenarios/scenario_writer.h"

namespace negsim {

namespace {

int RunCheck(const Args& args) {
  const auto scenario = LoadScenarioFromArgs(args);
  std::cout << WriteNormalisedToml(*scenario);
  std::cerr << "negsim: " << args.positional(0) << " is valid: " << scenario->space().num_issues()
            << " issues, " << scenario->num_actors() << " actors ("
            << scenario->signatories().size() << " signatories), " << scenario->space().size()
            << " packages, " << scenario->red_lines().size() << " red lines\n";
  return 0;
}

}  // namespace

Command CheckCommand() {
  return {{"check", "negsim check SCENARIO [--set PATH=VALUE]...",
           "Validate a scenario file and print it normalised (extends resolved, weights\n"
           "normalised, values listed per option) as TOML on stdout.",
           {"SCENARIO"},
           {SetOption()}},
          RunCheck};
}

}  // namespace negsim
