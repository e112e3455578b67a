#include "sim/alternating_protocol.h"

#include <boost/random/uniform_int_distribution.hpp>
#include <numeric>

#include "sim/check.h"
#include "sim/run_state.h"

namespace negsim {

namespace {

struct TurnData final : ProtocolRunData {
  std::vector<int> order;  // the proposers' rotation
  int next = 0;            // position in `order` of the next proposer to try
};

std::unique_ptr<Protocol> Create(const Scenario&, std::span<const double> params, int) {
  return std::make_unique<AlternatingProtocol>(params[0] != 0);
}

}  // namespace

ProtocolInfo AlternatingProtocol::Info() {
  return ProtocolInfo{
      "alternating",
      "multilateral stacked alternating offers: proposers take turns; an offer is agreed when "
      "every signatory accepts it",
      {{"random_order", 0, 0, 1,
        "0: proposers in actor order; 1: in an order drawn per run from the seed", true}},
      false,
      Create};
}

std::unique_ptr<ProtocolRunData> AlternatingProtocol::NewRunData(const Scenario& scenario) const {
  auto data = std::make_unique<TurnData>();
  data->order.resize(scenario.num_actors());
  return data;
}

void AlternatingProtocol::Reset(const RunSetup&, RunState& state, Rng& rng) const {
  auto& data = static_cast<TurnData&>(*state.protocol_data());
  std::iota(data.order.begin(), data.order.end(), 0);
  data.next = 0;
  if (!random_order_) return;
  // Fisher-Yates with Boost's distribution: the same order for the same seed everywhere
  // (std::shuffle's algorithm differs between standard libraries).
  for (int i = static_cast<int>(data.order.size()) - 1; i > 0; --i)
    std::swap(data.order[i], data.order[boost::random::uniform_int_distribution<int>(0, i)(rng)]);
}

void AlternatingProtocol::DoApply(const RunSetup&, RunState& state, Rng& rng) const {
  auto& data = static_cast<TurnData&>(*state.protocol_data());
  const int n = static_cast<int>(data.order.size());
  int proposer = -1;
  // Positions wrap by comparison: a division every round costs more than the rest of the turn.
  for (int k = 0, position = data.next; k < n && proposer < 0; ++k) {
    if (state.active(data.order[position])) {
      proposer = data.order[position];
      data.next = position + 1 < n ? position + 1 : 0;
    }
    position = position + 1 < n ? position + 1 : 0;
  }
  NEGSIM_CHECK(proposer >= 0);  // a running state has every signatory active
  const std::span<OptionIndex> package = state.proposal();
  state.Propose(proposer, rng, package);
  const int offer = state.MakeOffer(proposer, OfferKind::kProposal, package, true);
  if (state.AllSignatoriesAccept(offer)) state.Settle(offer);
}

}  // namespace negsim
