#include "sim/zone_solutions.h"

#include <algorithm>

namespace negsim {

double SolutionScores::Score(ZoneSolution kind, const double* utilities) const {
  const int n = static_cast<int>(reservations_.size());
  double score = 0;
  switch (kind) {
    case ZoneSolution::kNash:
      score = 1;
      for (int s = 0; s < n; ++s) score *= utilities[s] - reservations_[s];
      return score;
    case ZoneSolution::kKalaiSmorodinsky:
      score = std::numeric_limits<double>::infinity();
      for (int s = 0; s < n; ++s) {
        const double range = best_[s] - reservations_[s];
        score = std::min(score, range > 0 ? (utilities[s] - reservations_[s]) / range : 1.0);
      }
      return score;
    case ZoneSolution::kUtilitarian:
      for (int s = 0; s < n; ++s) score += utilities[s];
      return score;
    case ZoneSolution::kEgalitarian:
      score = std::numeric_limits<double>::infinity();
      for (int s = 0; s < n; ++s) score = std::min(score, utilities[s] - reservations_[s]);
      return score;
  }
  return score;
}

}  // namespace negsim
