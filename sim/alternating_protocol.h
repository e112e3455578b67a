// "alternating": multilateral stacked alternating offers. Each round one actor proposes, in
// turn (walked-out actors are skipped); every active actor, the proposer included, votes on the
// offer, and it is agreed (or, under an agenda, settles the open stage) when every signatory
// accepts. Only the latest offer is on the table.
//
// Parameters:
//   random_order  0: proposers take turns in actor order (actors sorted by id); 1: in an order
//                 drawn for each run from its random stream (default 0)
#pragma once

#include "sim/protocol.h"

namespace negsim {

class AlternatingProtocol final : public Protocol {
 public:
  static ProtocolInfo Info();
  explicit AlternatingProtocol(bool random_order) : random_order_(random_order) {}

  int MaxOffersPerRound(const Scenario&) const override { return 1; }
  std::unique_ptr<ProtocolRunData> NewRunData(const Scenario& scenario) const override;
  void Reset(const RunSetup& setup, RunState& state, Rng& rng) const override;

 protected:
  void DoApply(const RunSetup& setup, RunState& state, Rng& rng) const override;

 private:
  bool random_order_;
};

}  // namespace negsim
