#include "sim/scenario.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "sim/check.h"
#include "sim/json_writer.h"

namespace negsim {

bool RedLine::Crosses(std::span<const OptionIndex> package) const {
  if (kind != RedLineKind::kIfThen) return !accept[package[issue]];
  return accept[package[issue]] && !then_accept[package[then_issue]];
}

int Scenario::FindActor(std::string_view id) const {
  for (int a = 0; a < num_actors(); ++a)
    if (actors_[a].id == id) return a;
  return -1;
}

std::span<const std::uint8_t> Scenario::allowed(int actor) const {
  const size_t n = static_cast<size_t>(space_.num_flat_options());
  return std::span<const std::uint8_t>(allowed_).subspan(actor * n, n);
}

double Scenario::Utility(int actor, std::span<const OptionIndex> package) const {
  double utility = 0;
  for (int i = 0; i < space_.num_issues(); ++i)
    utility += contributions_(space_.offset(i) + package[i], actor);
  for (const Synergy& s : synergies_) {
    if (s.actor != actor) continue;
    if (space_.offset(s.issue_a) + package[s.issue_a] == s.flat_a &&
        space_.offset(s.issue_b) + package[s.issue_b] == s.flat_b)
      utility += s.value;
  }
  return utility;
}

bool Scenario::CrossesRedLine(int actor, std::span<const OptionIndex> package) const {
  for (const RedLine& line : red_lines_)
    if (line.actor == actor && line.Crosses(package)) return true;
  return false;
}

bool Scenario::Acceptable(int actor, std::span<const OptionIndex> package,
                          double threshold) const {
  return !CrossesRedLine(actor, package) && Utility(actor, package) >= threshold;
}

bool Scenario::InZone(std::span<const OptionIndex> package) const {
  for (int a : signatories_)
    if (!Acceptable(a, package, actors_[a].reservation)) return false;
  return true;
}

namespace {

// Compile's checks, each raising an InputError positioned through spec.where.
class Compiler {
 public:
  Compiler(const ScenarioSpec& spec, std::vector<std::string>* notes) : spec_(spec), notes_(notes) {}

  [[noreturn]] void Fail(const std::string& key, const std::string& problem,
                         const std::string& fix) const {
    throw InputError(spec_.PosOf(key), key, problem, fix);
  }

  void Note(const std::string& text) const {
    if (notes_ != nullptr) notes_->push_back(text);
  }

  std::vector<std::string> IssueNames() const {
    std::vector<std::string> names;
    for (const IssueSpec& issue : spec_.issues) names.push_back(issue.name);
    return names;
  }

  std::vector<std::string> ActorIds() const {
    std::vector<std::string> ids;
    for (const ActorSpec& actor : spec_.actors) ids.push_back(actor.id);
    return ids;
  }

  IssueSpace BuildSpace() const {
    if (spec_.issues.empty())
      Fail("issues", "the scenario has no issues", "add at least one [[issues]] table");
    if (static_cast<int>(spec_.issues.size()) > kMaxIssues)
      Fail("issues", "more than " + std::to_string(kMaxIssues) + " issues",
           "merge or drop issues");
    std::vector<Issue> issues;
    std::vector<int> radices;
    for (size_t i = 0; i < spec_.issues.size(); ++i) {
      const IssueSpec& in = spec_.issues[i];
      const std::string key = "issues[" + std::to_string(i) + "]";
      if (in.name.empty()) Fail(key + ".name", "an issue has no name", "give it name = \"...\"");
      for (size_t j = 0; j < i; ++j)
        if (spec_.issues[j].name == in.name)
          Fail(key + ".name", "issue '" + in.name + "' is defined twice",
               "rename one of them or merge their options");
      if (in.options.empty() || static_cast<int>(in.options.size()) > kMaxOptions)
        Fail(key + ".options",
             "issue '" + in.name + "' has " + std::to_string(in.options.size()) + " options",
             "give it 1 to " + std::to_string(kMaxOptions) + " options");
      for (size_t o = 0; o < in.options.size(); ++o)
        for (size_t p = 0; p < o; ++p)
          if (in.options[o] == in.options[p])
            Fail(key + ".options[" + std::to_string(o) + "]",
                 "option '" + in.options[o] + "' appears twice in issue '" + in.name + "'",
                 "give every option its own name");
      NEGSIM_CHECK(in.levels.empty() || in.levels.size() == in.options.size());
      issues.push_back(Issue{in.name, in.description, in.options, in.levels, in.unit});
      radices.push_back(static_cast<int>(in.options.size()));
    }
    if (!IssueSpace::CountPackages(radices))
      Fail("issues", "the issue space has more than 1.8e19 packages and cannot be indexed",
           "drop issues or options, or split the scenario");
    return IssueSpace(std::move(issues));
  }

