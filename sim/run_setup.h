// RunSetup: a Scenario prepared for bargaining runs, everything that does not change between
// runs: the protocol and each actor's strategy resolved from the registries with checked
// parameters, the agenda stages, the influence graph, each actor's search layout per stage, and
// the package searches every run can share, and the actors' numbers (weights, values,
// reservations). Built once (bad input throws InputError here, never during a run) and shared
// read-only by any number of runs on any number of threads. Rebind() turns it into another
// scenario of the same shape in the memory it has, for a batch over different preferences.
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

// One actor's numbers, the part of a scenario that a batch of scenarios of one shape varies.
struct ActorNumbers {
  std::span<const double> weights;  // per issue, >= 0, not all 0 (normalised as Compile does)
  std::span<const double> values;   // per flat option (IssueSpace::offset(issue) + option), [0,1]
  double reservation = 0;           // utility of no deal at round 0, in [0,1]
};

class RunSetup {
 public:
  // Throws InputError for an unknown protocol or strategy, an unknown or out-of-range
  // parameter, an actor without a strategy, a mediator where none belongs (or none where one
  // is needed), influences into one actor weighing more than 1, or a search too large.
  RunSetup(std::shared_ptr<const Scenario> scenario, const ProtocolRegistry& protocols,
           const StrategyRegistry& strategies);

  const Scenario& scenario() const { return *scenario_; }

  // Replaces every actor's weights, values and reservation (one ActorNumbers per actor, in
  // actor order) and rebuilds the shared searches, allocating nothing: the same issues, red
  // lines, synergies, strategies and protocol with other preferences, for a batch over
  // different scenarios of one shape (bm_bargaining plays such a batch; `negsim sweep` still
  // compiles each run's scenario, since its paths may change more than these numbers). Throws
  // InputError (key actors.<id>.weights, .values or .reservation) for a number out of range.
  // Not while a run uses this set-up. Afterwards scenario() still holds the authored numbers:
  // runs read the ones in force from weights(), values() and reservation() below.
  void Rebind(std::span<const ActorNumbers> actors);

  // The actors' numbers in force: the scenario's, or the last Rebind's.
  std::span<const double> weights(int actor) const;  // per issue, normalised
  std::span<const double> values(int actor) const;   // per flat option
  double reservation(int actor) const { return reservations_[actor]; }
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
  // moves its weights), built once (and by Rebind) and shared by every run; nullptr otherwise.
  const PackageSearch* shared_search(int actor) const { return shared_search_[actor].get(); }

 private:
  void BuildSharedSearches();

  std::shared_ptr<const Scenario> scenario_;
  ProtocolInfo protocol_info_;
  std::vector<double> protocol_params_;
  std::unique_ptr<Protocol> protocol_;
  int mediator_ = -1;
  int deadline_ = 0;
  int max_offers_ = 0;
  std::vector<StrategyInfo> strategy_info_;           // per actor
  std::vector<std::vector<double>> strategy_params_;  // per actor
  AgendaStages agenda_;
  InfluenceGraph influence_;
  std::vector<SearchLayout> layouts_;  // actor-major, num_actors x num_stages
  std::vector<std::unique_ptr<PackageSearch>> shared_search_;  // per actor
  std::vector<double> weights_;                                // num_actors x num_issues
  std::vector<double> values_;                                 // num_actors x num_flat_options
  std::vector<double> reservations_;                           // per actor
  // Scratch for BuildSharedSearches: one actor's stage tables (num_flat_options each).
  std::vector<double> table_contributions_;
  std::vector<std::uint8_t> table_candidates_, table_judged_;
};

}  // namespace negsim
