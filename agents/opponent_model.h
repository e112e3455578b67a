// Opponent model: learns what the other signatories want from the offers they make
// (OfferEstimator: issue weights and option values from the frequencies of their options),
// concedes over time like a time-dependent negotiator, and each round proposes, among its own
// packages at or above its aspiration, the one the others are likeliest to accept: the highest
// sum of their estimated utilities. Before it has seen much of an actor it leans on a prior
// that the actor wants what it does not itself want (1 - its own value, by its own weights);
// an actor's estimate counts n / (n + prior) after n offers.
//
// Parameters:
//   exponent  time-dependent concession exponent of its aspiration (default 0.5, in
//             [0.01, 50]; < 1 holds out, > 1 concedes early)
//   initial   share of the range conceded at round 0 (default 0, in [0, 1])
//   prior     weight of the prior, in offers (default 2, in [0, 1000])
#pragma once

#include <vector>

#include "agents/offer_estimator.h"
#include "sim/concession_curve.h"
#include "sim/strategy.h"

namespace negsim {

class OpponentModelStrategy final : public Strategy {
 public:
  OpponentModelStrategy(const StrategyConfig& config, double exponent, double initial,
                        double prior);
  void Reset() override;
  void Propose(const Self& self, const Record& record, Rng& rng,
               std::span<OptionIndex> package) override;
  void Observe(const Self& self, const Record& record, const OfferView& offer) override;

  // What it has learnt of `actor` so far.
  const OfferEstimator& estimator(int actor) const { return estimators_[actor]; }

 private:
  int actor_;
  ConcessionCurve curve_;
  double prior_;
  std::vector<OfferEstimator> estimators_;  // per actor
  std::vector<std::uint8_t> counted_;       // per issue: decided in the offer's stage
  std::vector<double> weights_;             // per issue: scratch estimate
  std::vector<double> values_;              // per flat option: scratch estimate
  std::vector<double> scores_;              // per flat option: the others' estimated utility
};

StrategyInfo OpponentModelStrategyInfo();

}  // namespace negsim