  int IssueIndex(const IssueSpace& space, const std::string& name, const std::string& key) const {
    const int i = space.FindIssue(name);
    if (i < 0) Fail(key, "no issue named '" + name + "'", SuggestFrom(name, IssueNames()));
    return i;
  }

  int OptionIndexOf(const IssueSpace& space, int issue, const std::string& option,
                    const std::string& key) const {
    const int o = space.FindOption(issue, option);
    if (o < 0)
      Fail(key, "issue '" + space.issue(issue).name + "' has no option '" + option + "'",
           SuggestFrom(option, space.issue(issue).options));
    return o;
  }

  int ActorIndex(const std::string& id, const std::string& key) const {
    for (size_t a = 0; a < spec_.actors.size(); ++a)
      if (spec_.actors[a].id == id) return static_cast<int>(a);
    Fail(key, "no actor named '" + id + "'", SuggestFrom(id, ActorIds()));
  }

  void CheckUnit(double value, const std::string& key, const std::string& what) const {
    CheckUnitInterval(spec_, value, key, what);
  }

  // Normalised weights of one actor, one per issue.
  std::vector<double> Weights(const ActorSpec& actor, const IssueSpace& space) const {
    std::vector<double> weights(space.num_issues(), 0.0);
    const std::string base = "actors." + actor.id + ".weights";
    for (const auto& [issue, weight] : actor.weights)
      weights[IssueIndex(space, issue, base + "." + issue)] = weight;
    CheckWeights(spec_, space, actor.id, weights);
    const double sum = NormaliseWeights(weights);
    if (sum != 1.0) {  // scaled
      // 12 significant digits: the author wrote decimals, not the binary sum's last bits.
      std::ostringstream shown;
      shown.precision(12);
      shown << sum;
      Note(base + ": weights sum to " + shown.str() + "; normalised to sum 1");
    }
    return weights;
  }

  // Values in [0,1] of every option of `issue` for one actor.
  std::vector<double> Values(const ActorSpec& actor, const IssueSpace& space, int issue,
                             const ValueSpec& in) const {
    const Issue& is = space.issue(issue);
    const int n = space.num_options(issue);
    const std::string key = "actors." + actor.id + ".values." + is.name;
    if (!in.ideal) {
      if (static_cast<int>(in.values.size()) != n)
        Fail(key, "has " + std::to_string(in.values.size()) + " values but issue '" + is.name +
                      "' has " + std::to_string(n) + " options",
             "give one value per option, in option order");
      for (int o = 0; o < n; ++o)
        CheckUnit(in.values[o], key + "[" + std::to_string(o) + "]", "value");
      return in.values;
    }
    // Distance from the ideal point, on the levels of a numeric issue or the option positions
    // of a categorical one, scaled by the largest distance so the worst option is worth 0.
    std::vector<double> position(n);
    for (int o = 0; o < n; ++o) position[o] = is.numeric() ? is.levels[o] : o;
    const double ideal = *in.ideal;
    if (!std::isfinite(ideal)) Fail(key + ".ideal", "ideal is not a finite number", "");
    if (!is.numeric() && (ideal < 0 || ideal > n - 1 || ideal != std::floor(ideal)))
      Fail(key + ".ideal", "ideal of categorical issue '" + is.name + "' is not an option",
           "name one of its options");
    double farthest = 0;
    for (double p : position) farthest = std::max(farthest, std::abs(p - ideal));
    std::vector<double> values(n, 1.0);
    if (farthest == 0) return values;
    for (int o = 0; o < n; ++o) {
      const double d = std::abs(position[o] - ideal) / farthest;
      values[o] = in.loss == Loss::kLinear ? 1 - d : 1 - d * d;
    }
    return values;
  }

