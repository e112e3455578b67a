// ConcessionCurve: a time-dependent aspiration (Faratin, Sierra & Jennings 1998). It falls from
// the actor's ceiling (its best package) to its reservation as the deadline nears,
//   aspiration(t) = r + (c - r) * (1 - F(t)),  F(t) = k + (1 - k) * (t / T)^(1 / e),
// with t the round, T the last round, e the exponent and k the share conceded at round 0.
// F is tabled once per strategy object, so that no round calls pow().
#pragma once

#include <vector>

namespace negsim {

class ConcessionCurve {
 public:
  ConcessionCurve(int deadline, double exponent, double initial);
  int deadline() const { return static_cast<int>(kept_.size()); }
  // 1 - F(round): the share of the range still held.
  double kept(int round) const { return kept_[round]; }
  // The aspiration in `round` between `reservation` and `ceiling`.
  double Target(int round, double reservation, double ceiling) const {
    return Between(reservation, ceiling, kept_[round]);
  }
  // The aspiration that holds `kept` of the range from `reservation` to `ceiling`.
  static double Between(double reservation, double ceiling, double kept) {
    return reservation + (ceiling - reservation) * kept;
  }

 private:
  std::vector<double> kept_;  // 1 - F(t), one per round
};

}  // namespace negsim
