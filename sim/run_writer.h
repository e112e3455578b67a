// Output of a finished (or running) bargaining run: a transcript for people and the record
// and outcome for programs. The same state gives byte-identical output.
//
//   text: a header (scenario, protocol, deadline, seed, actors, agenda stages), one entry per
//         offer (round, who, the package by option names, each actor's utility and response)
//         with walk-outs and settled stages in between, and the outcome.
//   json: one object: "scenario", "protocol", "seed", "deadline", "issues", "actors",
//         "stages", "offers", "events", "outcome" (README.md (Bargaining runs) lists the fields).
//   csv:  one row per offer: round, stage, kind, proposer, one column per issue (option name,
//         empty while pending), then <actor>_utility and <actor>_response per actor. The
//         outcome is in the text and JSON formats only.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sim/run_state.h"

namespace negsim {

enum class RunFormat { kText, kJson, kCsv };

// "text", "json", "csv": the names a command line accepts, and the format of one of them.
std::vector<std::string> RunFormatNames();
RunFormat RunFormatNamed(std::string_view name);  // requires one of RunFormatNames()

// `seed` is the one the run was played with (echoed in the header and JSON).
void WriteRun(const RunState& state, RunFormat format, std::uint64_t seed, std::ostream& out);
void WriteRunText(const RunState& state, std::uint64_t seed, std::ostream& out);
void WriteRunJson(const RunState& state, std::uint64_t seed, std::ostream& out);
void WriteRunCsv(const RunState& state, std::ostream& out);

// Names used by every format.
std::string_view RunEndName(RunEnd end);  // "running", "agreement", "walk_out", ...
std::string_view OfferKindName(OfferKind kind);  // "proposal", "text", "counter"
std::string_view ResponseName(Response response);  // "", "reject", "accept"
// The proposer's actor id, or "mediator" for a neutral mediator's text.
std::string ProposerName(const RunState& state, int offer);
// "crimea=unrecognised_control army_cap=(pending) ...".
std::string DescribePackage(const RunState& state, int stage,
                            std::span<const OptionIndex> package);
// One sentence on how the run ended, e.g. "agreement in round 23" or "ukraine walked out in
// round 12: its reservation 0.52 exceeds the 0.48 it can still expect".
std::string DescribeOutcome(const RunState& state);

}  // namespace negsim
