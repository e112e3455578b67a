// Scenarios side by side, for `negsim compare` and the README's library table: per scenario the
// agreement zone's size and Nash package, one bargaining run under every registered protocol,
// the red lines that bind and, for an empty zone, the smallest set of concessions that opens it.
//
// Each run keeps the scenario's [protocol] max_rounds and changes only the protocol:
//   - the scenario's own protocol runs exactly as the scenario says;
//   - another protocol gets those of the scenario's [protocol.params] it declares itself
//     (defaults for the rest; a mediated walk-away deadline does not carry over to
//     alternating offers, which have no mediator);
//   - a protocol with a mediator gets the scenario's mediator when it names one, else a
//     neutral mediator ("neutral").
// Rows are plain data holding names, not indices, so the writers need no Scenario.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "sim/issue_space.h"
#include "sim/protocol.h"
#include "sim/run_state.h"
#include "sim/spec.h"
#include "sim/strategy.h"

namespace negsim {

// A package by option names: (issue, option) per issue, scenario issue order.
using NamedPackage = std::vector<std::pair<std::string, std::string>>;

// One bargaining run of a compared scenario.
struct CompareRun {
  std::string protocol;    // registered protocol name
  std::string mediator;    // actor id, "neutral", or "" for a protocol without a mediator
  RunEnd end = RunEnd::kRunning;
  int round = 0;           // the round it ended in; kDeadline: the rounds played (the deadline)
  std::string actor;       // kWalkOut: who walked out; kMediatorLeft: the mediator; else ""
  NamedPackage agreement;  // kAgreement: the agreed package; else empty
};

// A signatory red line whose one-step relaxation alone enlarges (or opens) the zone.
struct CompareBinding {
  std::string red_line;    // "russia.whole-donbas": actor id and the line's name (or key)
  PackageIndex added = 0;  // packages the zone gains; the largest over a forbid line's options
};

// One concession of the smallest set that opens an empty zone.
struct CompareConcession {
  std::string actor;
  std::string red_line;  // the line given up ("russia.whole-donbas"); "" for a shortfall
  double shortfall = 0;  // red_line == "": utility the actor accepts below its reservation
};

// One scenario's line of the comparison.
struct CompareRow {
  std::string scenario;                    // the file as the user named it
  std::string name;                        // [scenario] name
  PackageIndex space_size = 0;             // packages in the issue space
  PackageIndex zone_size = 0;              // packages every signatory accepts at round 0
  NamedPackage nash;                       // the Nash bargaining package; empty: empty zone
  std::vector<CompareRun> runs;            // one per registered protocol, registration order
  std::vector<CompareBinding> binding;     // signatory red-line order
  std::vector<CompareConcession> opening;  // empty zone only: lines crossed, then shortfalls
};

// `spec` set up to run under `protocol` as described at the top of this file.
ScenarioSpec SpecUnderProtocol(const ScenarioSpec& spec, const ProtocolInfo& protocol);

// The row of `spec` (loaded from `scenario`, overrides applied): its zone analysis and one run
// per registered protocol with `seed`. Compile() notes go to `notes` (when given) once.
// Throws InputError for a scenario that cannot be compiled or run under some protocol.
CompareRow CompareScenario(const std::string& scenario, const ScenarioSpec& spec,
                           const ProtocolRegistry& protocols, const StrategyRegistry& strategies,
                           std::uint64_t seed, std::vector<std::string>* notes = nullptr);

// "agreed r7", "walk-out: russia r12", "deadline r26", "mediator left r6".
std::string DescribeCompareRun(const CompareRun& run);

enum class CompareFormat { kMarkdown, kCsv, kJson };

// markdown: a GitHub table for people (README); csv: one row per scenario with machine columns
// per protocol (pandas and R read it as is); json: {"seed", "rows": [...]} with full detail.
// Every row must have the same protocols in the same order.
void WriteCompare(const std::vector<CompareRow>& rows, CompareFormat format, std::uint64_t seed,
                  std::ostream& out);

}  // namespace negsim
