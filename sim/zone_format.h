// Names and phrases shared by the three zone report writers (text, JSON, CSV), so that the
// same thing is called the same everywhere.
#pragma once

#include <string>

#include "sim/scenario.h"
#include "sim/zone_report.h"

namespace negsim {

// "nash", "ks", "utilitarian", "egalitarian": JSON keys and CSV `kind` values.
const char* SolutionKey(ZoneSolution kind);
// "Nash bargaining solution", ...: text headings.
const char* SolutionTitle(ZoneSolution kind);
// "product of gains over reservation", ...: what the score measures.
const char* SolutionScoreMeaning(ZoneSolution kind);

// "forbid", "at_most", "at_least", "if_then": as in the scenario file.
const char* RedLineKindKey(RedLineKind kind);

// "allow", "drop" or "none" (no step left).
const char* RelaxationKey(const Scenario& scenario, const ZoneRelaxation& relaxation);
// "allow crimea=de_facto_russian", "drop the rule", "none: already allows every option".
std::string DescribeRelaxation(const Scenario& scenario, const ZoneRelaxation& relaxation);

// `value` with `digits` decimals ("0.4213"); `sign` adds '+' to non-negative values.
std::string Fixed(double value, int digits, bool sign = false);

}  // namespace negsim
