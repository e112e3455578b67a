// Protocol: the rules of a bargaining run (alternating offers, a mediator's single text, ...),
// registered by name and chosen in the scenario's [protocol]. A Protocol object holds only its
// checked parameters and is shared read-only by every run; per-run data lives in RunState (and
// in the ProtocolRunData the protocol creates for it).
//
// One round is Apply() (OpenSpiel's ApplyAction pattern): the engine checks the state and
// applies the round's pressure (reservation drift, influence), walk-outs and aspirations, the
// protocol's DoApply() makes and votes on offers through RunState::MakeOffer and settles
// accepted ones through RunState::Settle, and the engine then checks that every agreement was
// accepted by every signatory and ends the run at the deadline.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "sim/negotiator.h"
#include "sim/run_params.h"
#include "sim/run_registry.h"
#include "sim/scenario.h"

namespace negsim {

class RunSetup;

// A protocol's mutable per-run data, created once per RunState and reset for every run.
struct ProtocolRunData {
  virtual ~ProtocolRunData() = default;
};

class Protocol {
 public:
  virtual ~Protocol() = default;

  // Plays one round of a running state.
  void Apply(const RunSetup& setup, RunState& state, Rng& rng) const;

  // Offers one round can add to the record (sizes the record once per RunState).
  virtual int MaxOffersPerRound(const Scenario& scenario) const = 0;
  // Rounds that can be played (a mediator's deadline may come before protocol.max_rounds).
  virtual int Deadline(const Scenario& scenario) const;
  // Per-run data; nullptr when the protocol needs none.
  virtual std::unique_ptr<ProtocolRunData> NewRunData(const Scenario& scenario) const;
  // Called by RunState::Reset once the engine's part is reset.
  virtual void Reset(const RunSetup& setup, RunState& state, Rng& rng) const;

 protected:
  virtual void DoApply(const RunSetup& setup, RunState& state, Rng& rng) const = 0;
};

struct ProtocolInfo {
  static constexpr const char* kKind = "protocol";
  std::string name;
  std::string summary;
  std::vector<ParamSpec> params;
  bool uses_mediator = false;  // [protocol] mediator is required (else it is an error)
  // `params` resolved in the order of `params`; `mediator` an actor index or -1 (neutral).
  std::unique_ptr<Protocol> (*create)(const Scenario& scenario, std::span<const double> params,
                                      int mediator) = nullptr;
};

using ProtocolRegistry = Registry<ProtocolInfo>;

// Adds "alternating" and "mediated".
void RegisterBuiltinProtocols(ProtocolRegistry& registry);

}  // namespace negsim
