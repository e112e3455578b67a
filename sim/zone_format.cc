#include "sim/zone_format.h"

#include <cstdio>
#include <iterator>

namespace negsim {

namespace {

struct SolutionNames {
  const char* key;
  const char* title;
  const char* meaning;
};

// Indexed by ZoneSolution, in kAllZoneSolutions order.
constexpr SolutionNames kSolutionNames[] = {
    {"nash", "Nash bargaining solution", "product of the signatories' gains over reservation"},
    {"ks", "Kalai-Smorodinsky solution",
     "smallest signatory gain as a share of its best gain in the zone"},
    {"utilitarian", "Utilitarian point", "sum of the signatories' utilities"},
    {"egalitarian", "Egalitarian point", "smallest signatory gain over reservation"},
};
static_assert(std::size(kSolutionNames) == std::size(kAllZoneSolutions));
static_assert([] {
  for (size_t k = 0; k < std::size(kAllZoneSolutions); ++k)
    if (static_cast<size_t>(kAllZoneSolutions[k]) != k) return false;
  return true;
}());

const SolutionNames& NamesOf(ZoneSolution kind) { return kSolutionNames[static_cast<int>(kind)]; }

}  // namespace

const char* SolutionKey(ZoneSolution kind) { return NamesOf(kind).key; }
const char* SolutionTitle(ZoneSolution kind) { return NamesOf(kind).title; }
const char* SolutionScoreMeaning(ZoneSolution kind) { return NamesOf(kind).meaning; }

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
