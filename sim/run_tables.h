// One actor's per-flat-option tables at one agenda stage: what its utility, its red lines and
// its proposals look like while some issues are settled and others still pending. Used by
// RunSetup (for the searches every run shares) and by RunState (when a stage settles or
// influence moves an actor's weights).
#pragma once

#include <cstdint>
#include <span>

#include "sim/agenda.h"
#include "sim/scenario.h"

namespace negsim {

// Spans of IssueSpace::num_flat_options() entries each.
struct StageTables {
  // weight x value on decided issues; on a pending issue every option holds weight x the
  // actor's mean value over the options its red lines allow there (its expectation of an
  // issue not yet negotiated), so a package's stage utility is still a plain sum.
  std::span<double> contributions;
  // 1 where the option may appear in the actor's proposals: options its option-level red lines
  // allow on open issues, the agreed option of a settled issue (if allowed), option 0 as the
  // placeholder of a pending issue.
  std::span<std::uint8_t> candidates;
  // 1 unless an option-level red line of the actor excludes the option; all 1 on pending
  // issues, which are not judged yet.
  std::span<std::uint8_t> judged;
};

// Does `package` hold both options of `synergy`?
inline bool SynergyHolds(const IssueSpace& space, const Synergy& synergy,
                         std::span<const OptionIndex> package) {
  return space.offset(synergy.issue_a) + package[synergy.issue_a] == synergy.flat_a &&
         space.offset(synergy.issue_b) + package[synergy.issue_b] == synergy.flat_b;
}

// `weights`: the actor's current weights (one per issue); `values`: its values (one per flat
// option, RunSetup::values); `settled`: one option per issue, read on settled issues only.
void FillStageTables(const Scenario& scenario, const AgendaStages& agenda, int actor, int stage,
                     std::span<const double> weights, std::span<const double> values,
                     std::span<const OptionIndex> settled, const StageTables& out);

}  // namespace negsim
