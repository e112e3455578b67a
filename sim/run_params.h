// Declared numeric parameters of a registered strategy or protocol (OpenSpiel's parameter
// spec): each has a default and a range, and a scenario's values are checked against them.
// An unknown or out-of-range parameter is an InputError that lists the valid ones.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/spec.h"

namespace negsim {

struct ParamSpec {
  std::string name;
  double default_value = 0;
  double min = 0;  // inclusive
  double max = 0;  // inclusive
  std::string help;
  bool integer = false;  // the value must be a whole number
};

// Values for `declared`, in declaration order: the scenario's value where given, the default
// otherwise. `given` comes from the scenario; `key_prefix` is its key path there (e.g.
// "actors.russia.strategy" or "protocol.params"), `owner` names the strategy or protocol in
// messages ("strategy 'boulware'"). Positions come from spec.PosOf(key_prefix + "." + name).
std::vector<double> ResolveParams(std::span<const ParamSpec> declared,
                                  const std::map<std::string, double>& given,
                                  const ScenarioSpec& spec, std::string_view key_prefix,
                                  std::string_view owner);

// "exponent (default 0.2, in [0.01, 1]): ..., initial (...)" for help texts and error messages.
std::string DescribeParams(std::span<const ParamSpec> declared);

}  // namespace negsim
