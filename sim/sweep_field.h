// SpecField: where one swept parameter goes in a ScenarioSpec. The sweep loader resolves each
// parameter's key path (the --set syntax) to a SpecField once, against the base scenario; every
// run then writes its value straight into a copy of the base spec, without re-reading a file.
#pragma once

#include <string>

#include "sim/spec.h"

namespace negsim {

struct SpecField {
  enum class Kind {
    kMaxRounds,         // protocol.max_rounds (a whole number)
    kProtocolParam,     // protocol.params.<name>
    kReservation,       // actors.<id>.reservation
    kReservationDrift,  // actors.<id>.reservation_drift
    kCapability,        // actors.<id>.capability
    kWeight,            // actors.<id>.weights.<issue>
    kValue,             // actors.<id>.values.<issue>[item]
    kIdeal,             // actors.<id>.values.<issue>.ideal (categorical issue: option index)
    kRedLineBound,      // actors.<id>.red_lines[item].at_most / .at_least (option index)
    kSynergyValue,      // actors.<id>.synergies[item].value
    kStrategyParam,     // actors.<id>.strategy.<name>
    kInfluenceWeight,   // influence[item].weight
  };
  Kind kind = Kind::kReservation;
  int actor = -1;    // index into ScenarioSpec::actors; -1 for protocol and influence fields
  int issue = -1;    // index into ScenarioSpec::issues (kWeight, kValue, kIdeal, kRedLineBound)
  int item = -1;     // red line, synergy, influence or value index (see Kind)
  std::string name;  // parameter name (kProtocolParam, kStrategyParam)
};

// Writes `value` into `spec` at `field`, exactly as the same --set would after the loader
// read it: option-valued fields (kRedLineBound, kIdeal of a categorical issue) take the
// option's position in its issue, kMaxRounds a whole number. The field must have been
// resolved against a spec of the same shape (same actors, issues, red lines).
void ApplyField(ScenarioSpec& spec, const SpecField& field, double value);

}  // namespace negsim
