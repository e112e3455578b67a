// Time-dependent concession (Faratin, Sierra & Jennings 1998): the aspiration falls from the
// actor's ceiling (its best package) to its reservation as the deadline nears,
//   aspiration(t) = r + (c - r) * (1 - F(t)),  F(t) = k + (1 - k) * (t / T)^(1 / e),
// with t the round, T the last round, r the current reservation and c the current ceiling. An
// exponent e < 1 holds out until late (Boulware), e = 1 concedes linearly, e > 1 concedes early
// (conceder). It proposes its nearest concession to the aspiration (the package of least own
// utility at or above it) and accepts anything at or above it.
//
// Parameters ("time_dependent"; "boulware", "linear" and "conceder" are the same strategy with
// other defaults and ranges, and "linear" has no exponent):
//   exponent  e (time_dependent: default 1, in [0.01, 50]; boulware: 0.2, in [0.01, 1];
//             conceder: 2, in [1, 50])
//   initial   k, the share of the range conceded at round 0 (default 0, in [0, 1])
#pragma once

#include <vector>

#include "sim/strategy.h"

namespace negsim {

// F(t) for every round of a run, computed once per strategy object (no pow() per round).
class ConcessionCurve {
 public:
  ConcessionCurve(int deadline, double exponent, double initial);
  // The aspiration in `round` between `reservation` and `ceiling`.
  double Target(int round, double reservation, double ceiling) const {
    return reservation + (ceiling - reservation) * (1 - conceded_[round]);
  }

 private:
  std::vector<double> conceded_;  // F(t), one per round
};

class TimeDependentStrategy final : public Strategy {
 public:
  TimeDependentStrategy(int deadline, double exponent, double initial)
      : curve_(deadline, exponent, initial) {}
  double Aspiration(const Self& self, const Record& record) override {
    return curve_.Target(record.round(), self.reservation(), self.ceiling());
  }

 private:
  ConcessionCurve curve_;
};

// "time_dependent", "boulware", "linear", "conceder".
std::vector<StrategyInfo> TimeDependentStrategies();

}  // namespace negsim
