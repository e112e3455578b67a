// RunState: the mutable state of one bargaining run (MuJoCo's mjData, OpenSpiel's State): the
// round, each actor's current reservation, weights, aspiration and ceiling, the agenda stage,
// the record of offers, responses and events, the strategies' and protocol's per-run data, and
// the outcome. Everything is allocated by the constructor; Reset() starts a new run reusing it,
// and no round allocates. One RunState per thread; the RunSetup behind it is shared.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "sim/negotiator.h"
#include "sim/protocol.h"
#include "sim/run_setup.h"
#include "sim/strategy.h"
#include "sim/strategy_search.h"

namespace negsim {

// How a run ended (kRunning while it has not).
enum class RunEnd : std::uint8_t {
  kRunning,
  kAgreement,     // every signatory accepted an offer in the last agenda stage
  kWalkOut,       // a signatory walked out
  kMediatorLeft,  // the mediator walked out, or walked away at its deadline
  kDeadline,      // protocol.max_rounds played without agreement
};

struct RunOutcome {
  RunEnd end = RunEnd::kRunning;
  int round = -1;  // the round the run ended in
  int offer = -1;  // kAgreement: the agreed offer
  int actor = -1;  // kWalkOut, kMediatorLeft: who left (-1 for a neutral mediator)
};

struct OfferHeader {
  int round = 0;
  int stage = 0;
  int proposer = -1;  // -1: a neutral mediator's text
  OfferKind kind = OfferKind::kProposal;
};

enum class EventKind : std::uint8_t {
  kWalkOut,       // `actor` walked out: `reservation` exceeded the `expectation` left
  kStageSettled,  // agenda stage `stage` was agreed by offer `offers_before - 1`
};

struct RunEvent {
  EventKind kind = EventKind::kWalkOut;
  int round = 0;
  int offers_before = 0;  // offers on the record when it happened (orders the transcript)
  int actor = -1;
  int stage = 0;
  double reservation = 0;
  double expectation = 0;
};

class RunState {
 public:
  explicit RunState(const RunSetup& setup);
  RunState(const RunState&) = delete;
  RunState& operator=(const RunState&) = delete;

  // Round 0 of a new run: reservations, weights and stage as in the scenario, record empty,
  // strategies and protocol reset.
  void Reset(Rng& rng);

  const RunSetup& setup() const { return setup_; }
  const Scenario& scenario() const { return setup_.scenario(); }
  bool running() const { return outcome_.end == RunEnd::kRunning; }
  int round() const { return view_.round; }
  int stage() const { return view_.stage; }
  const RunOutcome& outcome() const { return outcome_; }
  // Per issue: the option agreed for each settled issue; after an agreement, the package.
  std::span<const OptionIndex> settled() const { return settled_; }

  double reservation(int actor) const { return reservation_[actor]; }
  double aspiration(int actor) const { return aspiration_[actor]; }
  double ceiling(int actor) const { return ceiling_[actor]; }
  bool active(int actor) const { return active_[actor] != 0; }
  std::span<const double> weights(int actor) const;
  // Own utility per flat option at the current stage (run_tables.h).
  std::span<const double> contributions(int actor) const;

  // Utility and red lines at the current stage (Self documents the rules).
  double Utility(int actor, std::span<const OptionIndex> package) const;
  bool CrossesRedLine(int actor, std::span<const OptionIndex> package) const;

  int num_offers() const { return num_offers_; }
  const OfferHeader& offer(int i) const { return offers_[i]; }
  std::span<const OptionIndex> offer_options(int i) const;
  std::span<const Response> responses(int i) const;
  // Every actor's utility of offer i at the stage it was made.
  std::span<const double> utilities(int i) const;
  int first_offer_by(int actor) const { return first_offer_[actor]; }
  int last_offer_by(int actor) const { return last_offer_[actor]; }
  std::span<const RunEvent> events() const { return {events_.data(), events_.size()}; }

  // --- For protocols (DoApply) ---
  Strategy& strategy(int actor) { return *strategies_[actor]; }
  Self self(int actor) { return Self(*this, view_, actor); }
  // The actor's strategy's Propose (its default called directly).
  void Propose(int actor, Rng& rng, std::span<OptionIndex> package);
  Record record() const { return Record(*this, view_); }
  // A package buffer for proposals (num_issues).
  std::span<OptionIndex> proposal() { return proposal_; }
  ProtocolRunData* protocol_data() { return protocol_data_.get(); }
  // Records `package` (settled issues must hold their agreed options) with every actor's
  // utility; when `vote`, every active actor responds; then every active strategy observes it.
  // Returns the offer's index.
  int MakeOffer(int proposer, OfferKind kind, std::span<const OptionIndex> package, bool vote);
  bool AllSignatoriesAccept(int offer) const {  // inline: asked after every offer
    const Response* votes = responses_.data() + static_cast<size_t>(offer) * num_actors_;
    bool all = true;  // not cut short: a vote is as likely to be either; a branch mispredicts
    for (int a : signatories_) all &= votes[a] == Response::kAccept;
    return all;
  }
  // Offer `offer`, accepted by every signatory, settles the open issues: the next stage opens,
  // or, in the last stage, it is the agreement and the run ends.
  void Settle(int offer);

