#include "sim/run_setup.h"

#include "sim/run_tables.h"

namespace negsim {

namespace {

std::string JoinNames(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
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
    throw InputError(spec.PosOf("protocol"), "protocol.mediator",
                     owner + " needs a mediator",
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

  const int num_flat = s.space().num_flat_options();
  std::vector<double> contributions(num_flat);
  std::vector<std::uint8_t> candidates(num_flat), judged(num_flat);
  const std::vector<OptionIndex> nothing_settled(s.space().num_issues(), 0);
  for (int a = 0; a < s.num_actors(); ++a) {
    shared_search_.emplace_back();
    if (influence_.pulls_weights(a)) continue;
    FillStageTables(s, agenda_, a, 0, s.actor(a).weights, nothing_settled,
                    {contributions, candidates, judged});
    auto search = std::make_unique<PackageSearch>();
    search->Reserve(layout(a, 0), s.space().num_issues());
    search->Build(s, layout(a, 0), contributions, candidates);
    shared_search_.back() = std::move(search);
  }
}

}  // namespace negsim
