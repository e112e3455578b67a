#include "sim/run_setup.h"

#include "sim/check.h"
#include "sim/run_tables.h"

namespace negsim {

namespace {

std::string JoinNames(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

// Checks one actor's numbers as Compile checks a scenario's. The keys are built only for a
// bad number: Rebind is on the path of every negotiation in a batch.
void CheckNumbers(const Scenario& s, int a, const ActorNumbers& numbers) {
  const IssueSpace& space = s.space();
  NEGSIM_CHECK(static_cast<int>(numbers.weights.size()) == space.num_issues() &&
               static_cast<int>(numbers.values.size()) == space.num_flat_options());
  const std::string& id = s.actor(a).id;
  CheckWeights(s.spec(), space, id, numbers.weights);
  for (int i = 0; i < space.num_issues(); ++i)
    for (int o = 0; o < space.num_options(i); ++o)
      if (!(numbers.values[space.offset(i) + o] >= 0 && numbers.values[space.offset(i) + o] <= 1))
        CheckUnitInterval(
            s.spec(), numbers.values[space.offset(i) + o],
            "actors." + id + ".values." + space.issue(i).name + "[" + std::to_string(o) + "]",
            "value");
  if (!(numbers.reservation >= 0 && numbers.reservation <= 1))
    CheckUnitInterval(s.spec(), numbers.reservation, "actors." + id + ".reservation",
                      "reservation");
}

}  // namespace

RunSetup::RunSetup(std::shared_ptr<const Scenario> scenario, const ProtocolRegistry& protocols,
                   const StrategyRegistry& strategies)
    : scenario_(std::move(scenario)), agenda_(*scenario_), influence_(*scenario_) {
  const Scenario& s = *scenario_;
  const ScenarioSpec& spec = s.spec();

  protocol_info_ = protocols.Lookup(spec.protocol.name, spec, "protocol.name");
  const std::string owner = "protocol '" + protocol_info_.name + "'";
  protocol_params_ =
      ResolveParams(protocol_info_.params, spec.protocol.params, spec, "protocol.params", owner);
  const std::string& mediator = spec.protocol.mediator;
  if (protocol_info_.uses_mediator && mediator.empty())
    throw InputError(spec.PosOf("protocol"), "protocol.mediator", owner + " needs a mediator",
                     "set mediator = \"<actor id>\" or mediator = \"neutral\" in [protocol]");
  if (!protocol_info_.uses_mediator && !mediator.empty())
    throw InputError(spec.PosOf("protocol.mediator"), "protocol.mediator",
                     owner + " has no mediator",
                     "remove mediator, or use name = \"mediated\" in [protocol]");
  mediator_ = mediator.empty() || mediator == "neutral" ? -1 : s.FindActor(mediator);
  protocol_ = protocol_info_.create(s, protocol_params_, mediator_);
  deadline_ = protocol_->Deadline(s);
  max_offers_ = deadline_ * protocol_->MaxOffersPerRound(s);

  for (int a = 0; a < s.num_actors(); ++a) {
    const Actor& actor = s.actor(a);
    const std::string key = "actors." + actor.id + ".strategy";
    if (!actor.strategy)
      throw InputError(spec.PosOf("actors." + actor.id), key,
                       "actor '" + actor.id + "' has no strategy, which a bargaining run needs",
                       "add [" + key + "] with name = one of: " + JoinNames(strategies.Names()));
    const StrategyInfo& info = strategies.Lookup(actor.strategy->name, spec, key + ".name");
    strategy_info_.push_back(info);
    strategy_params_.push_back(ResolveParams(info.params, actor.strategy->params, spec, key,
                                             "strategy '" + info.name + "'"));
  }

  const int stages = agenda_.num_stages();
  for (int a = 0; a < s.num_actors(); ++a)
    for (int stage = 0; stage < stages; ++stage)
      layouts_.push_back(MakeSearchLayout(s, agenda_, a, stage));

  const int num_issues = s.space().num_issues(), num_flat = s.space().num_flat_options();
  for (int a = 0; a < s.num_actors(); ++a) {
    const Actor& actor = s.actor(a);
    weights_.insert(weights_.end(), actor.weights.begin(), actor.weights.end());
    for (int i = 0; i < num_issues; ++i)
      for (int o = 0; o < s.space().num_options(i); ++o) values_.push_back(s.value(a, i, o));
    reservations_.push_back(actor.reservation);
    shared_search_.emplace_back();
    if (influence_.pulls_weights(a)) continue;
    shared_search_.back() = std::make_unique<PackageSearch>();
    shared_search_.back()->Reserve(layout(a, 0), num_issues);
  }
  table_contributions_.resize(num_flat);
  table_candidates_.resize(num_flat);
  table_judged_.resize(num_flat);
  BuildSharedSearches();
}

void RunSetup::Rebind(std::span<const ActorNumbers> actors) {
  const Scenario& s = *scenario_;
  NEGSIM_CHECK(static_cast<int>(actors.size()) == s.num_actors());
  const size_t num_issues = s.space().num_issues(), num_flat = s.space().num_flat_options();
  // Every actor is checked before any number changes, so a failed Rebind changes nothing.
  for (int a = 0; a < s.num_actors(); ++a) CheckNumbers(s, a, actors[a]);
  for (int a = 0; a < s.num_actors(); ++a) {
    const ActorNumbers& numbers = actors[a];
    double* weights = weights_.data() + a * num_issues;
    std::copy(numbers.weights.begin(), numbers.weights.end(), weights);
    NormaliseWeights(std::span<double>(weights, num_issues));  // as Compile does
    std::copy(numbers.values.begin(), numbers.values.end(), values_.begin() + a * num_flat);
    reservations_[a] = numbers.reservation;
  }
  BuildSharedSearches();
}

std::span<const double> RunSetup::weights(int actor) const {
  const size_t n = scenario_->space().num_issues();
  return std::span<const double>(weights_).subspan(actor * n, n);
}

std::span<const double> RunSetup::values(int actor) const {
  const size_t n = scenario_->space().num_flat_options();
  return std::span<const double>(values_).subspan(actor * n, n);
}

void RunSetup::BuildSharedSearches() {
  const Scenario& s = *scenario_;
  // Stage 0 settles nothing, so the settled options are never read.
  const std::span<const OptionIndex> nothing_settled;
  for (int a = 0; a < s.num_actors(); ++a) {
    if (shared_search_[a] == nullptr) continue;
    FillStageTables(s, agenda_, a, 0, weights(a), values(a), nothing_settled,
                    {table_contributions_, table_candidates_, table_judged_});
    shared_search_[a]->Build(s, layout(a, 0), table_contributions_, table_candidates_);
  }
}

}  // namespace negsim
