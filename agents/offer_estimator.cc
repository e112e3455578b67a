#include "agents/offer_estimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace negsim {

OfferEstimator::OfferEstimator(const IssueSpace& space)
    : space_(&space), counts_(space.num_flat_options(), 0) {}

void OfferEstimator::Reset() {
  std::fill(counts_.begin(), counts_.end(), 0);
  num_offers_ = 0;
}

void OfferEstimator::Add(std::span<const OptionIndex> package,
                         std::span<const std::uint8_t> counted) {
  for (int i = 0; i < space_->num_issues(); ++i)
    if (counted[i]) ++counts_[space_->offset(i) + package[i]];
  ++num_offers_;
}

void OfferEstimator::Estimate(std::span<double> weights, std::span<double> values) const {
  double total_spread = 0;
  for (int i = 0; i < space_->num_issues(); ++i) {
    const int begin = space_->offset(i), n = space_->num_options(i);
    // Part-worths up to scale: log of the smoothed counts, kept in `values` for now.
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (int o = 0; o < n; ++o) {
      const double log_count = std::log(counts_[begin + o] + 0.5);
      values[begin + o] = log_count;
      low = std::min(low, log_count);
      high = std::max(high, log_count);
    }
    const double spread = high - low;
    for (int o = 0; o < n; ++o)
      values[begin + o] = spread > 0 ? (values[begin + o] - low) / spread : 0.5;
    weights[i] = spread;
    total_spread += spread;
  }
  for (int i = 0; i < space_->num_issues(); ++i)
    weights[i] = total_spread > 0 ? weights[i] / total_spread : 1.0 / space_->num_issues();
}

}  // namespace negsim
