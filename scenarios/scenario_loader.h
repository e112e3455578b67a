// The scenario loader: reads a TOML scenario file (README.md (Scenario files)), follows its
// `extends` chain, applies --set overrides, checks every key and type, and hands the result to
// Compile(). Every problem is an InputError naming file, line, column and key path.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario.h"
#include "sim/spec.h"

namespace negsim {

// One command-line override, `--set PATH=VALUE`: PATH uses dots for tables and [n] for array
// elements ("actors.ukraine.red_lines[0].at_most"); VALUE is a TOML value or a bare word.
struct Override {
  std::string path;
  std::string value;
};

// Splits "PATH=VALUE" (the text after --set) and checks both parts; InputError when malformed.
Override ParseOverride(std::string_view arg);

// Reads `file`, follows `extends` (a cycle is an error naming the chain), applies `overrides`
// in order, checks every key and type, and fills the spec; spec.where gets a SourcePos for
// every key path read.
ScenarioSpec LoadScenarioSpec(const std::string& file, std::span<const Override> overrides = {});

// LoadScenarioSpec + Compile (sim/scenario.h); `notes` as in Compile.
std::shared_ptr<const Scenario> LoadScenario(const std::string& file,
                                             std::span<const Override> overrides = {},
                                             std::vector<std::string>* notes = nullptr);

}  // namespace negsim
