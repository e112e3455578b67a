// The engine's part of a round (RunState::BeginRound / EndRound), around the protocol's rules.
#include <algorithm>
#include <cmath>

#include "sim/check.h"
#include "sim/run_state.h"

namespace negsim {

void RunState::BeginRound() {
  NEGSIM_CHECK(running());
  if (view_.round > 0 && pressure_) ApplyPressure();
  CheckWalkOuts();
  if (!running()) return;
  const Record record(*this, view_);
  const int n = num_actors_;
  const double* kept = curve_kept_.data() + static_cast<size_t>(view_.round) * n;
  const double* reservation = reservation_.data();
  const double* ceiling = ceiling_.data();
  double* aspiration = aspiration_.data();
  const auto set = [&](int a, double wanted) {
    NEGSIM_CHECK(!std::isnan(wanted));
    aspiration[a] = std::max(reservation[a], std::min(wanted, ceiling[a]));
  };
  // A curve's target, as Strategy::Aspiration would give it, without a call.
  const auto along_curve = [&](int a) {
    return ConcessionCurve::Between(reservation[a], ceiling[a], kept[a]);
  };
  if (curves_only_) {  // one pass with no call, which the compiler keeps in registers
    for (int a = 0; a < n; ++a)
      if (active_[a]) set(a, along_curve(a));
    return;
  }
  for (int a = 0; a < n; ++a) {
    if (!active_[a]) continue;
    set(a, hooks_[a].aspiration ? strategies_[a]->Aspiration(Self(*this, view_, a), record)
                                : along_curve(a));
  }
}

// Each round after the first: reservations drift, then influence pulls reservations and
// weights (influence.h), reservations are kept in [0,1], and actors whose weights moved get
// new stage tables, searches and ceilings.
void RunState::ApplyPressure() {
  const Scenario& s = scenario();
  const InfluenceGraph& influence = setup_.influence();
  for (int a = 0; a < num_actors_; ++a) reservation_[a] += s.actor(a).reservation_drift;
  if (!influence.empty()) {
    influence.PullReservations(reservation_,
                               std::span<double>(pressure_scratch_).first(num_actors_));
    influence.PullWeights(weights_, pressure_scratch_, num_issues_);
    for (int a = 0; a < num_actors_; ++a)
      if (influence.pulls_weights(a)) Refresh(a);
  }
  for (double& r : reservation_) r = std::clamp(r, 0.0, 1.0);
  walk_outs_settled_ = false;
}

// An actor whose reservation exceeds what it can still expect walks out and says so; a
// signatory or the mediator walking out ends the run.
void RunState::CheckWalkOuts() {
  if (walk_outs_settled_) return;
  const Record record(*this, view_);
  for (int a = 0; a < num_actors_; ++a) {
    if (!active_[a]) continue;
    Strategy& strategy = *strategies_[a];
    const Self self(*this, view_, a);
    const double expected = hooks_[a].expectation
                                ? strategy.Expectation(self, record)
                                : strategy.Strategy::Expectation(self, record);
    if (!(reservation_[a] > expected)) continue;
    active_[a] = 0;
    events_.push_back(RunEvent{EventKind::kWalkOut, view_.round, num_offers_, a, view_.stage,
                               reservation_[a], expected});
    if (a == setup_.mediator()) {
      End(RunEnd::kMediatorLeft, a, -1);
      return;
    }
    if (scenario().actor(a).signatory) {
      End(RunEnd::kWalkOut, a, -1);
      return;
    }
  }
  walk_outs_settled_ = default_expectations_;
}

void RunState::EndRound() {
  if (outcome_.end == RunEnd::kAgreement) {
    // The books: an agreement is a package every signatory accepted this round.
    NEGSIM_CHECK(offers_[outcome_.offer].round == view_.round &&
                 AllSignatoriesAccept(outcome_.offer));
    for (int a : scenario().signatories()) NEGSIM_CHECK(!CrossesRedLine(a, settled_));
  }
  if (!running()) return;
  if (view_.round + 1 >= setup_.deadline()) {
    // Only a mediator's deadline comes before protocol.max_rounds.
    if (setup_.deadline() < scenario().spec().protocol.max_rounds)
      End(RunEnd::kMediatorLeft, setup_.mediator(), -1);
    else
      End(RunEnd::kDeadline, -1, -1);
    return;
  }
  ++view_.round;
}

void RunState::End(RunEnd end, int actor, int offer) {
  outcome_ = RunOutcome{end, view_.round, offer, actor};
}

}  // namespace negsim
