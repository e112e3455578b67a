#include "scenarios/sweep_paths.h"

#include <algorithm>

#include "scenarios/toml_document.h"

namespace negsim {

namespace {

// The keys of an actor table (README.md (Scenario files)), for misspelling suggestions.
const std::vector<std::string> kActorKeys = {
    "name",    "signatory", "capability", "reservation", "reservation_drift",
    "weights", "values",    "synergies",  "red_lines",   "strategy"};
constexpr const char* kSweepable =
    "vary a number or a red line bound, e.g. actors.russia.reservation, "
    "actors.russia.weights.nato, actors.ukraine.values.crimea[1], "
    "actors.ukraine.red_lines[0].at_most, actors.russia.strategy.exponent, "
    "protocol.max_rounds, protocol.params.step, influence[0].weight";

// Is `param` of the protocol or strategy `owner` declared a whole number? (Unknown names are
// left for RunSetup to report.)
template <class Entry>
bool IsWholeNumberParam(const Registry<Entry>* registry, const std::string& owner,
                        const std::string& param) {
  const Entry* entry = registry != nullptr ? registry->Find(owner) : nullptr;
  if (entry == nullptr) return false;
  for (const ParamSpec& declared : entry->params)
    if (declared.name == param) return declared.integer;
  return false;
}

// Resolves one parameter's key path to its SpecField, kind and (for options) option names.
class FieldResolver {
 public:
  FieldResolver(const DocCursor& path, const ScenarioSpec& spec, const RunRegistries& registries,
                SweepParameter& p)
      : cursor_(path), spec_(spec), registries_(registries), p_(p) {}

  void Resolve() {
    std::vector<PathStep> steps;
    try {
      steps = ParseKeyPath(p_.path, "path");
    } catch (const InputError& error) {
      cursor_.Fail(error.problem(), error.fix());
    }
    steps_ = steps;
    const std::string& head = Key(0);
    if (head == "protocol") return Protocol();
    if (head == "influence") {
      p_.field.kind = SpecField::Kind::kInfluenceWeight;
      p_.field.item = Index(1, spec_.influence.size(), "influence");
      return Last(2, "weight");
    }
    if (head == "actors") return Actor();
    NotSweepable();
  }

 private:
  [[noreturn]] void NotSweepable() const {
    cursor_.Fail("'" + p_.path + "' is not a parameter a sweep can vary", kSweepable);
  }
  const std::string& Key(size_t s) const {
    static const std::string kNone;
    return s < steps_.size() && !steps_[s].is_index() ? steps_[s].key : kNone;
  }
  // Step `s` must be the path's last step, named `key`.
  void Last(size_t s, const char* key) const {
    if (steps_.size() != s + 1 || Key(s) != key) NotSweepable();
  }
  int Index(size_t s, size_t size, const std::string& what) const {
    if (s >= steps_.size() || !steps_[s].is_index()) NotSweepable();
    if (steps_[s].index >= size)
      cursor_.Fail("index " + std::to_string(steps_[s].index) + " is out of range: " + what +
                       " has " + std::to_string(size) + " element" + (size == 1 ? "" : "s"),
                   size == 0 ? "it has nothing to vary"
                             : "use an index from 0 to " + std::to_string(size - 1));
    return static_cast<int>(steps_[s].index);
  }
  int IssueOf(const std::string& name, const std::string& where) const {
    std::vector<std::string> names;
    for (size_t i = 0; i < spec_.issues.size(); ++i) {
      if (spec_.issues[i].name == name) return static_cast<int>(i);
      names.push_back(spec_.issues[i].name);
    }
    cursor_.Fail("no issue '" + name + "' in " + where, SuggestFrom(name, names));
  }
  void Options(int issue) {
    p_.kind = ValueKind::kOption;
    p_.options = spec_.issues[issue].options;
    p_.field.issue = issue;
  }

  void Protocol() {
    using Kind = SpecField::Kind;
    if (Key(1) == "max_rounds" && steps_.size() == 2) {
      p_.field.kind = Kind::kMaxRounds;
      p_.kind = ValueKind::kInteger;
    } else if (Key(1) == "params" && steps_.size() == 3 && !Key(2).empty()) {
      p_.field.kind = Kind::kProtocolParam;
      p_.field.name = Key(2);
      if (IsWholeNumberParam(registries_.protocols, spec_.protocol.name, Key(2)))
        p_.kind = ValueKind::kInteger;
    } else {
      NotSweepable();
    }
  }