  std::vector<std::uint8_t> OptionMask(const IssueSpace& space, int issue,
                                       const std::vector<std::string>& options,
                                       const std::string& key, bool value) const {
    if (options.empty()) Fail(key, "the list of options is empty", "name at least one option");
    std::vector<std::uint8_t> mask(space.num_options(issue), !value);
    for (size_t k = 0; k < options.size(); ++k)
      mask[OptionIndexOf(space, issue, options[k], key + "[" + std::to_string(k) + "]")] = value;
    return mask;
  }

  RedLine CompileRedLine(const IssueSpace& space, int actor, const RedLineSpec& in) const {
    RedLine line;
    line.actor = actor;
    line.kind = in.kind;
    line.why = in.why;
    line.key = in.key;
    const std::string& id = spec_.actors[actor].id;
    line.issue = IssueIndex(space, in.issue, in.key + (in.kind == RedLineKind::kIfThen ? ".if" : ".issue"));
    const std::string& issue_name = space.issue(line.issue).name;
    switch (in.kind) {
      case RedLineKind::kForbid: {
        line.accept = OptionMask(space, line.issue, in.options, in.key + ".forbid", false);
        line.label = id + ": " + issue_name + " forbids " + JoinNames(in.options);
        break;
      }
      case RedLineKind::kAtMost:
      case RedLineKind::kAtLeast: {
        const bool at_most = in.kind == RedLineKind::kAtMost;
        const std::string key = in.key + (at_most ? ".at_most" : ".at_least");
        const int bound = OptionIndexOf(space, line.issue, in.bound, key);
        line.accept.assign(space.num_options(line.issue), 0);
        for (int o = 0; o < space.num_options(line.issue); ++o)
          line.accept[o] = at_most ? o <= bound : o >= bound;
        line.label = id + ": " + issue_name + (at_most ? " at most " : " at least ") + in.bound;
        break;
      }
      case RedLineKind::kIfThen: {
        line.accept = OptionMask(space, line.issue, in.options, in.key + ".if", true);
        line.then_issue = IssueIndex(space, in.then_issue, in.key + ".then");
        if (line.then_issue == line.issue)
          Fail(in.key + ".then", "'if' and 'then' name the same issue",
               "use at_most, at_least or forbid for a condition on one issue");
        line.then_accept =
            OptionMask(space, line.then_issue, in.then_options, in.key + ".then", true);
        line.label = id + ": if " + issue_name + " in {" + JoinNames(in.options) + "} then " +
                     in.then_issue + " in {" + JoinNames(in.then_options) + "}";
        break;
      }
    }
    return line;
  }

  static std::string JoinNames(const std::vector<std::string>& names) {
    std::string text;
    for (size_t i = 0; i < names.size(); ++i) text += (i > 0 ? ", " : "") + names[i];
    return text;
  }

