// OfferEstimator: what another actor wants, estimated from the offers it has made (its
// proposals and counter-proposals) and nothing else. It reads the actor as a noisy maximiser
// whose offers are likelier the more they are worth to it: if P(offer) is proportional to
// exp(lambda x U(offer)) with an additive U, the issues are independent and
//   log P(option o of issue i) = lambda x w_i x v_i(o) + a constant per issue,
// so the log-frequencies of the options it offered (smoothed by adding one half to every
// count) estimate its part-worths up to scale. An issue's estimated weight is the spread of its
// log-frequencies (max - min), normalised to sum 1 over issues: the conjoint-analysis
// importance, which equals w_i when the actor's values span [0,1] on every issue. An option's
// estimated value is its place in that spread, 0 to 1 (0.5 on an issue it never varied).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sim/issue_space.h"

namespace negsim {

class OfferEstimator {
 public:
  explicit OfferEstimator(const IssueSpace& space);
  void Reset();
  // Counts the options of one offer on the issues with counted[issue] != 0 (pending issues of
  // an agenda stage hold placeholders and are not counted).
  void Add(std::span<const OptionIndex> package, std::span<const std::uint8_t> counted);
  int num_offers() const { return num_offers_; }
  // Writes the estimated weights (one per issue, summing to 1) and values (one per flat
  // option, in [0,1]). Before any offer: equal weights, values 0.5.
  void Estimate(std::span<double> weights, std::span<double> values) const;

 private:
  const IssueSpace* space_;
  std::vector<int> counts_;  // per flat option
  int num_offers_ = 0;
};

}  // namespace negsim
