// The negotiator strategies shipped with negsim, registered by one explicit call (static
// self-registration is silently dropped from static libraries).
#pragma once

#include "sim/strategy.h"

namespace negsim {

// Adds time_dependent, boulware, linear, conceder, hardliner, tit_for_tat and opponent_model.
void RegisterBuiltinStrategies(StrategyRegistry& registry);

}  // namespace negsim
