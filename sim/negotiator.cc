#include "sim/negotiator.h"

#include "sim/run_state.h"

namespace negsim {

int Record::num_actors() const { return state_.scenario().num_actors(); }
bool Record::signatory(int actor) const { return state_.scenario().actor(actor).signatory; }
int Record::num_stages() const { return state_.setup().agenda().num_stages(); }
IssuePhase Record::phase(int issue) const {
  return state_.setup().agenda().phase(issue, view_.stage);
}
int Record::num_offers() const { return state_.num_offers(); }
int Record::first_offer_by(int actor) const { return state_.first_offer_by(actor); }
int Record::last_offer_by(int actor) const { return state_.last_offer_by(actor); }
const IssueSpace& Record::space() const { return state_.scenario().space(); }

OfferView Record::offer(int i) const {
  const OfferHeader& header = state_.offer(i);
  return OfferView{i,
                   header.round,
                   header.stage,
                   header.proposer,
                   header.kind,
                   state_.offer_options(i),
                   state_.responses(i)};
}

const IssueSpace& Self::space() const { return state_->scenario().space(); }
double Self::Utility(std::span<const OptionIndex> package) const {
  return state_->Utility(actor_, package);
}
bool Self::CrossesRedLine(std::span<const OptionIndex> package) const {
  return state_->CrossesRedLine(actor_, package);
}
double Self::weight(int issue) const { return state_->weights(actor_)[issue]; }
double Self::value(int issue, int option) const {
  return state_->setup().values(actor_)[space().offset(issue) + option];
}
std::span<const double> Self::contributions() const { return state_->contributions(actor_); }

void Self::Nearest(double target, std::span<OptionIndex> package) const {
  const PackageSearch& search = state_->search(actor_);
  if (search.empty()) return state_->PlaceholderPackage(package);
  search.Write(search.Nearest(target, state_->search_scratch(actor_).nearest), package);
}

void Self::BestFor(double target, std::span<const double> scores,
                   std::span<OptionIndex> package) const {
  const PackageSearch& search = state_->search(actor_);
  if (search.empty()) return state_->PlaceholderPackage(package);
  search.Write(search.BestFor(target, scores, state_->search_scratch(actor_)), package);
}

}  // namespace negsim
