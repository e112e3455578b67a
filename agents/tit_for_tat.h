// Tit-for-tat (reciprocal concession): concedes, in its own utility, as much as the others
// have conceded to it. Another actor's concession is how much more its latest proposal (or
// counter-proposal) in the current agenda stage is worth to this actor than its first one
// there, never below 0; the aspiration is
//   ceiling - opening - reciprocity x (the mean concession of the others who have proposed),
// so it opens with a goodwill concession and then mirrors what it is given.
//
// Parameters:
//   reciprocity  share of the others' concession returned (default 1, in [0, 3])
//   opening      goodwill concession made before anyone reciprocates, in utility (default
//                0.1, in [0, 1]); too small a one can leave two tit-for-tat negotiators
//                mirroring each other's stillness until the deadline
#pragma once

#include <vector>

#include "sim/strategy.h"

namespace negsim {

class TitForTatStrategy final : public Strategy {
 public:
  TitForTatStrategy(int actor, int num_actors, double reciprocity, double opening);
  void Reset() override;
  double Aspiration(const Self& self, const Record& record) override;
  void Observe(const Self& self, const Record& record, const OfferView& offer) override;

 private:
  int actor_;
  double reciprocity_;
  double opening_;
  int stage_ = 0;               // the stage the proposals below were made in
  std::vector<double> first_;   // per actor: own utility of its first proposal; NaN if none
  std::vector<double> latest_;  // per actor: own utility of its latest proposal
};

StrategyInfo TitForTatStrategyInfo();

}  // namespace negsim
