#include "agents/time_dependent.h"

namespace negsim {

namespace {

const ParamSpec kInitial{"initial", 0, 0, 1, "share of the range conceded at round 0"};

std::unique_ptr<Strategy> CreateWithExponent(const StrategyConfig& config) {
  return MakeStrategy<TimeDependentStrategy>(config.deadline, config.params[0],
                                                 config.params[1]);
}

std::unique_ptr<Strategy> CreateLinear(const StrategyConfig& config) {
  return MakeStrategy<TimeDependentStrategy>(config.deadline, 1.0, config.params[0]);
}

StrategyInfo WithExponent(std::string name, std::string summary, double exponent, double min,
                          double max) {
  return StrategyInfo{std::move(name),
                      std::move(summary),
                      {{"exponent", exponent, min, max, "concession exponent e"}, kInitial},
                      CreateWithExponent};
}

}  // namespace

std::vector<StrategyInfo> TimeDependentStrategies() {
  return {
      WithExponent("time_dependent",
                   "concedes from its best package to its reservation by the deadline, as "
                   "(t/T)^(1/exponent)",
                   1, 0.01, 50),
      WithExponent("boulware", "time-dependent concession that holds out until late (e < 1)",
                   0.2, 0.01, 1),
      StrategyInfo{"linear", "time-dependent concession at a constant rate (e = 1)", {kInitial},
                   CreateLinear},
      WithExponent("conceder", "time-dependent concession that gives ground early (e > 1)", 2,
                   1, 50),
  };
}

}  // namespace negsim
