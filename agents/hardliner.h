// Hardliner: never concedes. Its aspiration is always its ceiling (its best package still
// possible): it proposes that package every time and accepts only what is worth as much.
// It has no parameters.
#pragma once

#include "sim/strategy.h"

namespace negsim {

class HardlinerStrategy final : public Strategy {
 public:
  double Aspiration(const Self& self, const Record&) override { return self.ceiling(); }
};

StrategyInfo HardlinerStrategyInfo();

}  // namespace negsim
