// Resolving a sweep parameter's key path (the --set syntax) against the base scenario: which
// field of the ScenarioSpec it names (SpecField) and what its values are: numbers, whole
// numbers, or option names. Part of the sweep loader (sweep_loader.h).
#pragma once

#include "scenarios/doc_reader.h"
#include "sim/sweep_job.h"

namespace negsim {

// Fills p.field, p.kind and, for an option-valued field, p.options, from p.path. `path` is the
// path's value in the sweep file: errors (an unknown actor, issue or key, with a suggestion; an
// index out of range; a path that names no number or red line bound) are positioned there.
// `registries` (may be empty) tell which protocol and strategy parameters are whole numbers.
void ResolveSweepPath(const DocCursor& path, const ScenarioSpec& spec,
                      const RunRegistries& registries, SweepParameter& p);

}  // namespace negsim
