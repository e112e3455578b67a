#include "sim/concession_curve.h"

#include <cmath>

namespace negsim {

ConcessionCurve::ConcessionCurve(int deadline, double exponent, double initial)
    : kept_(deadline) {
  const double last = deadline > 1 ? deadline - 1 : 1;
  for (int t = 0; t < deadline; ++t)
    kept_[t] = 1 - (initial + (1 - initial) * std::pow(t / last, 1 / exponent));
}

}  // namespace negsim
