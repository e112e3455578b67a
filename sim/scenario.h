// Scenario: the immutable, checked form of a ScenarioSpec (MuJoCo's mjModel, OpenSpiel's Game):
// dense indices, utility tables and red-line masks, shared read-only by every run on every
// thread as a std::shared_ptr<const Scenario>. Per-run mutable state lives elsewhere.
#pragma once

#include <Eigen/Core>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "sim/issue_space.h"
#include "sim/spec.h"

namespace negsim {

// Row-major so that one flat option's contributions for every actor are contiguous.
using ActorTable = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// A red line resolved to option masks. A package crosses it when
//   kForbid/kAtMost/kAtLeast: !accept[package[issue]]
//   kIfThen:                  accept[package[issue]] && !then_accept[package[then_issue]]
struct RedLine {
  int actor = -1;
  RedLineKind kind = RedLineKind::kForbid;
  int issue = -1;
  std::vector<std::uint8_t> accept;       // per option of `issue` (kIfThen: 1 = in the 'if' set)
  int then_issue = -1;                    // kIfThen only
  std::vector<std::uint8_t> then_accept;  // kIfThen only: per option of then_issue
  std::string label;                      // e.g. "ukraine: crimea at most unrecognised_control"
  std::string why;                        // the author's source or reasoning
  std::string key;                        // key path in the scenario file

  bool Crosses(std::span<const OptionIndex> package) const;
};

struct Synergy {
  int actor = -1;
  int flat_a = -1;  // flat option indices (IssueSpace::offset(issue) + option)
  int flat_b = -1;
  int issue_a = -1;
  int issue_b = -1;
  double value = 0;
};

struct Actor {
  std::string id;
  std::string name;
  bool signatory = false;
  double capability = 1;
  double reservation = 0;        // utility of no deal at round 0
  double reservation_drift = 0;  // per round
  std::vector<double> weights;   // per issue, normalised to sum 1
  std::optional<StrategySpec> strategy;
};

struct Influence {
  int from = -1;
  int to = -1;
  double weight = 0;
  bool on_weights = false;  // false: pulls the reservation; true: pulls the weights
};

class Scenario {
 public:
  const ScenarioSpec& spec() const { return spec_; }
  const std::string& name() const { return spec_.name; }
  const IssueSpace& space() const { return space_; }

  int num_actors() const { return static_cast<int>(actors_.size()); }
  const Actor& actor(int a) const { return actors_[a]; }
  int FindActor(std::string_view id) const;  // -1 when absent
  // Actors whose assent an agreement requires, in actor order.
  std::span<const int> signatories() const { return signatories_; }

  // value(a, i, o): actor a's value in [0,1] of option o of issue i.
  double value(int actor, int issue, int option) const {
    return values_(space_.offset(issue) + option, actor);
  }
  // contributions()(flat, a) = weight(a, issue) * value(a, issue, option): a package's utility
  // is the sum over issues plus synergy terms.
  const ActorTable& contributions() const { return contributions_; }
  // allowed(a)[flat] == 1 unless one of a's forbid / at-most / at-least red lines excludes it.
  std::span<const std::uint8_t> allowed(int actor) const;
  std::span<const RedLine> red_lines() const { return red_lines_; }
  std::span<const Synergy> synergies() const { return synergies_; }
  std::span<const Influence> influence() const { return influence_; }
  // agenda_prerequisites()[i]: issues to settle before issue i is negotiated.
  const std::vector<std::vector<int>>& agenda_prerequisites() const { return agenda_; }

  double Utility(int actor, std::span<const OptionIndex> package) const;
  // Does `package` cross any red line of `actor`?
  bool CrossesRedLine(int actor, std::span<const OptionIndex> package) const;
  // Acceptable to `actor` at threshold `threshold`: no red line crossed and utility >= it.
  bool Acceptable(int actor, std::span<const OptionIndex> package, double threshold) const;
  // In the agreement zone: acceptable to every signatory at its round-0 reservation.
  bool InZone(std::span<const OptionIndex> package) const;

 private:
  friend std::shared_ptr<const Scenario> Compile(ScenarioSpec spec,
                                                  std::vector<std::string>* notes);
  Scenario() = default;

  ScenarioSpec spec_;
  IssueSpace space_;
  std::vector<Actor> actors_;
  std::vector<int> signatories_;
  ActorTable values_;         // num_flat_options x num_actors
  ActorTable contributions_;  // num_flat_options x num_actors
  std::vector<std::uint8_t> allowed_;  // num_actors x num_flat_options
  std::vector<RedLine> red_lines_;
  std::vector<Synergy> synergies_;
  std::vector<Influence> influence_;
  std::vector<std::vector<int>> agenda_;
};

// Checks `spec` and builds the immutable Scenario. Throws InputError, naming the file, line,
// column and key path, for anything wrong: unknown issue, option or actor; weight < 0; value
// outside [0,1]; a space too large to index; ... Adds to `notes` (when given) what it changed
// on the author's behalf, such as normalising weights that did not sum to 1.
std::shared_ptr<const Scenario> Compile(ScenarioSpec spec, std::vector<std::string>* notes = nullptr);

// The checks Compile applies to numbers, for code that writes new numbers into a compiled shape
// (RunSetup::Rebind). A number that must lie in [0,1] (`what`: "value", "reservation") at `key`:
void CheckUnitInterval(const ScenarioSpec& spec, double value, const std::string& key,
                       const std::string& what);
// One actor's weights in issue order: each finite and >= 0, at least one > 0.
void CheckWeights(const ScenarioSpec& spec, const IssueSpace& space, const std::string& actor_id,
                  std::span<const double> weights);
// Scales checked weights to sum 1 unless they already do (within 1e-9); returns the sum they
// had, or exactly 1 when they were left as they were.
double NormaliseWeights(std::span<double> weights);

}  // namespace negsim
