// The JSON and CSV forms of a run (run_writer.h).
#include "sim/csv_writer.h"
#include "sim/json_writer.h"
#include "sim/run_writer.h"

namespace negsim {

namespace {

// {"issue": "option", ...}; pending issues are null.
void WritePackage(const RunState& state, int stage, std::span<const OptionIndex> package,
                  JsonWriter& json) {
  const IssueSpace& space = state.scenario().space();
  json.BeginObject();
  for (int i = 0; i < space.num_issues(); ++i) {
    json.Key(space.issue(i).name);
    if (state.setup().agenda().phase(i, stage) == IssuePhase::kPending)
      json.Null();
    else
      json.String(space.issue(i).options[package[i]]);
  }
  json.EndObject();
}

void WriteOffers(const RunState& state, JsonWriter& json) {
  const Scenario& s = state.scenario();
  json.BeginArray();
  for (int k = 0; k < state.num_offers(); ++k) {
    const OfferHeader& offer = state.offer(k);
    json.BeginObject();
    json.Key("round").Int(offer.round);
    json.Key("stage").Int(offer.stage + 1);
    json.Key("kind").String(OfferKindName(offer.kind));
    json.Key("proposer").String(ProposerName(state, k));
    json.Key("package");
    WritePackage(state, offer.stage, state.offer_options(k), json);
    json.Key("utilities").BeginObject();
    for (int a = 0; a < s.num_actors(); ++a) json.Key(s.actor(a).id).Number(state.utilities(k)[a]);
    json.EndObject();
    json.Key("responses").BeginObject();
    for (int a = 0; a < s.num_actors(); ++a) {
      json.Key(s.actor(a).id);
      const Response response = state.responses(k)[a];
      if (response == Response::kNone)
        json.Null();
      else
        json.String(ResponseName(response));
    }
    json.EndObject();
    json.EndObject();
  }
  json.EndArray();
}

void WriteEvents(const RunState& state, JsonWriter& json) {
  json.BeginArray();
  for (const RunEvent& event : state.events()) {
    json.BeginObject();
    json.Key("round").Int(event.round);
    if (event.kind == EventKind::kWalkOut) {
      json.Key("kind").String("walk_out");
      json.Key("actor").String(state.scenario().actor(event.actor).id);
      json.Key("reservation").Number(event.reservation);
      json.Key("expectation").Number(event.expectation);
    } else {
      json.Key("kind").String("stage_settled");
      json.Key("stage").Int(event.stage + 1);
      json.Key("offer").Int(event.offers_before - 1);
    }
    json.EndObject();
  }
  json.EndArray();
}

void WriteOutcome(const RunState& state, JsonWriter& json) {
  const Scenario& s = state.scenario();
  const RunOutcome& outcome = state.outcome();
  const bool agreed = outcome.end == RunEnd::kAgreement;
  json.BeginObject();
  json.Key("result").String(RunEndName(outcome.end));
  json.Key("round").Int(outcome.round);
  json.Key("description").String(DescribeOutcome(state));
  json.Key("offer");
  agreed ? json.Int(outcome.offer) : json.Null();
  json.Key("actor");
  outcome.actor >= 0 ? json.String(s.actor(outcome.actor).id) : json.Null();
  json.Key("package");
  if (agreed)
    WritePackage(state, state.stage(), state.settled(), json);
  else
    json.Null();
  // Issues settled in agreed agenda stages (all of them after an agreement).
  json.Key("settled");
  const int settled_stages = agreed ? state.stage() + 1 : state.stage();
  if (settled_stages > 0)
    WritePackage(state, settled_stages - 1, state.settled(), json);
  else
    json.Null();
  json.Key("actors").BeginArray();
  for (int a = 0; a < s.num_actors(); ++a) {
    json.BeginObject();
    json.Key("id").String(s.actor(a).id);
    json.Key("active").Bool(state.active(a));
    json.Key("reservation").Number(state.reservation(a));
    json.Key("utility");
    agreed ? json.Number(state.utilities(outcome.offer)[a]) : json.Null();
    json.Key("gain");
    agreed ? json.Number(state.utilities(outcome.offer)[a] - state.reservation(a)) : json.Null();
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

}  // namespace

void WriteRunJson(const RunState& state, std::uint64_t seed, std::ostream& out) {
  const Scenario& s = state.scenario();
  const RunSetup& setup = state.setup();
  JsonWriter json(out);
  json.BeginObject();
  json.Key("scenario").String(s.name());
  json.Key("protocol").String(setup.protocol_info().name);
  json.Key("mediator");
  if (!setup.protocol_info().uses_mediator)
    json.Null();
  else
    json.String(setup.mediator() < 0 ? "neutral" : s.actor(setup.mediator()).id);
  json.Key("seed").Int(static_cast<long long>(seed));
  json.Key("deadline").Int(setup.deadline());
  json.Key("issues").BeginArray();
  for (int i = 0; i < s.space().num_issues(); ++i) json.String(s.space().issue(i).name);
  json.EndArray();
  json.Key("actors").BeginArray();
  for (int a = 0; a < s.num_actors(); ++a) {
    json.BeginObject();
    json.Key("id").String(s.actor(a).id);
    json.Key("name").String(s.actor(a).name);
    json.Key("signatory").Bool(s.actor(a).signatory);
    json.Key("strategy").String(setup.strategy_info(a).name);
    json.Key("reservation").Number(setup.reservation(a));
    json.EndObject();
  }
  json.EndArray();
  json.Key("stages").BeginArray();
  for (int stage = 0; stage < setup.agenda().num_stages(); ++stage) {
    json.BeginArray();
    for (int i : setup.agenda().issues(stage)) json.String(s.space().issue(i).name);
    json.EndArray();
  }
  json.EndArray();
  json.Key("offers");
  WriteOffers(state, json);
  json.Key("events");
  WriteEvents(state, json);
  json.Key("outcome");
  WriteOutcome(state, json);
  json.EndObject();
}

void WriteRunCsv(const RunState& state, std::ostream& out) {
  const Scenario& s = state.scenario();
  const IssueSpace& space = s.space();
  CsvWriter csv(out);
  csv.Field("round").Field("stage").Field("kind").Field("proposer");
  for (int i = 0; i < space.num_issues(); ++i) csv.Field(space.issue(i).name);
  for (int a = 0; a < s.num_actors(); ++a) csv.Field(s.actor(a).id + "_utility");
  for (int a = 0; a < s.num_actors(); ++a) csv.Field(s.actor(a).id + "_response");
  csv.EndRow();
  for (int k = 0; k < state.num_offers(); ++k) {
    const OfferHeader& offer = state.offer(k);
    csv.Field(static_cast<long long>(offer.round))
        .Field(static_cast<long long>(offer.stage + 1))
        .Field(OfferKindName(offer.kind))
        .Field(ProposerName(state, k));
    const auto options = state.offer_options(k);
    for (int i = 0; i < space.num_issues(); ++i)
      csv.Field(state.setup().agenda().phase(i, offer.stage) == IssuePhase::kPending
                    ? std::string_view()
                    : std::string_view(space.issue(i).options[options[i]]));
    for (int a = 0; a < s.num_actors(); ++a) csv.Field(state.utilities(k)[a]);
    for (int a = 0; a < s.num_actors(); ++a) csv.Field(ResponseName(state.responses(k)[a]));
    csv.EndRow();
  }
}

}  // namespace negsim