  // Agenda prerequisites per issue; fails on a cycle, naming it.
  std::vector<std::vector<int>> Agenda(const IssueSpace& space) const {
    std::vector<std::vector<int>> before(space.num_issues());
    for (const auto& [issue, prerequisites] : spec_.agenda) {
      const std::string key = "agenda." + issue;
      const int i = IssueIndex(space, issue, key);
      for (size_t k = 0; k < prerequisites.size(); ++k) {
        const int p = IssueIndex(space, prerequisites[k], key + "[" + std::to_string(k) + "]");
        if (p == i) Fail(key, "issue '" + issue + "' is listed as its own prerequisite", "");
        before[i].push_back(p);
      }
    }
    // Depth-first search; state 1 = on the current path, 2 = done.
    std::vector<int> state(space.num_issues(), 0);
    std::vector<int> path;
    const auto visit = [&](auto&& self, int i) -> void {
      state[i] = 1;
      path.push_back(i);
      for (int p : before[i]) {
        if (state[p] == 1) {
          std::string cycle;
          for (auto it = std::find(path.begin(), path.end(), p); it != path.end(); ++it)
            cycle += space.issue(*it).name + " -> ";
          Fail("agenda." + space.issue(i).name, "the agenda has a cycle: " + cycle +
               space.issue(p).name, "remove one of these prerequisites");
        }
        if (state[p] == 0) self(self, p);
      }
      path.pop_back();
      state[i] = 2;
    };
    for (int i = 0; i < space.num_issues(); ++i)
      if (state[i] == 0) visit(visit, i);
    return before;
  }

