#include "agents/opponent_model.h"

#include <algorithm>

namespace negsim {

OpponentModelStrategy::OpponentModelStrategy(const StrategyConfig& config, double exponent,
                                             double initial, double prior)
    : actor_(config.actor),
      curve_(config.deadline, exponent, initial),
      prior_(prior),
      estimators_(config.num_actors, OfferEstimator(*config.space)),
      counted_(config.space->num_issues()),
      weights_(config.space->num_issues()),
      values_(config.space->num_flat_options()),
      scores_(config.space->num_flat_options()) {
  Follow(curve_);
}

void OpponentModelStrategy::Reset() {
  for (OfferEstimator& estimator : estimators_) estimator.Reset();
}

void OpponentModelStrategy::Observe(const Self&, const Record& record, const OfferView& offer) {
  if (offer.proposer < 0 || offer.proposer == actor_ || offer.kind == OfferKind::kText) return;
  for (size_t i = 0; i < counted_.size(); ++i)
    counted_[i] = record.phase(static_cast<int>(i)) != IssuePhase::kPending;
  estimators_[offer.proposer].Add(offer.options, counted_);
}

void OpponentModelStrategy::Propose(const Self& self, const Record& record, Rng&,
                                    std::span<OptionIndex> package) {
  const IssueSpace& space = self.space();
  std::fill(scores_.begin(), scores_.end(), 0.0);
  for (int b = 0; b < record.num_actors(); ++b) {
    if (b == actor_ || !record.signatory(b) || !record.active(b)) continue;
    const OfferEstimator& estimator = estimators_[b];
    estimator.Estimate(weights_, values_);
    const double seen = estimator.num_offers();
    const double trust = seen > 0 ? seen / (seen + prior_) : 0.0;
    for (int i = 0; i < space.num_issues(); ++i)
      for (int o = 0; o < space.num_options(i); ++o) {
        const int flat = space.offset(i) + o;
        const double learnt = weights_[i] * values_[flat];
        const double prior = self.weight(i) * (1 - self.value(i, o));
        scores_[flat] += trust * learnt + (1 - trust) * prior;
      }
  }
  self.BestFor(self.aspiration(), scores_, package);
}

StrategyInfo OpponentModelStrategyInfo() {
  return StrategyInfo{
      "opponent_model",
      "learns the others' priorities from their offers and proposes what they are likeliest "
      "to accept above its own time-dependent aspiration",
      {{"exponent", 0.5, 0.01, 50, "concession exponent of its aspiration"},
       {"initial", 0, 0, 1, "share of the range conceded at round 0"},
       {"prior", 2, 0, 1000, "weight of the prior, in offers"}},
      [](const StrategyConfig& config) -> std::unique_ptr<Strategy> {
        return MakeStrategy<OpponentModelStrategy>(config, config.params[0],
                                                       config.params[1], config.params[2]);
      }};
}

}  // namespace negsim
