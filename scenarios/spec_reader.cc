// ReadScenarioSpec: a merged document into a ScenarioSpec, key by key (README.md (Scenario files)).
#include <climits>
#include <cmath>

#include "scenarios/actor_reader.h"
#include "scenarios/doc_reader.h"
#include "scenarios/toml_document.h"
#include "sim/issue_space.h"

namespace negsim {

namespace {

void ReadScenarioTable(const DocCursor& table, ScenarioSpec& spec) {
  table.AllowOnly({"name", "date", "description", "sources"});
  spec.name = table.Require("name", "\"what-if name\"").String();
  if (auto date = table.Get("date"))  // free text; an unquoted TOML date is taken as written
    spec.date = date->type() == DocType::kDateTime ? date->node().text : date->String();
  if (auto description = table.Get("description")) spec.description = description->String();
  if (auto sources = table.Get("sources")) spec.sources = sources->Strings();
}

void ReadProtocol(const DocCursor& table, ProtocolSpec& protocol) {
  table.AllowOnly({"name", "max_rounds", "mediator", "params"});
  if (auto name = table.Get("name")) protocol.name = name->String();
  if (auto max_rounds = table.Get("max_rounds")) {
    const std::int64_t rounds = max_rounds->Integer();
    if (rounds < INT_MIN || rounds > INT_MAX)
      max_rounds->Fail("max_rounds " + std::to_string(rounds) + " is out of range",
                       "give the last round to play, e.g. max_rounds = 60");
    protocol.max_rounds = static_cast<int>(rounds);
  }
  if (auto mediator = table.Get("mediator")) protocol.mediator = mediator->String();
  if (auto params = table.Get("params"))
    for (const DocCursor& param : params->Entries())
      protocol.params[std::string(param.key())] = param.Number();
}

// Options of a numeric issue: from toward to by step, both ends included, named by level.
void GenerateLevels(const DocCursor& from, const DocCursor& to, const DocCursor& step,
                    IssueSpec& issue) {
  const double first = from.Number();
  const double last = to.Number();
  const double stride = step.Number();
  if (stride <= 0)
    step.Fail("step is " + FormatTomlNumber(stride) + "; it must be > 0",
              "give the distance between two levels (from and to set the direction)");
  const double span = std::abs(last - first) / stride;
  // Checked here rather than only in Compile() so a tiny step never builds a huge list.
  if (span > kMaxOptions - 1)
    step.Fail("from " + FormatTomlNumber(first) + " to " + FormatTomlNumber(last) + " by " +
                  FormatTomlNumber(stride) + " gives more than " + std::to_string(kMaxOptions) +
                  " options",
              "use a larger step");
  const double direction = last < first ? -1 : 1;
  const double whole = std::round(span);
  if (std::abs(span - whole) > 1e-9 * std::max(1.0, whole))
    to.Fail("to = " + FormatTomlNumber(last) + " is not reached from " + FormatTomlNumber(first) +
                " in steps of " + FormatTomlNumber(stride),
            "make to - from a multiple of step, e.g. to = " +
                FormatTomlNumber(SnapLevel(first + direction * std::floor(span) * stride)));
  const int count = static_cast<int>(whole) + 1;
  for (int k = 0; k < count; ++k) {
    const double level = k == count - 1 ? last : SnapLevel(first + direction * k * stride);
    issue.levels.push_back(level);
    issue.options.push_back(FormatTomlNumber(level));
  }
}

IssueSpec ReadIssue(const DocCursor& table) {
  table.AllowOnly({"name", "description", "options", "from", "to", "step", "unit"});
  IssueSpec issue;
  issue.name = table.Require("name", "\"crimea\"").String();
  if (auto description = table.Get("description")) issue.description = description->String();
  if (auto options = table.Get("options")) {
    for (const char* numeric_key : {"from", "to", "step", "unit"})
      if (auto extra = table.Get(numeric_key))
        extra->Fail("issue '" + issue.name + "' has options, so it cannot also have " +
                        numeric_key,
                    "give either options = [...] or a range from/to/step, not both");
    issue.options = options->Strings();
    return issue;
  }
  if (!table.Get("from") && !table.Get("to") && !table.Get("step"))
    table.Fail("issue '" + issue.name + "' has no options",
               "add options = [\"a\", \"b\"], or a numeric range from = .., to = .., step = ..");
  GenerateLevels(table.Require("from", "900000"), table.Require("to", "400000"),
                 table.Require("step", "50000"), issue);
  if (auto unit = table.Get("unit")) issue.unit = unit->String();
  return issue;
}

InfluenceSpec ReadInfluence(const DocCursor& table) {
  table.AllowOnly({"from", "to", "weight", "kind"});
  InfluenceSpec influence;
  influence.from = table.Require("from", "\"europe\"").String();
  influence.to = table.Require("to", "\"ukraine\"").String();
  influence.weight = table.Require("weight", "0.2").Number();
  if (auto kind = table.Get("kind")) influence.kind = kind->String();
  return influence;
}

}  // namespace

ScenarioSpec ReadScenarioSpec(const DocNode& document, const std::string& file) {
  ScenarioSpec spec;
  spec.file = file;
  const DocCursor root(document, "", spec);
  root.AllowOnly({"extends", "scenario", "protocol", "issues", "actors", "influence", "agenda"});
  if (auto extends = root.Get("extends"))
    extends->Fail("extends is followed when the files are read; it cannot be set afterwards",
                  "name the base scenario with extends in the scenario file");
  ReadScenarioTable(root.Require("scenario", "{ name = \"...\" } (a [scenario] table)"), spec);
  if (auto protocol = root.Get("protocol")) ReadProtocol(*protocol, spec.protocol);
  if (auto issues = root.Get("issues"))
    for (const DocCursor& issue : issues->Items()) spec.issues.push_back(ReadIssue(issue));
  if (auto actors = root.Get("actors"))
    for (const DocCursor& actor : actors->Entries())
      spec.actors.push_back(ReadActor(actor, spec.issues));
  if (auto influence = root.Get("influence"))
    for (const DocCursor& item : influence->Items())
      spec.influence.push_back(ReadInfluence(item));
  if (auto agenda = root.Get("agenda"))
    for (const DocCursor& entry : agenda->Entries())
      spec.agenda[std::string(entry.key())] = entry.Strings();
  return spec;
}

}  // namespace negsim