 private:
  const ScenarioSpec& spec_;
  std::vector<std::string>* notes_;
};

}  // namespace

std::shared_ptr<const Scenario> Compile(ScenarioSpec spec, std::vector<std::string>* notes) {
  const Compiler check(spec, notes);
  std::shared_ptr<Scenario> scenario(new Scenario());
  scenario->space_ = check.BuildSpace();
  const IssueSpace& space = scenario->space_;

  if (spec.protocol.max_rounds < 1)
    check.Fail("protocol.max_rounds", "max_rounds is " + std::to_string(spec.protocol.max_rounds),
               "play at least 1 round");
  if (!spec.protocol.mediator.empty() && spec.protocol.mediator != "neutral")
    check.ActorIndex(spec.protocol.mediator, "protocol.mediator");
  if (spec.actors.empty())
    check.Fail("actors", "the scenario has no actors", "add an [actors.<id>] table");

  const int num_actors = static_cast<int>(spec.actors.size());
  const int num_flat = space.num_flat_options();
  scenario->values_ = ActorTable::Zero(num_flat, num_actors);
  scenario->contributions_ = ActorTable::Zero(num_flat, num_actors);
  scenario->allowed_.assign(static_cast<size_t>(num_actors) * num_flat, 1);

  for (int a = 0; a < num_actors; ++a) {
    const ActorSpec& in = spec.actors[a];
    const std::string base = "actors." + in.id;
    if (!std::isfinite(in.capability) || in.capability < 0)
      check.Fail(base + ".capability", "capability is " + FormatDouble(in.capability),
                 "use a number >= 0");
    check.CheckUnit(in.reservation, base + ".reservation", "reservation");
    if (!std::isfinite(in.reservation_drift))
      check.Fail(base + ".reservation_drift", "reservation_drift is not a finite number", "");

    Actor actor{in.id, in.name.empty() ? in.id : in.name, in.signatory, in.capability,
                in.reservation, in.reservation_drift, check.Weights(in, space), in.strategy};
    for (const auto& [issue, value_spec] : in.values) {
      const int i = check.IssueIndex(space, issue, base + ".values." + issue);
      const std::vector<double> values = check.Values(in, space, i, value_spec);
      for (int o = 0; o < space.num_options(i); ++o) {
        scenario->values_(space.offset(i) + o, a) = values[o];
        scenario->contributions_(space.offset(i) + o, a) = actor.weights[i] * values[o];
      }
    }
    for (int i = 0; i < space.num_issues(); ++i)
      if (actor.weights[i] > 0 && !in.values.contains(space.issue(i).name))
        check.Fail(base + ".weights." + space.issue(i).name,
                   "issue '" + space.issue(i).name + "' has a weight but no values",
                   "add " + base + ".values." + space.issue(i).name +
                       " (a list, one per option, or an ideal point)");

    for (size_t k = 0; k < in.synergies.size(); ++k) {
      const SynergySpec& s = in.synergies[k];
      const std::string key = base + ".synergies[" + std::to_string(k) + "]";
      const int ia = check.IssueIndex(space, s.a.issue, key + ".a");
      const int ib = check.IssueIndex(space, s.b.issue, key + ".b");
      if (ia == ib)
        check.Fail(key + ".b", "a synergy joins two options of the same issue",
                   "name options of two different issues");
      const int oa = check.OptionIndexOf(space, ia, s.a.option, key + ".a");
      const int ob = check.OptionIndexOf(space, ib, s.b.option, key + ".b");
      if (!std::isfinite(s.value) || s.value < -1 || s.value > 1)
        check.Fail(key + ".value", "synergy value is " + FormatDouble(s.value) +
                   ", outside [-1,1]", "use a number from -1 to 1");
      scenario->synergies_.push_back(
          Synergy{a, space.offset(ia) + oa, space.offset(ib) + ob, ia, ib, s.value});
    }

    for (const RedLineSpec& line_spec : in.red_lines) {
      if (!line_spec.active) continue;
      RedLine line = check.CompileRedLine(space, a, line_spec);
      if (line.kind != RedLineKind::kIfThen)
        for (int o = 0; o < space.num_options(line.issue); ++o)
          if (!line.accept[o])
            scenario->allowed_[static_cast<size_t>(a) * num_flat + space.offset(line.issue) + o] = 0;
      scenario->red_lines_.push_back(std::move(line));
    }
    if (actor.signatory) scenario->signatories_.push_back(a);
    scenario->actors_.push_back(std::move(actor));
  }
  if (scenario->signatories_.empty())
    check.Fail("actors", "no actor is a signatory, so no agreement can be defined",
               "set signatory = true on the actors whose assent is required");

  for (size_t k = 0; k < spec.influence.size(); ++k) {
    const InfluenceSpec& in = spec.influence[k];
    const std::string key = "influence[" + std::to_string(k) + "]";
    Influence influence;
    influence.from = check.ActorIndex(in.from, key + ".from");
    influence.to = check.ActorIndex(in.to, key + ".to");
    if (influence.from == influence.to)
      check.Fail(key + ".to", "an actor cannot influence itself", "name another actor");
    check.CheckUnit(in.weight, key + ".weight", "influence weight");
    influence.weight = in.weight;
    if (in.kind != "reservation" && in.kind != "weights")
      check.Fail(key + ".kind", "unknown influence kind '" + in.kind + "'",
                 SuggestFrom(in.kind, {"reservation", "weights"}));
    influence.on_weights = in.kind == "weights";
    scenario->influence_.push_back(influence);
  }
  scenario->agenda_ = check.Agenda(space);
  scenario->spec_ = std::move(spec);
  return scenario;
}

void CheckUnitInterval(const ScenarioSpec& spec, double value, const std::string& key,
                       const std::string& what) {
  if (!std::isfinite(value) || value < 0 || value > 1)
    throw InputError(spec.PosOf(key), key, what + " is " + FormatDouble(value) + ", outside [0,1]",
                     "use a number from 0 to 1");
}

void CheckWeights(const ScenarioSpec& spec, const IssueSpace& space, const std::string& actor_id,
                  std::span<const double> weights) {
  // Keys are built only for an error: RunSetup::Rebind checks every negotiation's weights.
  for (int i = 0; i < space.num_issues(); ++i) {
    if (std::isfinite(weights[i]) && weights[i] >= 0) continue;
    const std::string key = "actors." + actor_id + ".weights." + space.issue(i).name;
    throw InputError(spec.PosOf(key), key,
                     "weight is " + FormatDouble(weights[i]) + "; weights must be >= 0",
                     "use 0 for an issue the actor does not care about");
  }
  if (std::accumulate(weights.begin(), weights.end(), 0.0) <= 0) {
    const std::string key = "actors." + actor_id + ".weights";
    throw InputError(spec.PosOf(key), key, "actor '" + actor_id + "' has no positive weight",
                     "give at least one issue a weight > 0");
  }
}

double NormaliseWeights(std::span<double> weights) {
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  if (std::abs(sum - 1.0) <= 1e-9) return 1.0;
  for (double& w : weights) w /= sum;
  return sum;
}

}  // namespace negsim
