// Scores of the bargaining solutions (ZoneSolution) and the running best package under one of
// them. Over the zone every score is nondecreasing in each signatory's utility, so a search can
// bound a score from utilities that are only known to within kRoundingSlack, and call for the
// exact score only when the bound reaches the best so far.
#pragma once

#include <algorithm>
#include <limits>
#include <span>

#include "sim/issue_space.h"
#include "sim/zone_report.h"

namespace negsim {

class SolutionScores {
 public:
  // Per signatory: reservations and best utilities over the zone (`best` is used by
  // Kalai-Smorodinsky only; it may be empty for the others).
  SolutionScores(std::span<const double> reservations, std::span<const double> best)
      : reservations_(reservations), best_(best) {}

  // `utilities`: one per signatory, signatory order.
  double Score(ZoneSolution kind, const double* utilities) const;

  // The scores that need no best utilities, in one pass (the zone survey's hot path), each
  // bit-identical to Score(kind, utilities).
  struct Basic {
    double nash = 1;
    double utilitarian = 0;
    double egalitarian = std::numeric_limits<double>::infinity();
  };
  Basic BasicScores(const double* utilities) const {
    Basic scores;
    for (size_t s = 0; s < reservations_.size(); ++s) {
      const double gain = utilities[s] - reservations_[s];
      scores.nash *= gain;
      scores.utilitarian += utilities[s];
      scores.egalitarian = std::min(scores.egalitarian, gain);
    }
    return scores;
  }

 private:
  std::span<const double> reservations_;
  std::span<const double> best_;
};

// The best package offered so far under one score, ties to the lowest index.
class BestPackage {
 public:
  // Offers a package whose exact score, given by `exact()`, is known to be at most `upper`.
  template <class ExactFn>
  void Offer(double upper, PackageIndex index, ExactFn&& exact) {
    if (found_ && upper < score_) return;
    const double score = exact();
    if (!found_ || score > score_ || (score == score_ && index < index_)) {
      found_ = true;
      score_ = score;
      index_ = index;
    }
  }
  // Could a package scoring at most `upper` with index >= `min_index` still be chosen?
  bool CouldImprove(double upper, PackageIndex min_index) const {
    return !found_ || upper > score_ || (upper == score_ && min_index < index_);
  }
  bool found() const { return found_; }
  double score() const { return score_; }
  PackageIndex index() const { return index_; }

 private:
  bool found_ = false;
  double score_ = -std::numeric_limits<double>::infinity();
  PackageIndex index_ = 0;
};

}  // namespace negsim
