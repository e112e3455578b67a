// Time-dependent concession (Faratin, Sierra & Jennings 1998): the aspiration follows a
// ConcessionCurve (sim/concession_curve.h) from the actor's current ceiling down to its current
// reservation. An exponent e < 1 holds out until late (Boulware), e = 1 concedes linearly,
// e > 1 concedes early (conceder). It proposes its nearest concession to the aspiration (the
// package of least own utility at or above it) and accepts anything at or above it.
//
// Parameters ("time_dependent"; "boulware", "linear" and "conceder" are the same strategy with
// other defaults and ranges, and "linear" has no exponent):
//   exponent  e (time_dependent: default 1, in [0.01, 50]; boulware: 0.2, in [0.01, 1];
//             conceder: 2, in [1, 50])
//   initial   k, the share of the range conceded at round 0 (default 0, in [0, 1])
#pragma once

#include <vector>

#include "sim/concession_curve.h"
#include "sim/strategy.h"

namespace negsim {

class TimeDependentStrategy final : public Strategy {
 public:
  TimeDependentStrategy(int deadline, double exponent, double initial)
      : curve_(deadline, exponent, initial) {
    Follow(curve_);
  }

 private:
  ConcessionCurve curve_;
};

// "time_dependent", "boulware", "linear", "conceder".
std::vector<StrategyInfo> TimeDependentStrategies();

}  // namespace negsim
