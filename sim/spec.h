// ScenarioSpec: a scenario as written by its author, before any checking. The TOML loader
// (scenarios/) fills it; Compile() (scenario.h) checks it and builds the immutable Scenario.
// Names are kept as strings here; Compile() resolves them to dense indices.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/input_error.h"

namespace negsim {

// One issue dimension: ordered options from one pole to the other (in the Ukraine scenarios,
// most favourable to Ukraine first).
struct IssueSpec {
  std::string name;
  std::string description;
  std::vector<std::string> options;  // option names, pole to pole
  std::vector<double> levels;        // numeric issues: the number of each option; empty if categorical
  std::string unit;                  // numeric issues: what a level counts (e.g. "troops")
};

enum class Loss { kLinear, kQuadratic };

// One actor's values for one issue: listed per option, or derived from an ideal point.
struct ValueSpec {
  std::vector<double> values;  // value in [0,1] of each option; empty when `ideal` is used
  std::optional<double> ideal; // numeric issue: a level; categorical issue: an option index
  Loss loss = Loss::kLinear;   // value = 1 - (d/dmax) or 1 - (d/dmax)^2, d = |level - ideal|
};

struct OptionRef {
  std::string issue;
  std::string option;
};

// A pairwise term: `value` is added to the actor's utility when a package holds both options.
struct SynergySpec {
  OptionRef a;
  OptionRef b;
  double value = 0;  // in [-1, 1]; > 0 complements, < 0 substitutes
};

enum class RedLineKind {
  kForbid,   // options of `issue` the actor can never accept
  kAtMost,   // options after `bound` (further down the list) are unacceptable
  kAtLeast,  // options before `bound` (further up the list) are unacceptable
  kIfThen,   // if `issue` is in `options`, then `then_issue` must be in `then_options`
};

struct RedLineSpec {
  RedLineKind kind = RedLineKind::kForbid;
  std::string issue;
  std::vector<std::string> options;       // kForbid: forbidden options; kIfThen: the 'if' set
  std::string bound;                      // kAtMost / kAtLeast: last acceptable option
  std::string then_issue;                 // kIfThen only
  std::vector<std::string> then_options;  // kIfThen only: the options then required
  std::string name;                       // optional: lets a what-if address this line
  bool active = true;                     // false: switched off (by a what-if)
  std::string why;                        // the author's source or reasoning, for reports
  std::string key;                        // key path, e.g. "actors.ukraine.red_lines[1]"
};

// A negotiator strategy chosen by registered name, with numeric parameters.
struct StrategySpec {
  std::string name;
  std::map<std::string, double> params;
};

struct ActorSpec {
  std::string id;                 // key in [actors.<id>]
  std::string name;               // display name
  bool signatory = false;         // is this actor's assent required for an agreement?
  double capability = 1;          // power in mediated and forecasting protocols, >= 0
  double reservation = 0;         // utility of no deal (BATNA), in [0,1]
  double reservation_drift = 0;   // change of the reservation per round (utility per round)
  std::map<std::string, double> weights;    // issue -> salience >= 0; unlisted issues weigh 0
  std::map<std::string, ValueSpec> values;  // issue -> values; required where weight > 0
  std::vector<SynergySpec> synergies;
  std::vector<RedLineSpec> red_lines;
  std::optional<StrategySpec> strategy;     // required by `negsim run`, not by `negsim zone`
};

struct ProtocolSpec {
  std::string name = "alternating";       // registered protocol name
  int max_rounds = 100;                   // deadline: the last round played
  std::string mediator;                   // actor id, "neutral", or empty (mediated protocol)
  std::map<std::string, double> params;   // protocol-specific numeric parameters
};

// Pressure from one actor on another: `kind` is "reservation" (lowers the target's
// reservation by `weight` x the influencer's pull per round) or "weights" (moves the target's
// weights toward the influencer's by `weight` per round).
struct InfluenceSpec {
  std::string from;
  std::string to;
  double weight = 0;  // in [0,1]
  std::string kind = "reservation";
};

struct ScenarioSpec {
  std::string file;  // the file it was loaded from ("" when built in code)
  std::string name;
  std::string date;
  std::string description;
  std::vector<std::string> sources;

  ProtocolSpec protocol;
  std::vector<IssueSpec> issues;  // in file order
  std::vector<ActorSpec> actors;  // sorted by id
  std::vector<InfluenceSpec> influence;
  // Agenda DAG: issue -> issues that must be settled before it is negotiated.
  std::map<std::string, std::vector<std::string>> agenda;

  // Where each key path was read ("actors.ukraine.weights.crimea" -> file:line:column).
  std::map<std::string, SourcePos> where;

  // The position of `key`, or of its nearest ancestor that has one, or of the file.
  SourcePos PosOf(std::string_view key) const;
};

}  // namespace negsim
