#include "scenarios/actor_reader.h"

#include <algorithm>

namespace negsim {

namespace {

const IssueSpec* FindIssue(const std::vector<IssueSpec>& issues, std::string_view name) {
  for (const IssueSpec& issue : issues)
    if (issue.name == name) return &issue;
  return nullptr;
}

int FindOption(const IssueSpec& issue, const std::string& option) {
  const auto it = std::find(issue.options.begin(), issue.options.end(), option);
  return it == issue.options.end() ? -1 : static_cast<int>(it - issue.options.begin());
}

// The single `issue = value` entry of tables such as a synergy's `a` or a red line's `if`.
DocCursor SingleEntry(const DocCursor& table, const std::string& example) {
  std::vector<DocCursor> entries = table.Entries();
  if (entries.size() != 1)
    table.Fail("expected one issue, found " + std::to_string(entries.size()),
               "write " + std::string(table.key()) + " = " + example);
  return std::move(entries[0]);
}

// An ideal point: a level (or level name) of a numeric issue, an option name of a categorical
// one, which becomes its option index.
double ReadIdeal(const DocCursor& ideal, const IssueSpec& issue) {
  if (issue.levels.empty() && ideal.type() != DocType::kString)
    ideal.Fail("expected an option name of categorical issue '" + issue.name + "', found " +
                   DocTypeName(ideal.type()),
               "write ideal = \"" + issue.options.front() + "\"");
  if (!issue.levels.empty() && ideal.type() != DocType::kString) return ideal.Number();
  const std::string name = ideal.String();
  const int option = FindOption(issue, name);
  if (option < 0)
    ideal.Fail("issue '" + issue.name + "' has no option '" + name + "'",
               SuggestFrom(name, issue.options));
  return issue.levels.empty() ? option : issue.levels[option];
}

ValueSpec ReadValues(const DocCursor& entry, const std::vector<IssueSpec>& issues) {
  ValueSpec values;
  if (entry.type() == DocType::kArray) {
    values.values = entry.Numbers();
    return values;
  }
  if (entry.type() != DocType::kTable)
    entry.Fail("expected a list of values or an ideal point, found " + DocTypeName(entry.type()),
               "write [1, 0.5, 0] (one value per option) or { ideal = ..., loss = \"linear\" }");
  entry.AllowOnly({"ideal", "loss"});
  const IssueSpec* issue = FindIssue(issues, entry.key());
  const DocCursor ideal = entry.Require("ideal", "\"option\" (or a level of a numeric issue)");
  if (auto loss = entry.Get("loss")) {
    const std::string name = loss->String();
    if (name != "linear" && name != "quadratic")
      loss->Fail("unknown loss '" + name + "'", SuggestFrom(name, {"linear", "quadratic"}));
    values.loss = name == "linear" ? Loss::kLinear : Loss::kQuadratic;
  }
  // An unknown issue is left unresolved: Compile() reports it with a suggestion.
  if (issue != nullptr) values.ideal = ReadIdeal(ideal, *issue);
  return values;
}

OptionRef ReadOptionRef(const DocCursor& table) {
  const DocCursor entry = SingleEntry(table, "{ issue = \"option\" }");
  return OptionRef{std::string(entry.key()), entry.OptionName()};
}

SynergySpec ReadSynergy(const DocCursor& table) {
  table.AllowOnly({"a", "b", "value"});
  SynergySpec synergy;
  synergy.a = ReadOptionRef(table.Require("a", "{ nato = \"constitutional_ban\" }"));
  synergy.b = ReadOptionRef(table.Require("b", "{ guarantees = \"article5_us\" }"));
  synergy.value = table.Require("value", "0.1").Number();
  return synergy;
}

RedLineSpec ReadRedLine(const DocCursor& table) {
  table.AllowOnly(
      {"name", "issue", "at_most", "at_least", "forbid", "if", "then", "active", "why"});
  RedLineSpec line;
  line.key = table.path();
  if (auto name = table.Get("name")) line.name = name->String();
  if (auto active = table.Get("active")) line.active = active->Bool();
  if (auto why = table.Get("why")) line.why = why->String();

  std::vector<DocCursor> rules;
  for (const char* rule : {"at_most", "at_least", "forbid", "if", "then"})
    if (auto found = table.Get(rule)) rules.push_back(*std::move(found));
  const bool if_then = !rules.empty() && (rules[0].key() == "if" || rules[0].key() == "then");
  if (rules.empty())
    table.Fail("the red line has no rule",
               "add one of at_most = \"option\", at_least = \"option\", forbid = [...], "
               "or if = { issue = [...] } with then = { issue = [...] }");
  if (rules.size() > 1 && !(if_then && rules.size() == 2 && rules[1].key() == "then"))
    rules[1].Fail("a red line has one rule, but this one has both " +
                      std::string(rules[0].key()) + " and " + std::string(rules[1].key()),
                  "split it into two red_lines tables");

  if (if_then) {
    if (auto issue = table.Get("issue"))
      issue->Fail("an if/then red line names its issues inside if and then",
                  "remove issue = ... from this red line");
    const DocCursor condition = SingleEntry(table.Require("if", "{ nato = [\"ban\"] }"),
                                            "{ issue = [\"option\", ...] }");
    const DocCursor then = SingleEntry(table.Require("then", "{ guarantees = [\"article5\"] }"),
                                       "{ issue = [\"option\", ...] }");
    line.kind = RedLineKind::kIfThen;
    line.issue = condition.key();
    line.options = condition.OptionNames();
    line.then_issue = then.key();
    line.then_options = then.OptionNames();
    return line;
  }
  line.issue = table.Require("issue", "\"crimea\"").String();
  const DocCursor& rule = rules[0];
  if (rule.key() == "forbid") {
    line.kind = RedLineKind::kForbid;
    line.options = rule.OptionNames();
  } else {
    line.kind = rule.key() == "at_most" ? RedLineKind::kAtMost : RedLineKind::kAtLeast;
    line.bound = rule.OptionName();
  }
  return line;
}

StrategySpec ReadStrategy(const DocCursor& table) {
  StrategySpec strategy;
  strategy.name = table.Require("name", "\"boulware\"").String();
  for (const DocCursor& param : table.Entries())
    if (param.key() != "name") strategy.params[std::string(param.key())] = param.Number();
  return strategy;
}

}  // namespace

ActorSpec ReadActor(const DocCursor& table, const std::vector<IssueSpec>& issues) {
  table.AllowOnly({"name", "signatory", "capability", "reservation", "reservation_drift",
                   "weights", "values", "synergies", "red_lines", "strategy"});
  ActorSpec actor;
  actor.id = table.key();
  if (auto name = table.Get("name")) actor.name = name->String();
  actor.signatory = table.Require("signatory", "true").Bool();
  if (auto capability = table.Get("capability")) actor.capability = capability->Number();
  actor.reservation = table.Require("reservation", "0.3").Number();
  if (auto drift = table.Get("reservation_drift")) actor.reservation_drift = drift->Number();
  if (auto weights = table.Get("weights"))
    for (const DocCursor& weight : weights->Entries())
      actor.weights[std::string(weight.key())] = weight.Number();
  if (auto values = table.Get("values"))
    for (const DocCursor& entry : values->Entries())
      actor.values[std::string(entry.key())] = ReadValues(entry, issues);
  if (auto synergies = table.Get("synergies"))
    for (const DocCursor& synergy : synergies->Items())
      actor.synergies.push_back(ReadSynergy(synergy));
  if (auto red_lines = table.Get("red_lines"))
    for (const DocCursor& line : red_lines->Items()) actor.red_lines.push_back(ReadRedLine(line));
  if (auto strategy = table.Get("strategy")) actor.strategy = ReadStrategy(*strategy);
  return actor;
}

}  // namespace negsim
