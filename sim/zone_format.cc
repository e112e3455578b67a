#include "sim/zone_format.h"

#include <cstdio>

namespace negsim {

const char* SolutionKey(ZoneSolution kind) {
  switch (kind) {
    case ZoneSolution::kNash:
      return "nash";
    case ZoneSolution::kKalaiSmorodinsky:
      return "ks";
    case ZoneSolution::kUtilitarian:
      return "utilitarian";
    case ZoneSolution::kEgalitarian:
      return "egalitarian";
  }
  return "";
}

const char* SolutionTitle(ZoneSolution kind) {
  switch (kind) {
    case ZoneSolution::kNash:
      return "Nash bargaining solution";
    case ZoneSolution::kKalaiSmorodinsky:
      return "Kalai-Smorodinsky solution";
    case ZoneSolution::kUtilitarian:
      return "Utilitarian point";
    case ZoneSolution::kEgalitarian:
      return "Egalitarian point";
  }
  return "";
}

const char* SolutionScoreMeaning(ZoneSolution kind) {
  switch (kind) {
    case ZoneSolution::kNash:
      return "product of the signatories' gains over reservation";
    case ZoneSolution::kKalaiSmorodinsky:
      return "smallest signatory gain as a share of its best gain in the zone";
    case ZoneSolution::kUtilitarian:
      return "sum of the signatories' utilities";
    case ZoneSolution::kEgalitarian:
      return "smallest signatory gain over reservation";
  }
  return "";
}

const char* RedLineKindKey(RedLineKind kind) {
  switch (kind) {
    case RedLineKind::kForbid:
      return "forbid";
    case RedLineKind::kAtMost:
      return "at_most";
    case RedLineKind::kAtLeast:
      return "at_least";
    case RedLineKind::kIfThen:
      return "if_then";
  }
  return "";
}

const char* RelaxationKey(const Scenario& scenario, const ZoneRelaxation& relaxation) {
  if (!relaxation.relaxable) return "none";
  return scenario.red_lines()[relaxation.red_line].kind == RedLineKind::kIfThen ? "drop" : "allow";
}

std::string DescribeRelaxation(const Scenario& scenario, const ZoneRelaxation& relaxation) {
  if (!relaxation.relaxable) return "none: the line already allows every option beyond it";
  const RedLine& line = scenario.red_lines()[relaxation.red_line];
  if (line.kind == RedLineKind::kIfThen) return "drop the rule";
  const Issue& issue = scenario.space().issue(line.issue);
  return "allow " + issue.name + "=" + issue.options[relaxation.option];
}

std::string Fixed(double value, int digits, bool sign) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.*f" : "%.*f", digits, value);
  return buffer;
}

}  // namespace negsim
