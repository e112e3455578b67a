#include <iostream>

#include "cli/commands.h"
#include "scenarios/scenario_loader.h"

namespace negsim {

OptionDecl SetOption() {
  return {"set", "PATH=VALUE", "change one scenario field, e.g. actors.russia.reservation=0.4",
          true};
}

std::shared_ptr<const Scenario> LoadScenarioFromArgs(const Args& args) {
  std::vector<Override> overrides;
  for (const std::string& text : args.all("set")) overrides.push_back(ParseOverride(text));
  std::vector<std::string> notes;
  auto scenario = LoadScenario(args.positional(0), overrides, &notes);
  for (const std::string& note : notes) std::cerr << "negsim: note: " << note << '\n';
  return scenario;
}

}  // namespace negsim
