#include "scenarios/scenario_writer.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "scenarios/toml_document.h"

namespace negsim {

namespace {

bool IsBareKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(c));
          out += escape;
        } else {
          out += c;
        }
    }
  }
  return out + '"';
}

std::string Key(std::string_view key) { return IsBareKey(key) ? std::string(key) : Quote(key); }

std::string List(const std::vector<std::string>& names) {
  std::string out = "[";
  for (size_t k = 0; k < names.size(); ++k) out += (k > 0 ? ", " : "") + Quote(names[k]);
  return out + "]";
}

std::string List(const std::vector<double>& numbers) {
  std::string out = "[";
  for (size_t k = 0; k < numbers.size(); ++k)
    out += (k > 0 ? ", " : "") + FormatTomlNumber(numbers[k]);
  return out + "]";
}

// `{ issue = value }` for a synergy's option or a red line's if/then set.
std::string InlineEntry(const std::string& issue, const std::string& value) {
  return "{ " + Key(issue) + " = " + value + " }";
}

void WriteText(std::ostream& out, const char* key, const std::string& text) {
  if (!text.empty()) out << key << " = " << Quote(text) << '\n';
}

void WriteHeader(std::ostream& out, const ScenarioSpec& spec) {
  out << "# Normalised by negsim: extends resolved, every field explicit, weights normalised,\n"
         "# values listed per option.\n\n[scenario]\n";
  out << "name = " << Quote(spec.name) << '\n';
  WriteText(out, "date", spec.date);
  WriteText(out, "description", spec.description);
  if (!spec.sources.empty()) out << "sources = " << List(spec.sources) << '\n';

  out << "\n[protocol]\nname = " << Quote(spec.protocol.name) << '\n';
  out << "max_rounds = " << spec.protocol.max_rounds << '\n';
  WriteText(out, "mediator", spec.protocol.mediator);
  if (!spec.protocol.params.empty()) {
    out << "[protocol.params]\n";
    for (const auto& [name, value] : spec.protocol.params)
      out << Key(name) << " = " << FormatTomlNumber(value) << '\n';
  }
}

void WriteIssues(std::ostream& out, const IssueSpace& space) {
  for (int i = 0; i < space.num_issues(); ++i) {
    const Issue& issue = space.issue(i);
    out << "\n[[issues]]\nname = " << Quote(issue.name) << '\n';
    WriteText(out, "description", issue.description);
    if (!issue.numeric()) {
      out << "options = " << List(issue.options) << '\n';
      continue;
    }
    // Levels are evenly spaced (the loader generated them); a single level needs some step.
    const double step =
        issue.levels.size() > 1 ? SnapLevel(std::abs(issue.levels[1] - issue.levels[0])) : 1;
    out << "from = " << FormatTomlNumber(issue.levels.front()) << '\n';
    out << "to = " << FormatTomlNumber(issue.levels.back()) << '\n';
    out << "step = " << FormatTomlNumber(step) << '\n';
    WriteText(out, "unit", issue.unit);
  }
}

void WriteRedLine(std::ostream& out, const std::string& table, const RedLineSpec& line) {
  out << "\n[[" << table << ".red_lines]]\n";
  WriteText(out, "name", line.name);
  switch (line.kind) {
    case RedLineKind::kForbid:
      out << "issue = " << Quote(line.issue) << "\nforbid = " << List(line.options) << '\n';
      break;
    case RedLineKind::kAtMost:
      out << "issue = " << Quote(line.issue) << "\nat_most = " << Quote(line.bound) << '\n';
      break;
    case RedLineKind::kAtLeast:
      out << "issue = " << Quote(line.issue) << "\nat_least = " << Quote(line.bound) << '\n';
      break;
    case RedLineKind::kIfThen:
      out << "if = " << InlineEntry(line.issue, List(line.options)) << '\n';
      out << "then = " << InlineEntry(line.then_issue, List(line.then_options)) << '\n';
      break;
  }
  out << "active = " << (line.active ? "true" : "false") << '\n';
  WriteText(out, "why", line.why);
}

void WriteActor(std::ostream& out, const Scenario& scenario, int a) {
  const Actor& actor = scenario.actor(a);
  const ActorSpec& spec = scenario.spec().actors[a];
  const IssueSpace& space = scenario.space();
  const std::string table = "actors." + Key(actor.id);
  out << "\n[" << table << "]\nname = " << Quote(actor.name) << '\n';
  out << "signatory = " << (actor.signatory ? "true" : "false") << '\n';
  out << "capability = " << FormatTomlNumber(actor.capability) << '\n';
  out << "reservation = " << FormatTomlNumber(actor.reservation) << '\n';
  out << "reservation_drift = " << FormatTomlNumber(actor.reservation_drift) << '\n';
  out << "\n[" << table << ".weights]\n";
  for (int i = 0; i < space.num_issues(); ++i)
    out << Key(space.issue(i).name) << " = " << FormatTomlNumber(actor.weights[i]) << '\n';
  out << "\n[" << table << ".values]\n";
  for (int i = 0; i < space.num_issues(); ++i) {
    std::vector<double> values(space.num_options(i));
    for (int o = 0; o < space.num_options(i); ++o) values[o] = scenario.value(a, i, o);
    out << Key(space.issue(i).name) << " = " << List(values) << '\n';
  }
  for (const SynergySpec& synergy : spec.synergies) {
    out << "\n[[" << table << ".synergies]]\n";
    out << "a = " << InlineEntry(synergy.a.issue, Quote(synergy.a.option)) << '\n';
    out << "b = " << InlineEntry(synergy.b.issue, Quote(synergy.b.option)) << '\n';
    out << "value = " << FormatTomlNumber(synergy.value) << '\n';
  }
  for (const RedLineSpec& line : spec.red_lines) WriteRedLine(out, table, line);
  if (actor.strategy) {
    out << "\n[" << table << ".strategy]\nname = " << Quote(actor.strategy->name) << '\n';
    for (const auto& [name, value] : actor.strategy->params)
      out << Key(name) << " = " << FormatTomlNumber(value) << '\n';
  }
}

void WriteInfluenceAndAgenda(std::ostream& out, const ScenarioSpec& spec) {
  for (const InfluenceSpec& influence : spec.influence) {
    out << "\n[[influence]]\nfrom = " << Quote(influence.from) << "\nto = " << Quote(influence.to)
        << "\nweight = " << FormatTomlNumber(influence.weight)
        << "\nkind = " << Quote(influence.kind) << '\n';
  }
  if (spec.agenda.empty()) return;
  out << "\n[agenda]\n";
  for (const auto& [issue, before] : spec.agenda) out << Key(issue) << " = " << List(before) << '\n';
}

}  // namespace

std::string WriteNormalisedToml(const Scenario& scenario) {
  std::ostringstream out;
  WriteHeader(out, scenario.spec());
  WriteIssues(out, scenario.space());
  for (int a = 0; a < scenario.num_actors(); ++a) WriteActor(out, scenario, a);
  WriteInfluenceAndAgenda(out, scenario.spec());
  return out.str();
}

}  // namespace negsim
