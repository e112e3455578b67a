// "mediated": a single negotiating text held by a mediator ([protocol] mediator: an actor id,
// such as the US with its own preferences and strategy, or "neutral"). When a stage opens,
// every party (each active actor but the mediator) states its own proposal and the mediator
// composes a text from them. Each round every active actor votes on the text; it is agreed (or
// settles the open stage) when every signatory accepts. Otherwise each rejecting party states
// a counter-proposal, and the mediator moves the text, issue by issue along the option order,
// toward the positions of the parties (the text for those who accepted, their proposal for
// those who did not), weighted by capability, plus its own proposal if it is an actor.
//
// Parameters:
//   step      fraction of the way from the text to the weighted position moved each round, at
//             least one option (default 0.5, in [0.05, 1])
//   bias      the pull of an actor mediator's own proposal, as a multiple of its capability
//             (default 1, in [0, 10]; a neutral mediator has none)
//   deadline  rounds after which the mediator walks away without a text all accept; a threat
//             the parties know (default 1000000: none before protocol.max_rounds)
#pragma once

#include "sim/protocol.h"

namespace negsim {

class MediatedProtocol final : public Protocol {
 public:
  static ProtocolInfo Info();
  MediatedProtocol(int mediator, double step, double bias, int deadline)
      : mediator_(mediator), step_(step), bias_(bias), deadline_(deadline) {}

  int MaxOffersPerRound(const Scenario& scenario) const override;
  int Deadline(const Scenario& scenario) const override;
  std::unique_ptr<ProtocolRunData> NewRunData(const Scenario& scenario) const override;
  void Reset(const RunSetup& setup, RunState& state, Rng& rng) const override;

 protected:
  void DoApply(const RunSetup& setup, RunState& state, Rng& rng) const override;

 private:
  struct Data;
  // Sums the parties' positions (and the mediator's) into data.target. `text_offer`: the text
  // just rejected (who accepted it stands on it, who rejected it states a counter-proposal),
  // or -1 when composing a text (every party states its proposal).
  void GatherPositions(RunState& state, Rng& rng, Data& data, int text_offer) const;
  // Moves data.text toward data.target on the open issues (`compose`: all the way).
  void MoveText(RunState& state, Data& data, bool compose) const;

  int mediator_;  // actor index, -1 for a neutral mediator
  double step_;
  double bias_;
  int deadline_;
};

}  // namespace negsim
