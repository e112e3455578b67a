// The sweep file loader: reads a sweep TOML file (README.md (Sweeps)), loads its base scenario
// once, and checks every parameter against it before any run: its key path (the --set syntax)
// must name a number or a red line bound of the base, and every value it can take must pass
// the checks the same --set would. Every problem is an InputError at the sweep file's line and
// column, in the style of the scenario loader.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "scenarios/scenario_loader.h"
#include "sim/sweep_job.h"

namespace negsim {

// Reads `file`. `registries` are where bargaining runs find protocols and strategies (needed,
// and kept in the job, when the sweep bargains). `overrides` (the command line's --set) change
// the base scenario before the parameters are resolved against it. `notes` (when given)
// receives what Compile changed on the author's behalf in the base scenario, as LoadScenario.
SweepJob LoadSweep(const std::string& file, RunRegistries registries,
                   std::span<const Override> overrides = {},
                   std::vector<std::string>* notes = nullptr);

}  // namespace negsim
