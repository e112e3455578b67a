#include "sim/strategy.h"

namespace negsim {

void Strategy::Propose(const Self& self, const Record&, Rng&, std::span<OptionIndex> package) {
  self.Nearest(self.aspiration(), package);
}

}  // namespace negsim
