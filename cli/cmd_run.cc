#include <iostream>
#include <limits>

#include "agents/builtin_strategies.h"
#include "cli/commands.h"
#include "sim/protocol.h"
#include "sim/run.h"
#include "sim/run_writer.h"

namespace negsim {

namespace {

int RunRun(const Args& args) {
  const RunFormat format = RunFormatNamed(args.GetChoice("format", "text", RunFormatNames()));
  const auto seed = static_cast<std::uint64_t>(
      args.GetInt("seed", 1, 0, std::numeric_limits<long long>::max()));
  const auto scenario = LoadScenarioFromArgs(args);
  StrategyRegistry strategies;
  RegisterBuiltinStrategies(strategies);
  ProtocolRegistry protocols;
  RegisterBuiltinProtocols(protocols);
  const RunSetup setup(scenario, protocols, strategies);
  RunState state(setup);
  PlayRun(setup, state, seed);
  WriteRun(state, format, seed, std::cout);
  return 0;
}

}  // namespace

Command RunCommand() {
  return {{"run", "negsim run SCENARIO [options]",
           "Simulate the negotiation round by round under the scenario's protocol and\n"
           "strategies: a transcript of every offer and response, and the outcome.",
           {"SCENARIO"},
           {SetOption(),
            {"format", "text|json|csv", "output format (default text)"},
            {"seed", "N", "random seed of the run (default 1); same seed, same output"}}},
          RunRun};
}

}  // namespace negsim