  void Actor() {
    using Kind = SpecField::Kind;
    std::vector<std::string> ids;
    for (size_t a = 0; a < spec_.actors.size(); ++a) {
      ids.push_back(spec_.actors[a].id);
      if (spec_.actors[a].id == Key(1)) p_.field.actor = static_cast<int>(a);
    }
    if (p_.field.actor < 0) cursor_.Fail("no actor '" + Key(1) + "'", SuggestFrom(Key(1), ids));
    const ActorSpec& actor = spec_.actors[p_.field.actor];
    const std::string base = "actors." + actor.id;
    const std::string& field = Key(2);
    if (field == "reservation" || field == "reservation_drift" || field == "capability") {
      p_.field.kind = field == "reservation"         ? Kind::kReservation
                      : field == "reservation_drift" ? Kind::kReservationDrift
                                                     : Kind::kCapability;
      return Last(2, field.c_str());
    }
    if (field == "weights" && steps_.size() == 4) {
      p_.field.kind = Kind::kWeight;
      p_.field.issue = IssueOf(Key(3), "the scenario");
      return;
    }
    if (field == "values" && steps_.size() == 5) return Values(actor, base);
    if (field == "red_lines") return RedLine(actor, base);
    if (field == "synergies") {
      p_.field.kind = Kind::kSynergyValue;
      p_.field.item = Index(3, actor.synergies.size(), base + ".synergies");
      return Last(4, "value");
    }
    if (field == "strategy" && steps_.size() == 4 && !Key(3).empty() && Key(3) != "name") {
      if (!actor.strategy)
        cursor_.Fail(base + " has no strategy to vary", "add [" + base + ".strategy] first");
      p_.field.kind = Kind::kStrategyParam;
      p_.field.name = Key(3);
      if (IsWholeNumberParam(registries_.strategies, actor.strategy->name, Key(3)))
        p_.kind = ValueKind::kInteger;
      return;
    }
    if (!field.empty() &&
        std::find(kActorKeys.begin(), kActorKeys.end(), field) == kActorKeys.end())
      cursor_.Fail("unknown key '" + field + "' in " + base, SuggestFrom(field, kActorKeys));
    NotSweepable();
  }

  void Values(const ActorSpec& actor, const std::string& base) {
    const int issue = IssueOf(Key(3), base + ".values");
    const auto it = actor.values.find(Key(3));
    if (it == actor.values.end())
      cursor_.Fail(base + " has no values for issue '" + Key(3) + "'",
                   "add " + base + ".values." + Key(3) + " first");
    p_.field.issue = issue;
    if (Key(4) == "ideal") {
      if (!it->second.ideal)
        cursor_.Fail(base + ".values." + Key(3) + " is a list, not an ideal point",
                     "vary one element: " + base + ".values." + Key(3) + "[0]");
      p_.field.kind = SpecField::Kind::kIdeal;
      if (spec_.issues[issue].levels.empty()) Options(issue);
      return;
    }
    if (it->second.ideal)
      cursor_.Fail(base + ".values." + Key(3) + " is an ideal point, not a list",
                   "vary " + base + ".values." + Key(3) + ".ideal");
    p_.field.kind = SpecField::Kind::kValue;
    p_.field.item = Index(4, it->second.values.size(), base + ".values." + Key(3));
  }

  void RedLine(const ActorSpec& actor, const std::string& base) {
    p_.field.kind = SpecField::Kind::kRedLineBound;
    p_.field.item = Index(3, actor.red_lines.size(), base + ".red_lines");
    const RedLineSpec& line = actor.red_lines[p_.field.item];
    const std::string& bound = Key(4);
    if (steps_.size() != 5 || (bound != "at_most" && bound != "at_least")) NotSweepable();
    const char* has = line.kind == RedLineKind::kAtMost    ? "at_most"
                      : line.kind == RedLineKind::kAtLeast ? "at_least"
                                                           : nullptr;
    if (has == nullptr || bound != has)
      cursor_.Fail(line.key + " has no " + bound + " bound to vary",
                   has ? "vary " + line.key + "." + has
                       : "vary the bound of an at_most or at_least red line");
    Options(IssueOf(line.issue, line.key));
  }

  const DocCursor& cursor_;
  const ScenarioSpec& spec_;
  const RunRegistries& registries_;
  SweepParameter& p_;
  std::vector<PathStep> steps_;
};

}  // namespace

void ResolveSweepPath(const DocCursor& path, const ScenarioSpec& spec,
                      const RunRegistries& registries, SweepParameter& p) {
  FieldResolver(path, spec, registries, p).Resolve();
}

}  // namespace negsim
