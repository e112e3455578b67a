#include "agents/hardliner.h"

namespace negsim {

StrategyInfo HardlinerStrategyInfo() {
  return StrategyInfo{"hardliner",
                      "never concedes: proposes its best package and accepts nothing less",
                      {},
                      [](const StrategyConfig&) -> std::unique_ptr<Strategy> {
                        return MakeStrategy<HardlinerStrategy>();
                      }};
}

}  // namespace negsim
