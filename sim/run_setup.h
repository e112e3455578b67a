// RunSetup: a Scenario prepared for bargaining runs, everything that does not change between
// runs: the protocol and each actor's strategy resolved from the registries with checked
// parameters, the agenda stages, the influence graph, each actor's search layout per stage, and
// the package searches every run can share. Built once (bad input throws InputError here, never
// during a run) and shared read-only by any number of runs on any number of threads.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "sim/agenda.h"
#include "sim/influence.h"
#include "sim/protocol.h"
#include "sim/scenario.h"
#include "sim/strategy.h"
#include "sim/strategy_search.h"

namespace negsim {

class RunSetup {
 public:
  // Throws InputError for an unknown protocol or strategy, an unknown or out-of-range
  // parameter, an actor without a strategy, a mediator where none belongs (or none where one
  // is needed), influences into one actor weighing more than 1, or a search too large.
  RunSetup(std::shared_ptr<const Scenario> scenario, const ProtocolRegistry& protocols,
           const StrategyRegistry& strategies);

  const Scenario& scenario() const { return *scenario_; }
  const Protocol& protocol() const { return *protocol_; }
  const ProtocolInfo& protocol_info() const { return protocol_info_; }
  std::span<const double> protocol_params() const { return protocol_params_; }
  // The mediator's actor index; -1 for a neutral mediator or a protocol without one.
  int mediator() const { return mediator_; }
  // Rounds that can be played (Protocol::Deadline).
  int deadline() const { return deadline_; }
  // Offers a run can record: deadline() x Protocol::MaxOffersPerRound.
  int max_offers() const { return max_offers_; }

  const StrategyInfo& strategy_info(int actor) const { return strategy_info_[actor]; }
  std::span<const double> strategy_params(int actor) const { return strategy_params_[actor]; }

  const AgendaStages& agenda() const { return agenda_; }
  const InfluenceGraph& influence() const { return influence_; }
  const SearchLayout& layout(int actor, int stage) const {
    return layouts_[static_cast<size_t>(actor) * agenda_.num_stages() + stage];
  }
  // The stage-0 search of an actor whose utility cannot change during a run (no influence
  // moves its weights), built once and shared by every run; nullptr otherwise.
  const PackageSearch* shared_search(int actor) const { return shared_search_[actor].get(); }

 private:
  std::shared_ptr<const Scenario> scenario_;
  ProtocolInfo protocol_info_;
  std::vector<double> protocol_params_;
  std::unique_ptr<Protocol> protocol_;
  int mediator_ = -1;
  int deadline_ = 0;
  int max_offers_ = 0;
  std::vector<StrategyInfo> strategy_info_;          // per actor
  std::vector<std::vector<double>> strategy_params_;  // per actor
  AgendaStages agenda_;
  InfluenceGraph influence_;
  std::vector<SearchLayout> layouts_;  // actor-major, num_actors x num_stages
  std::vector<std::unique_ptr<PackageSearch>> shared_search_;  // per actor
};

}  // namespace negsim
