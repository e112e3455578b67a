// What one negotiator may know during a run: its own preferences (through Self) and the public
// record of offers and responses (through Record). A strategy never sees another actor's
// weights, values, red lines, reservation or utility, as a real negotiator would not.
#pragma once

#include <cstdint>
#include <span>

#include "sim/agenda.h"
#include "sim/issue_space.h"
#include "sim/run_rng.h"

namespace negsim {

class RunState;

// Every random draw of a run comes from this engine (mt19937_64's numbers), seeded per run
// (see sim/run.h, RunSeed).
using Rng = RunRng;

enum class OfferKind : std::uint8_t {
  kProposal,  // alternating: a proposer's offer, voted on by every actor
  kText,      // mediated: the mediator's single negotiating text, voted on by every actor
  kCounter,   // mediated: a party's own proposal (its criticism of the text), not voted on
};

enum class Response : std::uint8_t {
  kNone,    // not voted on, or the actor had walked out
  kReject,
  kAccept,
};

// One offer on the public record.
struct OfferView {
  int index = 0;      // position in the record, from 0
  int round = 0;
  int stage = 0;      // agenda stage it was made in
  int proposer = -1;  // actor index; -1 for a neutral mediator's text
  OfferKind kind = OfferKind::kProposal;
  std::span<const OptionIndex> options;  // one per issue; a pending issue holds option 0
  std::span<const Response> responses;   // per actor; empty while the votes are collected
};

// The numbers of a run that negotiators read every round, kept together by RunState so that
// Record and Self read them inline rather than through a call into the engine.
struct RunView {
  int round = 0;
  int stage = 0;
  int deadline = 0;
  const double* reservation = nullptr;   // per actor
  const double* aspiration = nullptr;    // per actor
  const double* ceiling = nullptr;       // per actor
  const std::uint8_t* active = nullptr;  // per actor
};

// The public record of a run so far, oldest offer first.
class Record {
 public:
  Record(const RunState& state, const RunView& view) : state_(state), view_(view) {}
  int round() const { return view_.round; }        // the current round, from 0
  int deadline() const { return view_.deadline; }  // rounds that can be played: the last is
                                                   // deadline() - 1
  int num_actors() const;
  bool active(int actor) const { return view_.active[actor] != 0; }  // false once it walked out
  bool signatory(int actor) const;  // is its assent required (public in every scenario)?
  int stage() const { return view_.stage; }  // the agenda stage being negotiated
  int num_stages() const;
  IssuePhase phase(int issue) const;
  int num_offers() const;
  OfferView offer(int i) const;
  // Index of the actor's first / latest proposal or counter-proposal; -1 if none.
  int first_offer_by(int actor) const;
  int last_offer_by(int actor) const;
  const IssueSpace& space() const;

 private:
  const RunState& state_;
  const RunView& view_;
};

// The negotiator's own view of itself. Utilities are taken at the current agenda stage: a
// pending issue counts at the actor's mean value over the options its red lines allow there,
// and red lines are judged on decided (settled or open) issues only.
class Self {
 public:
  Self(RunState& state, const RunView& view, int actor)
      : state_(&state), view_(&view), actor_(actor) {}
  int id() const { return actor_; }
  const IssueSpace& space() const;
  double Utility(std::span<const OptionIndex> package) const;
  bool CrossesRedLine(std::span<const OptionIndex> package) const;
  // Current, after drift and influence.
  double reservation() const { return view_->reservation[actor_]; }
  // This round's, once the engine has asked for it.
  double aspiration() const { return view_->aspiration[actor_]; }
  // The best utility of a package it can still be offered.
  double ceiling() const { return view_->ceiling[actor_]; }
  double weight(int issue) const;  // current, after influence
  double value(int issue, int option) const;
  // Own utility of each flat option (IssueSpace::offset(issue) + option) at this stage.
  std::span<const double> contributions() const;

  // The package of least utility at or above `target` (its nearest concession), crossing none
  // of its red lines; its best package when none reaches the target.
  void Nearest(double target, std::span<OptionIndex> package) const;
  // Among its packages of utility at or above `target`, the one with the highest sum of
  // scores[flat] (one per flat option: a model of what the others want).
  void BestFor(double target, std::span<const double> scores,
               std::span<OptionIndex> package) const;

 private:
  RunState* state_;
  const RunView* view_;
  int actor_;
};

}  // namespace negsim
