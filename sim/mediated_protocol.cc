#include "sim/mediated_protocol.h"

#include <algorithm>
#include <cmath>

#include "sim/run_state.h"

namespace negsim {

struct MediatedProtocol::Data final : ProtocolRunData {
  std::vector<OptionIndex> text;  // the single negotiating text, one option per issue
  int text_stage = -1;            // the stage it was composed for; -1 before the first
  std::vector<double> target;     // per issue: weighted sum of the positions' options
  double total_weight = 0;
};

namespace {

std::unique_ptr<Protocol> Create(const Scenario&, std::span<const double> params, int mediator) {
  return std::make_unique<MediatedProtocol>(mediator, params[0], params[1],
                                            static_cast<int>(params[2]));
}

}  // namespace

ProtocolInfo MediatedProtocol::Info() {
  return ProtocolInfo{
      "mediated",
      "a mediator's single negotiating text, amended each round toward the parties' positions",
      {{"step", 0.5, 0.05, 1, "fraction of the way the text moves each round"},
       {"bias", 1, 0, 10, "pull of the mediator's own proposal, times its capability"},
       {"deadline", 1000000, 1, 1000000, "rounds before the mediator walks away", true}},
      true,
      Create};
}

int MediatedProtocol::MaxOffersPerRound(const Scenario& scenario) const {
  // The text, plus at most two statements per party: when a stage opens and after a rejection.
  return 1 + 2 * scenario.num_actors();
}

int MediatedProtocol::Deadline(const Scenario& scenario) const {
  return std::min(scenario.spec().protocol.max_rounds, deadline_);
}

std::unique_ptr<ProtocolRunData> MediatedProtocol::NewRunData(const Scenario& scenario) const {
  auto data = std::make_unique<Data>();
  data->text.resize(scenario.space().num_issues());
  data->target.resize(scenario.space().num_issues());
  return data;
}

void MediatedProtocol::Reset(const RunSetup&, RunState& state, Rng&) const {
  auto& data = static_cast<Data&>(*state.protocol_data());
  std::fill(data.text.begin(), data.text.end(), 0);
  data.text_stage = -1;
}

void MediatedProtocol::DoApply(const RunSetup&, RunState& state, Rng& rng) const {
  auto& data = static_cast<Data&>(*state.protocol_data());
  if (data.text_stage != state.stage()) {
    std::copy(state.settled().begin(), state.settled().end(), data.text.begin());
    GatherPositions(state, rng, data, -1);
    MoveText(state, data, true);
    data.text_stage = state.stage();
  }
  const int text = state.MakeOffer(mediator_, OfferKind::kText, data.text, true);
  if (state.AllSignatoriesAccept(text)) {
    state.Settle(text);
    return;
  }
  GatherPositions(state, rng, data, text);
  MoveText(state, data, false);
}

void MediatedProtocol::GatherPositions(RunState& state, Rng& rng, Data& data,
                                       int text_offer) const {
  std::fill(data.target.begin(), data.target.end(), 0.0);
  data.total_weight = 0;
  const Scenario& scenario = state.scenario();
  const auto add = [&](std::span<const OptionIndex> position, double weight) {
    for (size_t i = 0; i < data.target.size(); ++i) data.target[i] += weight * position[i];
    data.total_weight += weight;
  };
  // Capabilities weigh the positions; if every party has capability 0 they weigh alike.
  bool any_capability = false;
  for (int a = 0; a < scenario.num_actors(); ++a)
    any_capability |= a != mediator_ && state.active(a) && scenario.actor(a).capability > 0;
  for (int a = 0; a < scenario.num_actors(); ++a) {
    if (a == mediator_ || !state.active(a)) continue;
    const double weight = any_capability ? scenario.actor(a).capability : 1.0;
    if (text_offer >= 0 && state.responses(text_offer)[a] == Response::kAccept) {
      add(data.text, weight);
      continue;
    }
    const std::span<OptionIndex> proposal = state.proposal();
    state.Propose(a, rng, proposal);
    add(state.offer_options(state.MakeOffer(a, OfferKind::kCounter, proposal, false)), weight);
  }
  if (mediator_ >= 0 && state.active(mediator_) && bias_ > 0) {
    const std::span<OptionIndex> own = state.proposal();
    state.Propose(mediator_, rng, own);
    add(own, bias_ * scenario.actor(mediator_).capability);
  }
}

void MediatedProtocol::MoveText(RunState& state, Data& data, bool compose) const {
  if (data.total_weight <= 0) return;
  const IssueSpace& space = state.scenario().space();
  for (int i : state.setup().agenda().issues(state.stage())) {
    const double gap = data.target[i] / data.total_weight - data.text[i];
    if (std::abs(gap) < 0.5) continue;  // the nearest option to the target is the text's
    double move = compose ? std::round(gap) : std::round(step_ * gap);
    if (move == 0) move = gap > 0 ? 1 : -1;
    const double moved = std::clamp(data.text[i] + move, 0.0, space.num_options(i) - 1.0);
    data.text[i] = static_cast<OptionIndex>(moved);
  }
}

}  // namespace negsim
