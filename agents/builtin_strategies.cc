#include "agents/builtin_strategies.h"

#include "agents/hardliner.h"
#include "agents/opponent_model.h"
#include "agents/time_dependent.h"
#include "agents/tit_for_tat.h"

namespace negsim {

void RegisterBuiltinStrategies(StrategyRegistry& registry) {
  for (StrategyInfo& info : TimeDependentStrategies()) registry.Add(std::move(info));
  registry.Add(HardlinerStrategyInfo());
  registry.Add(TitForTatStrategyInfo());
  registry.Add(OpponentModelStrategyInfo());
}

}  // namespace negsim
