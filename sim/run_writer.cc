// The text transcript and the names shared by every run format.
#include "sim/run_writer.h"

#include <cstdio>

#include "sim/check.h"

namespace negsim {

namespace {

// Three decimals are what a reader compares; the JSON and CSV keep full precision.
std::string Fixed3(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

// "round  7" with the number padded to the width of the last round, so entries line up.
std::string RoundLabel(const RunState& state, int round) {
  const std::string last = std::to_string(state.setup().deadline() - 1);
  std::string number = std::to_string(round);
  return "round " + std::string(last.size() - std::min(last.size(), number.size()), ' ') + number;
}

const RunEvent* WalkOutOf(const RunState& state, int actor) {
  for (const RunEvent& event : state.events())
    if (event.kind == EventKind::kWalkOut && event.actor == actor) return &event;
  return nullptr;
}

void WriteEvent(const RunState& state, const RunEvent& event, std::ostream& out) {
  const Scenario& s = state.scenario();
  out << RoundLabel(state, event.round) << "  ";
  if (event.kind == EventKind::kWalkOut) {
    out << s.actor(event.actor).id << " walks out: its reservation " << Fixed3(event.reservation)
        << " exceeds the " << Fixed3(event.expectation) << " it can still expect\n";
    return;
  }
  out << "stage " << event.stage + 1 << " settled:";
  for (int i : state.setup().agenda().issues(event.stage))
    out << ' ' << s.space().issue(i).name << '=' << s.space().issue(i).options[state.settled()[i]];
  out << '\n';
}

void WriteOffer(const RunState& state, int k, std::ostream& out) {
  const Scenario& s = state.scenario();
  const OfferHeader& offer = state.offer(k);
  out << RoundLabel(state, offer.round) << "  " << ProposerName(state, k)
      << (offer.kind == OfferKind::kText       ? " tables the text: "
          : offer.kind == OfferKind::kCounter ? " states its position: "
                                              : " proposes: ")
      << DescribePackage(state, offer.stage, state.offer_options(k)) << "\n" << std::string(7, ' ');
  for (int a = 0; a < s.num_actors(); ++a) {
    out << (a == 0 ? " " : " | ") << s.actor(a).id << ' ' << Fixed3(state.utilities(k)[a]);
    const Response response = state.responses(k)[a];
    if (response != Response::kNone) out << ' ' << ResponseName(response);
  }
  out << '\n';
}

}  // namespace

std::string_view RunEndName(RunEnd end) {
  switch (end) {
    case RunEnd::kRunning: return "running";
    case RunEnd::kAgreement: return "agreement";
    case RunEnd::kWalkOut: return "walk_out";
    case RunEnd::kMediatorLeft: return "mediator_left";
    case RunEnd::kDeadline: return "deadline";
  }
  NEGSIM_CHECK(false);
}

std::string_view OfferKindName(OfferKind kind) {
  switch (kind) {
    case OfferKind::kProposal: return "proposal";
    case OfferKind::kText: return "text";
    case OfferKind::kCounter: return "counter";
  }
  NEGSIM_CHECK(false);
}

std::string_view ResponseName(Response response) {
  switch (response) {
    case Response::kNone: return "";
    case Response::kReject: return "reject";
    case Response::kAccept: return "accept";
  }
  NEGSIM_CHECK(false);
}

std::string ProposerName(const RunState& state, int offer) {
  const int proposer = state.offer(offer).proposer;
  return proposer < 0 ? "mediator" : state.scenario().actor(proposer).id;
}

std::string DescribePackage(const RunState& state, int stage,
                            std::span<const OptionIndex> package) {
  const IssueSpace& space = state.scenario().space();
  std::string text;
  for (int i = 0; i < space.num_issues(); ++i) {
    if (i > 0) text += ' ';
    text += space.issue(i).name + '=';
    text += state.setup().agenda().phase(i, stage) == IssuePhase::kPending
                ? "(pending)"
                : space.issue(i).options[package[i]];
  }
  return text;
}

std::string DescribeOutcome(const RunState& state) {
  const RunOutcome& outcome = state.outcome();
  const std::string round = " in round " + std::to_string(outcome.round);
  const Scenario& s = state.scenario();
  switch (outcome.end) {
    case RunEnd::kRunning: return "still running" + round;
    case RunEnd::kAgreement: return "agreement" + round;
    case RunEnd::kDeadline: return "no agreement by the deadline (" +
                                   std::to_string(state.setup().deadline()) + " rounds)";
    case RunEnd::kWalkOut:
    case RunEnd::kMediatorLeft: {
      const std::string who =
          outcome.actor < 0 ? "the neutral mediator"
                            : s.actor(outcome.actor).id +
                                  (outcome.end == RunEnd::kMediatorLeft ? " (mediator)" : "");
      const RunEvent* walk = outcome.actor < 0 ? nullptr : WalkOutOf(state, outcome.actor);
      if (walk == nullptr) return who + " walked away at its deadline" + round;
      return who + " walked out" + round + ": its reservation " + Fixed3(walk->reservation) +
             " exceeds the " +
             Fixed3(walk->expectation) + " it can still expect";
    }
  }
  NEGSIM_CHECK(false);
}

std::vector<std::string> RunFormatNames() { return {"text", "json", "csv"}; }

RunFormat RunFormatNamed(std::string_view name) {
  if (name == "json") return RunFormat::kJson;
  if (name == "csv") return RunFormat::kCsv;
  NEGSIM_CHECK(name == "text");
  return RunFormat::kText;
}

void WriteRun(const RunState& state, RunFormat format, std::uint64_t seed, std::ostream& out) {
  switch (format) {
    case RunFormat::kText: return WriteRunText(state, seed, out);
    case RunFormat::kJson: return WriteRunJson(state, seed, out);
    case RunFormat::kCsv: return WriteRunCsv(state, out);
  }
}

void WriteRunText(const RunState& state, std::uint64_t seed, std::ostream& out) {
  const Scenario& s = state.scenario();
  const RunSetup& setup = state.setup();
  out << "negsim run: " << s.name() << "\nprotocol " << setup.protocol_info().name;
  if (setup.protocol_info().uses_mediator)
    out << " (mediator " << (setup.mediator() < 0 ? "neutral" : s.actor(setup.mediator()).id)
        << ')';
  out << ", deadline " << setup.deadline() << " rounds, seed " << seed << "\nactors:\n";
  for (int a = 0; a < s.num_actors(); ++a) {
    const Actor& actor = s.actor(a);
    out << "  " << actor.id << (actor.name != actor.id ? " (" + actor.name + ")" : "") << ": "
        << (actor.signatory ? "signatory" : "not a signatory") << ", strategy "
        << setup.strategy_info(a).name << ", reservation " << Fixed3(setup.reservation(a))
        << '\n';
  }
  const AgendaStages& agenda = setup.agenda();
  if (agenda.num_stages() > 1) {
    out << "agenda:\n";
    for (int stage = 0; stage < agenda.num_stages(); ++stage) {
      out << "  stage " << stage + 1 << ":";
      for (int i : agenda.issues(stage)) out << ' ' << s.space().issue(i).name;
      out << '\n';
    }
  }
  out << '\n';
  const auto events = state.events();
  size_t e = 0;
  for (int k = 0; k <= state.num_offers(); ++k) {
    for (; e < events.size() && events[e].offers_before == k; ++e)
      WriteEvent(state, events[e], out);
    if (k < state.num_offers()) WriteOffer(state, k, out);
  }

  const RunOutcome& outcome = state.outcome();
  out << "\noutcome: " << DescribeOutcome(state) << '\n';
  if (outcome.end == RunEnd::kAgreement) {
    out << "package: " << DescribePackage(state, state.stage(), state.settled()) << '\n';
    out << "  actor        utility  reservation     gain\n";
    for (int a = 0; a < s.num_actors(); ++a) {
      const double utility = state.utilities(outcome.offer)[a];
      std::string id = s.actor(a).id;
      id.resize(std::max<size_t>(id.size(), 12), ' ');
      char row[96];
      std::snprintf(row, sizeof row, "%8.3f  %11.3f  %7.3f", utility, state.reservation(a),
                    utility - state.reservation(a));
      out << "  " << id << row << '\n';
    }
  } else if (state.stage() > 0) {
    out << "settled before the breakdown: "
        << DescribePackage(state, state.stage() - 1, state.settled()) << '\n';
  }
}

}  // namespace negsim
