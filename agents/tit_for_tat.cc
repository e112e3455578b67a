#include "agents/tit_for_tat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace negsim {

TitForTatStrategy::TitForTatStrategy(int actor, int num_actors, double reciprocity,
                                     double opening)
    : actor_(actor),
      reciprocity_(reciprocity),
      opening_(opening),
      first_(num_actors),
      latest_(num_actors) {}

void TitForTatStrategy::Reset() {
  stage_ = 0;
  std::fill(first_.begin(), first_.end(), std::numeric_limits<double>::quiet_NaN());
  std::fill(latest_.begin(), latest_.end(), 0.0);
}

void TitForTatStrategy::Observe(const Self& self, const Record&, const OfferView& offer) {
  if (offer.proposer < 0 || offer.proposer == actor_ || offer.kind == OfferKind::kText) return;
  if (offer.stage != stage_) {
    // Utilities of another stage are not comparable (settled and pending issues differ).
    std::fill(first_.begin(), first_.end(), std::numeric_limits<double>::quiet_NaN());
    stage_ = offer.stage;
  }
  const double utility = self.Utility(offer.options);
  if (std::isnan(first_[offer.proposer])) first_[offer.proposer] = utility;
  latest_[offer.proposer] = utility;
}

double TitForTatStrategy::Aspiration(const Self& self, const Record& record) {
  double conceded = 0;
  int others = 0;
  for (size_t b = 0; b < first_.size(); ++b) {
    if (std::isnan(first_[b]) || record.stage() != stage_) continue;
    conceded += std::max(0.0, latest_[b] - first_[b]);
    ++others;
  }
  const double mirrored = others > 0 ? reciprocity_ * conceded / others : 0.0;
  return self.ceiling() - opening_ - mirrored;
}

StrategyInfo TitForTatStrategyInfo() {
  return StrategyInfo{
      "tit_for_tat",
      "reciprocal concession: concedes as much as the others have conceded to it",
      {{"reciprocity", 1, 0, 3, "share of the others' concession returned"},
       {"opening", 0.1, 0, 1, "goodwill concession before anyone reciprocates"}},
      [](const StrategyConfig& config) -> std::unique_ptr<Strategy> {
        return MakeStrategy<TitForTatStrategy>(config.actor, config.num_actors,
                                                   config.params[0], config.params[1]);
      }};
}

}  // namespace negsim
