#include "sim/run_params.h"

#include <cmath>

#include "sim/json_writer.h"

namespace negsim {

namespace {

std::string Range(const ParamSpec& param) {
  return "[" + FormatDouble(param.min) + ", " + FormatDouble(param.max) + "]";
}

}  // namespace

std::vector<double> ResolveParams(std::span<const ParamSpec> declared,
                                  const std::map<std::string, double>& given,
                                  const ScenarioSpec& spec, std::string_view key_prefix,
                                  std::string_view owner) {
  std::vector<std::string> names;
  for (const ParamSpec& param : declared) names.push_back(param.name);
  for (const auto& [name, value] : given) {
    const std::string key = std::string(key_prefix) + "." + name;
    bool known = false;
    for (const ParamSpec& param : declared) known |= param.name == name;
    if (!known) {
      const std::string valid = declared.empty()
                                    ? std::string(owner) + " takes no parameters; remove it"
                                    : SuggestFrom(name, names) + "; valid parameters: " +
                                          DescribeParams(declared);
      throw InputError(spec.PosOf(key), key,
                       "unknown parameter '" + name + "' of " + std::string(owner), valid);
    }
  }
  std::vector<double> values;
  for (const ParamSpec& param : declared) {
    const auto it = given.find(param.name);
    const double value = it == given.end() ? param.default_value : it->second;
    const std::string key = std::string(key_prefix) + "." + param.name;
    if (!std::isfinite(value) || value < param.min || value > param.max)
      throw InputError(spec.PosOf(key), key,
                       param.name + " = " + FormatDouble(value) + " is outside " + Range(param) +
                           " for " + std::string(owner),
                       "use a value in " + Range(param) + " (" + param.help + ")");
    if (param.integer && value != std::floor(value))
      throw InputError(spec.PosOf(key), key,
                       param.name + " = " + FormatDouble(value) + " is not a whole number",
                       "use a whole number in " + Range(param));
    values.push_back(value);
  }
  return values;
}

std::string DescribeParams(std::span<const ParamSpec> declared) {
  std::string text;
  for (const ParamSpec& param : declared) {
    if (!text.empty()) text += ", ";
    text += param.name + " (default " + FormatDouble(param.default_value) + ", in " +
            Range(param) + ")";
  }
  return text.empty() ? "none" : text;
}

}  // namespace negsim