  // --- For Protocol::Apply ---
  // Pressure (drift, influence), walk-outs, then every active actor's aspiration.
  void BeginRound();
  // Checks the books, ends the run at the deadline, and moves to the next round.
  void EndRound();

 private:
  friend class Self;
  void OpenStage(int stage);
  void Refresh(int actor);  // stage tables, search and ceiling after a stage or weight change
  void ApplyPressure();
  void CheckWalkOuts();
  void End(RunEnd end, int actor, int offer);
  // Every actor's utility of `package` into utilities[actor], and clear_[actor] = 1 where it
  // crosses none of the actor's red lines: Utility and CrossesRedLine for all actors, with the
  // offer's flat options found once (by MakeOffer, into flat_).
  void JudgeOffer(std::span<const OptionIndex> package, double* utilities);
  // JudgeOffer, or, when `proposer` offers again the package it offered last and no actor's
  // tables changed since, what that judgement found (a proposer holding out repeats itself).
  void JudgeOrRecall(int proposer, std::span<const OptionIndex> package, double* utilities);
  // `utility` plus the actor's synergies in force that `package` holds, added in order.
  double WithSynergies(int actor, std::span<const OptionIndex> package, double utility) const;
  // Does `package` cross one of the actor's if/then red lines in force?
  bool CrossesRule(int actor, std::span<const OptionIndex> package) const;
  const PackageSearch& search(int actor) const { return *search_[actor]; }
  SearchScratch& search_scratch(int actor) { return scratch_[actor]; }
  // For an actor with no package left to propose: settled options, option 0 elsewhere.
  void PlaceholderPackage(std::span<OptionIndex> package) const;

  const RunSetup& setup_;
  int num_actors_;
  int num_issues_;
  int num_flat_;
  std::span<const int> signatories_;  // the scenario's, read every round
  bool pressure_ = false;  // does any reservation drift or influence act?
  // With every strategy's default Expectation (its ceiling), who walks out depends only on
  // reservations and ceilings: once checked, no one can until one of them changes.
  bool default_expectations_ = true;
  bool walk_outs_settled_ = false;
  RunView view_;  // round, stage and views of the per-actor numbers below
  RunOutcome outcome_;
  std::vector<OptionIndex> settled_;         // num_issues
  std::vector<double> reservation_;          // per actor
  std::vector<double> aspiration_;           // per actor
  std::vector<double> ceiling_;              // per actor; -inf when nothing is left
  std::vector<std::uint8_t> active_;         // per actor
  std::vector<double> weights_;              // num_actors x num_issues
  std::vector<double> contributions_;        // num_actors x num_flat
  std::vector<std::uint8_t> candidates_;     // num_actors x num_flat
  std::vector<std::uint8_t> judged_;         // num_actors x num_flat
  std::vector<PackageSearch> own_search_;    // per actor; used where no shared search applies
  std::vector<const PackageSearch*> search_;  // per actor: shared or own
  std::vector<SearchScratch> scratch_;       // per actor
  std::vector<std::unique_ptr<Strategy>> strategies_;
  std::vector<Strategy::Overrides> hooks_;   // per actor: its strategy's, read every round
  // deadline x num_actors: ConcessionCurve::kept of each actor whose aspiration follows its
  // curve, by round, so that a round reads one row rather than each actor's strategy and curve.
  std::vector<double> curve_kept_;
  bool any_observer_ = false;                // does any strategy override Observe?
  bool default_responses_ = true;            // does none override Respond?
  bool curves_only_ = true;                  // does every aspiration follow a curve?
  std::unique_ptr<ProtocolRunData> protocol_data_;
  std::vector<const SearchLayout*> layout_;  // per actor: its layout at the current stage
  std::vector<std::uint8_t> coupled_;        // per actor: synergies or if/then rules in force
  std::vector<int> flat_offset_;             // num_issues + 1: IssueSpace::offset, then num_flat
  std::vector<int> flat_;                    // num_issues: the flat options of the offer judged
  std::vector<std::uint8_t> clear_;          // per actor: scratch of JudgeOffer
  // Per proposer, its last offer as judged (JudgeOrRecall): options, every actor's utility and
  // clear_, and the tables_version_ it was judged at (0: none since the state was made).
  std::vector<OptionIndex> last_judged_;     // num_actors x num_issues
  std::vector<double> last_utilities_;       // num_actors x num_actors
  std::vector<std::uint8_t> last_clear_;     // num_actors x num_actors
  std::vector<std::uint64_t> last_tables_;   // per actor
  std::uint64_t tables_version_ = 0;         // counts Refresh calls, never reset
  std::vector<OptionIndex> proposal_;        // num_issues
  std::vector<OptionIndex> decoded_;         // num_issues: scratch for ceilings
  std::vector<double> pressure_scratch_;     // num_actors x num_issues

  int num_offers_ = 0;
  std::vector<OfferHeader> offers_;       // max_offers
  std::vector<OptionIndex> offer_options_;  // max_offers x num_issues
  std::vector<Response> responses_;       // max_offers x num_actors
  std::vector<double> utilities_;         // max_offers x num_actors
  std::vector<int> first_offer_;          // per actor
  std::vector<int> last_offer_;           // per actor
  std::vector<RunEvent> events_;          // reserved: num_actors + num_stages
};

}  // namespace negsim
