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
      num_flat_(setup.scenario().space().num_flat_options()) {
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
  }
  protocol_data_ = setup.protocol().NewRunData(s);
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
  pressure_ = !setup.influence().empty();
  for (int a = 0; a < num_actors_; ++a) pressure_ |= s.actor(a).reservation_drift != 0;
}

void RunState::Reset(Rng& rng) {
  round_ = 0;
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
  OpenStage(0);
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
  const IssueSpace& space = scenario().space();
  const double* row = contributions_.data() + static_cast<size_t>(actor) * num_flat_;
  double utility = 0;
  for (int i = 0; i < num_issues_; ++i) utility += row[space.offset(i) + package[i]];
  const auto synergies = scenario().synergies();
  for (int k : setup_.layout(actor, stage_).synergies)
    if (SynergyHolds(space, synergies[k], package)) utility += synergies[k].value;
  return utility;
}

bool RunState::CrossesRedLine(int actor, std::span<const OptionIndex> package) const {
  const IssueSpace& space = scenario().space();
  const std::uint8_t* judged = judged_.data() + static_cast<size_t>(actor) * num_flat_;
  for (int i = 0; i < num_issues_; ++i)
    if (!judged[space.offset(i) + package[i]]) return true;
  const auto lines = scenario().red_lines();
  for (int r : setup_.layout(actor, stage_).rules)
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

int RunState::MakeOffer(int proposer, OfferKind kind, std::span<const OptionIndex> package,
                        bool vote) {
  NEGSIM_CHECK(running() && num_offers_ < setup_.max_offers());
  NEGSIM_CHECK(static_cast<int>(package.size()) == num_issues_);
  const IssueSpace& space = scenario().space();
  for (int i = 0; i < num_issues_; ++i) {
    NEGSIM_CHECK(package[i] < space.num_options(i));
    NEGSIM_CHECK(setup_.agenda().phase(i, stage_) != IssuePhase::kSettled ||
                 package[i] == settled_[i]);
  }
  const int k = num_offers_++;
  offers_[k] = OfferHeader{round_, stage_, proposer, kind};
  std::copy(package.begin(), package.end(),
            offer_options_.begin() + static_cast<size_t>(k) * num_issues_);
  const std::span<const OptionIndex> options = offer_options(k);
  double* utilities = utilities_.data() + static_cast<size_t>(k) * num_actors_;
  Response* votes = responses_.data() + static_cast<size_t>(k) * num_actors_;
  const Record record(*this);
  OfferView view{k, round_, stage_, proposer, kind, options, {}};
  for (int a = 0; a < num_actors_; ++a) {
    utilities[a] = Utility(a, options);
    votes[a] = Response::kNone;
    if (!vote || !active_[a]) continue;
    // The engine's guard: whatever the strategy says, no red line crossed and no deal worse
    // than no deal.
    const bool accept = strategies_[a]->Respond(Self(*this, a), record, view, utilities[a]) &&
                        !CrossesRedLine(a, options) && utilities[a] >= reservation_[a];
    votes[a] = accept ? Response::kAccept : Response::kReject;
  }
  if (proposer >= 0 && kind != OfferKind::kText) {
    if (first_offer_[proposer] < 0) first_offer_[proposer] = k;
    last_offer_[proposer] = k;
  }
  view.responses = responses(k);
  for (int a = 0; a < num_actors_; ++a)
    if (active_[a]) strategies_[a]->Observe(Self(*this, a), record, view);
  return k;
}

bool RunState::AllSignatoriesAccept(int offer) const {
  const std::span<const Response> votes = responses(offer);
  for (int a : scenario().signatories())
    if (votes[a] != Response::kAccept) return false;
  return true;
}

void RunState::Settle(int offer) {
  NEGSIM_CHECK(running() && offers_[offer].stage == stage_ && AllSignatoriesAccept(offer));
  const std::span<const OptionIndex> options = offer_options(offer);
  for (int i : setup_.agenda().issues(stage_)) settled_[i] = options[i];
  if (stage_ + 1 == setup_.agenda().num_stages()) {
    End(RunEnd::kAgreement, -1, offer);
    return;
  }
  events_.push_back(RunEvent{EventKind::kStageSettled, round_, num_offers_, -1, stage_, 0, 0});
  OpenStage(stage_ + 1);
}

void RunState::PlaceholderPackage(std::span<OptionIndex> package) const {
  std::copy(settled_.begin(), settled_.end(), package.begin());
}

void RunState::OpenStage(int stage) {
  stage_ = stage;
  for (int a = 0; a < num_actors_; ++a) Refresh(a);
}

void RunState::Refresh(int actor) {
  const Scenario& s = scenario();
  const size_t row = static_cast<size_t>(actor) * num_flat_;
  const StageTables tables{std::span<double>(contributions_).subspan(row, num_flat_),
                           std::span<std::uint8_t>(candidates_).subspan(row, num_flat_),
                           std::span<std::uint8_t>(judged_).subspan(row, num_flat_)};
  FillStageTables(s, setup_.agenda(), actor, stage_, weights(actor), setup_.values(actor), settled_,
                  tables);
  if (stage_ == 0 && setup_.shared_search(actor) != nullptr) {
    search_[actor] = setup_.shared_search(actor);
  } else {
    own_search_[actor].Build(s, setup_.layout(actor, stage_), tables.contributions,
                             tables.candidates);
    search_[actor] = &own_search_[actor];
  }
  scratch_[actor].nearest = NearestMemo{};
  if (search_[actor]->empty()) {
    ceiling_[actor] = -std::numeric_limits<double>::infinity();
    return;
  }
  search_[actor]->Write(search_[actor]->Best(), decoded_);
  ceiling_[actor] = Utility(actor, decoded_);
}

}  // namespace negsim
