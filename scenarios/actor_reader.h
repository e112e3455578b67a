// Reading one [actors.<id>] table of a document into an ActorSpec (part of ReadScenarioSpec).
#pragma once

#include <vector>

#include "scenarios/doc_reader.h"
#include "sim/spec.h"

namespace negsim {

// `issues` (already read) resolve option names of ideal points; names the actor uses that no
// issue has are left for Compile() to report.
ActorSpec ReadActor(const DocCursor& actor, const std::vector<IssueSpec>& issues);

}  // namespace negsim
