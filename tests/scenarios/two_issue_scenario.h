// A small scenario shared by the tests of --set overrides and of sweep files, which both change
// its values by key path: two issues (one categorical, one numeric), two signatories each with
// one red line.
#pragma once

namespace negsim {

// Ukraine cares only about Crimea and holds it at most "frozen"; Russia cares only about the
// army cap and holds it at least 700000. Neither lists a weight for the other's issue, so a
// path may add one.
inline constexpr const char* kTwoIssueScenario = R"(
[scenario]
name = "t"

[protocol]
max_rounds = 60

[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "de_facto", "russian"]

[[issues]]
name = "army_cap"
from = 900000
to = 400000
step = 100000

[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0.6, 0.3, 0] }

[[actors.ukraine.red_lines]]
issue = "crimea"
at_most = "frozen"

[actors.russia]
signatory = true
reservation = 0.4
weights = { army_cap = 1 }
values = { army_cap = { ideal = 400000 } }

[[actors.russia.red_lines]]
issue = "army_cap"
at_least = "700000"
)";

}  // namespace negsim
