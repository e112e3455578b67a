// The normalised scenario that `negsim check` prints: valid TOML in the format of
// README.md (Scenario files) with every field explicit and no `extends`, so that loading it back
// gives a Scenario with identical tables.
#pragma once

#include <string>

#include "sim/scenario.h"

namespace negsim {

// Weights normalised, values listed per option (also where an ideal point was given), numeric
// issues as from/to/step, red lines (inactive ones too), strategies, protocol, influence and
// agenda; numbers with round-trip precision.
std::string WriteNormalisedToml(const Scenario& scenario);

}  // namespace negsim
