#include "sim/run_state.h"

#include <algorithm>
#include <limits>

#include "sim/check.h"
#include "sim/run_tables.h"

namespace negsim {

namespace {

// Row `row` of a row-major table of `width` columns.
template <class T>
std::span<const T> RowOf(const std::vector<T>& table, int row, int width) {
  return std::span<const T>(table).subspan(static_cast<size_t>(row) * width, width);
}

}  // namespace

RunState::RunState(const RunSetup& setup)
    : setup_(setup),
      num_actors_(setup.scenario().num_actors()),
      num_issues_(setup.scenario().space().num_issues()),
      num_flat_(setup.scenario().space().num_flat_options()),
      signatories_(setup.scenario().signatories()) {
  const Scenario& s = scenario();
  const size_t actors = num_actors_, issues = num_issues_, flat = num_flat_;
  settled_.assign(issues, 0);
  reservation_.assign(actors, 0);
  aspiration_.assign(actors, 0);
  ceiling_.assign(actors, 0);
  active_.assign(actors, 1);
  weights_.assign(actors * issues, 0);
  contributions_.assign(actors * flat, 0);
  candidates_.assign(actors * flat, 0);
  judged_.assign(actors * flat, 0);
  own_search_.resize(actors);
  search_.assign(actors, nullptr);
  scratch_.resize(actors);
  for (int a = 0; a < num_actors_; ++a)
    for (int stage = 0; stage < setup.agenda().num_stages(); ++stage) {
      const SearchLayout& layout = setup.layout(a, stage);
      if (stage > 0 || setup.shared_search(a) == nullptr)
        own_search_[a].Reserve(layout, num_issues_);
      PackageSearch::Reserve(scratch_[a], layout);
    }
  for (int a = 0; a < num_actors_; ++a) {
    const StrategyConfig config{setup.strategy_params(a), a, num_actors_, setup.deadline(),
                                &s.space()};
    strategies_.push_back(setup.strategy_info(a).create(config));
    hooks_.push_back(strategies_.back()->overrides());
    default_expectations_ &= !hooks_.back().expectation;
    default_responses_ &= !hooks_.back().respond;
    curves_only_ &= !hooks_.back().aspiration;
    any_observer_ |= hooks_.back().observe;
  }
  curve_kept_.assign(static_cast<size_t>(setup.deadline()) * actors, 0);
  for (int a = 0; a < num_actors_; ++a) {
    if (hooks_[a].aspiration) continue;
    const ConcessionCurve* curve = strategies_[a]->curve();
    NEGSIM_CHECK(curve != nullptr && curve->deadline() >= setup.deadline());
    for (int t = 0; t < setup.deadline(); ++t) curve_kept_[t * actors + a] = curve->kept(t);
  }
  protocol_data_ = setup.protocol().NewRunData(s);
  layout_.assign(actors, nullptr);
  coupled_.assign(actors, 0);
  for (int i = 0; i <= num_issues_; ++i)
    flat_offset_.push_back(i < num_issues_ ? s.space().offset(i) : num_flat_);
  flat_.assign(issues, 0);
  clear_.assign(actors, 0);
  last_judged_.assign(actors * issues, 0);
  last_utilities_.assign(actors * actors, 0);
  last_clear_.assign(actors * actors, 0);
  last_tables_.assign(actors, 0);
  proposal_.assign(issues, 0);
  decoded_.assign(issues, 0);
  pressure_scratch_.assign(actors * issues, 0);
  const size_t max_offers = setup.max_offers();
  offers_.resize(max_offers);
  offer_options_.assign(max_offers * issues, 0);
  responses_.assign(max_offers * actors, Response::kNone);
  utilities_.assign(max_offers * actors, 0);
  first_offer_.assign(actors, -1);
  last_offer_.assign(actors, -1);
  events_.reserve(actors + setup.agenda().num_stages());
  view_.deadline = setup.deadline();
  view_.reservation = reservation_.data();
  view_.aspiration = aspiration_.data();
  view_.ceiling = ceiling_.data();
  view_.active = active_.data();
  pressure_ = !setup.influence().empty();
  for (int a = 0; a < num_actors_; ++a) pressure_ |= s.actor(a).reservation_drift != 0;
}

void RunState::Reset(Rng& rng) {
  view_.round = 0;
  outcome_ = RunOutcome{};
  std::fill(settled_.begin(), settled_.end(), 0);
  for (int a = 0; a < num_actors_; ++a) {
    reservation_[a] = setup_.reservation(a);
    aspiration_[a] = reservation_[a];
    active_[a] = 1;
    const std::span<const double> weights = setup_.weights(a);
    std::copy(weights.begin(), weights.end(),
              weights_.begin() + static_cast<size_t>(a) * num_issues_);
    first_offer_[a] = last_offer_[a] = -1;
  }
  num_offers_ = 0;
  events_.clear();
  OpenStage(0);  // refreshes every actor, which also forgets the walk-outs checked
  for (auto& strategy : strategies_) strategy->Reset();
  setup_.protocol().Reset(setup_, *this, rng);
}

std::span<const double> RunState::weights(int actor) const {
  return RowOf(weights_, actor, num_issues_);
}

std::span<const double> RunState::contributions(int actor) const {
  return RowOf(contributions_, actor, num_flat_);
}

double RunState::Utility(int actor, std::span<const OptionIndex> package) const {
  const double* row = contributions_.data() + static_cast<size_t>(actor) * num_flat_;
  double utility = 0;
  for (int i = 0; i < num_issues_; ++i) utility += row[flat_offset_[i] + package[i]];
  return WithSynergies(actor, package, utility);
}

double RunState::WithSynergies(int actor, std::span<const OptionIndex> package,
                               double utility) const {
  const auto synergies = scenario().synergies();
  for (int k : layout_[actor]->synergies)
    if (SynergyHolds(scenario().space(), synergies[k], package)) utility += synergies[k].value;
  return utility;
}

bool RunState::CrossesRedLine(int actor, std::span<const OptionIndex> package) const {
  const std::uint8_t* judged = judged_.data() + static_cast<size_t>(actor) * num_flat_;
  for (int i = 0; i < num_issues_; ++i)
    if (!judged[flat_offset_[i] + package[i]]) return true;
  return CrossesRule(actor, package);
}

void RunState::JudgeOffer(std::span<const OptionIndex> package, double* utilities) {
  // Locals throughout: a store through a byte pointer may alias any member, which would make
  // the compiler reload every member after each one.
  const int n = num_actors_, issues = num_issues_;
  const size_t width = num_flat_;
  const int* flat = flat_.data();
  std::uint8_t* clear = clear_.data();
  // Actors in groups of kGroup, their sums side by side so that they do not wait on each
  // other; each is still added in issue order, as Utility() adds it, so the numbers are the
  // same. A group short of actors repeats its last one.
  constexpr int kGroup = 4;
  for (int first = 0; first < n; first += kGroup) {
    const double* values[kGroup];
    const std::uint8_t* judged[kGroup];
    for (int k = 0; k < kGroup; ++k) {
      const size_t row = static_cast<size_t>(std::min(first + k, n - 1)) * width;
      values[k] = contributions_.data() + row;
      judged[k] = judged_.data() + row;
    }
    double utility[kGroup] = {};
    std::uint8_t ok[kGroup] = {1, 1, 1, 1};
    for (int i = 0; i < issues; ++i)
      for (int k = 0; k < kGroup; ++k) {
        utility[k] += values[k][flat[i]];
        ok[k] &= judged[k][flat[i]];
      }
    for (int k = 0; k < kGroup && first + k < n; ++k) {
      const int a = first + k;
      if (coupled_[a]) {
        utility[k] = WithSynergies(a, package, utility[k]);
        ok[k] &= !CrossesRule(a, package);
      }
      utilities[a] = utility[k];
      clear[a] = ok[k];
    }
  }
}

void RunState::JudgeOrRecall(int proposer, std::span<const OptionIndex> package,
                             double* utilities) {
  if (proposer < 0) return JudgeOffer(package, utilities);
  // Plain loops over a few entries each: library calls for them would cost more than the copy.
  const int n = num_actors_, issues = num_issues_;
  OptionIndex* last = last_judged_.data() + proposer * issues;
  double* last_utilities = last_utilities_.data() + proposer * n;
  std::uint8_t* last_clear = last_clear_.data() + proposer * n;
  std::uint8_t* clear = clear_.data();
  bool same = last_tables_[proposer] == tables_version_;
  for (int i = 0; i < issues; ++i) same &= package[i] == last[i];
  if (same) {
    for (int a = 0; a < n; ++a) {
      utilities[a] = last_utilities[a];
      clear[a] = last_clear[a];
    }
    return;
  }
  JudgeOffer(package, utilities);
  last_tables_[proposer] = tables_version_;
  for (int i = 0; i < issues; ++i) last[i] = package[i];
  for (int a = 0; a < n; ++a) {
    last_utilities[a] = utilities[a];
    last_clear[a] = clear[a];
  }
}

bool RunState::CrossesRule(int actor, std::span<const OptionIndex> package) const {
  const auto lines = scenario().red_lines();
  for (int r : layout_[actor]->rules)
    if (lines[r].Crosses(package)) return true;
  return false;
}

std::span<const OptionIndex> RunState::offer_options(int i) const {
  return RowOf(offer_options_, i, num_issues_);
}

std::span<const Response> RunState::responses(int i) const {
  return RowOf(responses_, i, num_actors_);
}

std::span<const double> RunState::utilities(int i) const {
  return RowOf(utilities_, i, num_actors_);
}

void RunState::Propose(int actor, Rng& rng, std::span<OptionIndex> package) {
  Strategy& strategy = *strategies_[actor];
  const Self self(*this, view_, actor);
  const Record record(*this, view_);
  if (hooks_[actor].propose)
    strategy.Propose(self, record, rng, package);
  else
    strategy.Strategy::Propose(self, record, rng, package);
}

int RunState::MakeOffer(int proposer, OfferKind kind, std::span<const OptionIndex> package,
                        bool vote) {
  NEGSIM_CHECK(running() && num_offers_ < setup_.max_offers());
  NEGSIM_CHECK(static_cast<int>(package.size()) == num_issues_);
  const int k = num_offers_++;
  offers_[k] = OfferHeader{view_.round, view_.stage, proposer, kind};
  // Locals throughout: a store through a byte pointer (an option, a vote) may alias any member,
  // which would make the compiler reload every member after each one.
  const int n = num_actors_, issues = num_issues_;
  const int* offset = flat_offset_.data();
  int* flat = flat_.data();  // the offer's flat options, for JudgeOffer
  OptionIndex* options = offer_options_.data() + static_cast<size_t>(k) * issues;
  bool valid = true;
  for (int i = 0; i < issues; ++i) {
    options[i] = package[i];
    flat[i] = offset[i] + package[i];
    valid &= flat[i] < offset[i + 1];  // an option of issue i
  }
  NEGSIM_CHECK(valid);
  if (view_.stage > 0) {  // a settled issue keeps its agreed option
    const AgendaStages& agenda = setup_.agenda();
    for (int i = 0; i < issues; ++i)
      NEGSIM_CHECK(agenda.stage(i) >= view_.stage || package[i] == settled_[i]);
  }
  double* utilities = utilities_.data() + static_cast<size_t>(k) * n;
  Response* votes = responses_.data() + static_cast<size_t>(k) * n;
  const Record record(*this, view_);
  OfferView view{k, view_.round, view_.stage, proposer, kind, offer_options(k), {}};
  JudgeOrRecall(proposer, view.options, utilities);
  const std::uint8_t* active = active_.data();
  const std::uint8_t* clear = clear_.data();
  const double* reservation = reservation_.data();
  const Strategy::Overrides* hooks = hooks_.data();
  std::unique_ptr<Strategy>* strategies = strategies_.data();
  // The engine's guard: whatever the strategy says, no red line crossed and no deal worse than
  // no deal. Not short-circuited: each term is as likely as not, and branches on them
  // mispredict.
  const auto guarded = [&](int a, bool says_yes) {
    const bool accept = says_yes & (clear[a] != 0) & (utilities[a] >= reservation[a]);
    return accept ? Response::kAccept : Response::kReject;
  };
  if (!vote) {
    std::fill(votes, votes + n, Response::kNone);
  } else if (default_responses_) {
    // No call and no branch per actor: the default Respond inlines to one comparison.
    for (int a = 0; a < n; ++a) {
      const bool says_yes = strategies[a]->Strategy::Respond(Self(*this, view_, a), record, view,
                                                            utilities[a]);
      votes[a] = active[a] ? guarded(a, says_yes) : Response::kNone;
    }
  } else {
    for (int a = 0; a < n; ++a) {
      if (!active[a]) {
        votes[a] = Response::kNone;
        continue;
      }
      Strategy& strategy = *strategies[a];
      const Self self(*this, view_, a);
      votes[a] = guarded(a, hooks[a].respond
                                ? strategy.Respond(self, record, view, utilities[a])
                                : strategy.Strategy::Respond(self, record, view, utilities[a]));
    }
  }
  if (proposer >= 0 && kind != OfferKind::kText) {
    if (first_offer_[proposer] < 0) first_offer_[proposer] = k;
    last_offer_[proposer] = k;
  }
  if (!any_observer_) return k;
  view.responses = responses(k);
  for (int a = 0; a < num_actors_; ++a)
    if (active_[a] && hooks_[a].observe)
      strategies_[a]->Observe(Self(*this, view_, a), record, view);
  return k;
}

void RunState::Settle(int offer) {
  NEGSIM_CHECK(running() && offers_[offer].stage == view_.stage && AllSignatoriesAccept(offer));
  const std::span<const OptionIndex> options = offer_options(offer);
  for (int i : setup_.agenda().issues(view_.stage)) settled_[i] = options[i];
  if (view_.stage + 1 == setup_.agenda().num_stages()) {
    End(RunEnd::kAgreement, -1, offer);
    return;
  }
  events_.push_back(
      RunEvent{EventKind::kStageSettled, view_.round, num_offers_, -1, view_.stage, 0, 0});
  OpenStage(view_.stage + 1);
}

void RunState::PlaceholderPackage(std::span<OptionIndex> package) const {
  std::copy(settled_.begin(), settled_.end(), package.begin());
}

void RunState::OpenStage(int stage) {
  view_.stage = stage;
  for (int a = 0; a < num_actors_; ++a) Refresh(a);
}

void RunState::Refresh(int actor) {
  ++tables_version_;  // every offer judged so far was judged on the old tables
  const Scenario& s = scenario();
  const size_t row = static_cast<size_t>(actor) * num_flat_;
  const StageTables tables{std::span<double>(contributions_).subspan(row, num_flat_),
                           std::span<std::uint8_t>(candidates_).subspan(row, num_flat_),
                           std::span<std::uint8_t>(judged_).subspan(row, num_flat_)};
  FillStageTables(s, setup_.agenda(), actor, view_.stage, weights(actor), setup_.values(actor),
                  settled_, tables);
  layout_[actor] = &setup_.layout(actor, view_.stage);
  coupled_[actor] = !layout_[actor]->synergies.empty() || !layout_[actor]->rules.empty();
  if (view_.stage == 0 && setup_.shared_search(actor) != nullptr) {
    search_[actor] = setup_.shared_search(actor);
  } else {
    own_search_[actor].Build(s, *layout_[actor], tables.contributions, tables.candidates);
    search_[actor] = &own_search_[actor];
  }
  walk_outs_settled_ = false;
  if (search_[actor]->empty()) {
    scratch_[actor].nearest = NearestMemo{};
    ceiling_[actor] = -std::numeric_limits<double>::infinity();
    return;
  }
  scratch_[actor].nearest = search_[actor]->TopMemo();
  search_[actor]->Write(search_[actor]->Best(), decoded_);
  ceiling_[actor] = Utility(actor, decoded_);
}

}  // namespace negsim
