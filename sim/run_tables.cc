#include "sim/run_tables.h"

namespace negsim {

void FillStageTables(const Scenario& scenario, const AgendaStages& agenda, int actor, int stage,
                     std::span<const double> weights, std::span<const double> values,
                     std::span<const OptionIndex> settled, const StageTables& out) {
  const IssueSpace& space = scenario.space();
  const auto allowed = scenario.allowed(actor);
  for (int i = 0; i < space.num_issues(); ++i) {
    const int begin = space.offset(i), n = space.num_options(i);
    const IssuePhase phase = agenda.phase(i, stage);
    if (phase == IssuePhase::kPending) {
      double sum = 0;
      int count = 0;
      for (int o = 0; o < n; ++o)
        if (allowed[begin + o]) {
          sum += values[begin + o];
          ++count;
        }
      const double expected = count > 0 ? weights[i] * (sum / count) : 0.0;
      for (int o = 0; o < n; ++o) {
        out.contributions[begin + o] = expected;
        out.candidates[begin + o] = o == 0;
        out.judged[begin + o] = 1;
      }
      continue;
    }
    for (int o = 0; o < n; ++o) {
      // The same product as Compile's, so that stage utilities equal Scenario::Utility (for
      // the authored numbers; after RunSetup::Rebind, for the rebound ones).
      out.contributions[begin + o] = weights[i] * values[begin + o];
      out.judged[begin + o] = allowed[begin + o];
      out.candidates[begin + o] =
          allowed[begin + o] && (phase == IssuePhase::kOpen || settled[i] == o);
    }
  }
}

}  // namespace negsim
