#include "sim/protocol.h"

#include "sim/alternating_protocol.h"
#include "sim/check.h"
#include "sim/mediated_protocol.h"
#include "sim/run_state.h"

namespace negsim {

void Protocol::Apply(const RunSetup& setup, RunState& state, Rng& rng) const {
  NEGSIM_CHECK(&state.setup() == &setup && state.running());
  state.BeginRound();
  if (state.running()) DoApply(setup, state, rng);
  state.EndRound();
}

int Protocol::Deadline(const Scenario& scenario) const {
  return scenario.spec().protocol.max_rounds;
}

std::unique_ptr<ProtocolRunData> Protocol::NewRunData(const Scenario&) const { return nullptr; }

void Protocol::Reset(const RunSetup&, RunState&, Rng&) const {}

void RegisterBuiltinProtocols(ProtocolRegistry& registry) {
  registry.Add(AlternatingProtocol::Info());
  registry.Add(MediatedProtocol::Info());
}

}  // namespace negsim
