#include "sim/strategy.h"

namespace negsim {

void Strategy::Propose(const Self& self, const Record&, Rng&, std::span<OptionIndex> package) {
  self.Nearest(self.aspiration(), package);
}

bool Strategy::Respond(const Self& self, const Record&, const OfferView&, double utility) {
  return utility >= self.aspiration();
}

double Strategy::Expectation(const Self& self, const Record&) { return self.ceiling(); }

}  // namespace negsim
